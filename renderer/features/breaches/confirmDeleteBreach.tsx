/** Delete a breach after reminding that Art 33(5) keeps every breach on the log. */
import { deleteBreach, restoreBreach } from '../../db/repos/breaches';
import { confirmDeleteWithUndo } from '../../components/confirmDeleteWithUndo';

export function confirmDeleteBreach(id: string, title: string, onDeleted: () => void): void {
  confirmDeleteWithUndo({
    id,
    name: `the breach “${title}”`,
    advice:
      'Delete it only if it was logged by mistake. Article 33(5) asks you to keep a record of every breach, including those you did not report: to close one, set its status to Closed instead.',
    remove: deleteBreach,
    restore: restoreBreach,
    onDeleted,
  });
}
