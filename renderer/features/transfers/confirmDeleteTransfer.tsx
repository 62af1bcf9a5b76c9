/** Delete a transfer with a plain account of what goes with it, then a few seconds to undo. */
import { confirmDeleteWithUndo } from '../../components/confirmDeleteWithUndo';
import { deleteTransfer, restoreTransfer } from '../../db/repos/transfers';

/**
 * Asks, deletes, then calls `onDeleted` (to leave the editor) and offers Undo. `name` reads
 * as "the transfer to “Mailchimp”".
 */
export function confirmDeleteTransfer(
  transferId: string,
  name: string,
  traCount: number,
  onDeleted: () => void,
): void {
  confirmDeleteWithUndo({
    id: transferId,
    name,
    advice:
      traCount === 0
        ? 'It has no transfer risk assessment.'
        : `Its transfer risk assessment${traCount === 1 ? '' : 's'} will be deleted too.`,
    remove: deleteTransfer,
    restore: restoreTransfer,
    onDeleted,
  });
}
