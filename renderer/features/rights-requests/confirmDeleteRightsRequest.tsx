/** Delete a rights request after saying that one answered, refused or withdrawn belongs in the log. */
import { deleteRightsRequest, restoreRightsRequest } from '../../db/repos/rights-requests';
import { confirmDeleteWithUndo } from '../../components/confirmDeleteWithUndo';

export function confirmDeleteRightsRequest(id: string, name: string, onDeleted: () => void): void {
  confirmDeleteWithUndo({
    id,
    name: `the ${name}`,
    advice:
      'Delete it only if it was logged by mistake: a request that was answered, refused or withdrawn belongs in the log as evidence.',
    remove: deleteRightsRequest,
    restore: restoreRightsRequest,
    onDeleted,
  });
}
