/** Delete a complaint after saying that one dealt with belongs in the log. */
import { deleteComplaint, restoreComplaint } from '../../db/repos/complaints';
import { confirmDeleteWithUndo } from '../../components/confirmDeleteWithUndo';

export function confirmDeleteComplaint(id: string, name: string, onDeleted: () => void): void {
  confirmDeleteWithUndo({
    id,
    name: `the ${name}`,
    advice:
      'Delete it only if it was logged by mistake: a complaint that was dealt with belongs in the log as evidence.',
    remove: deleteComplaint,
    restore: restoreComplaint,
    onDeleted,
  });
}
