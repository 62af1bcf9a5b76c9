/** Delete a transfer with a plain account of what goes with it, then a few seconds to undo. */
import { Button, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { notifyFailure } from '../../components/notifyFailure';
import { deleteTransfer, restoreTransfer, type TransferDeletion } from '../../db/repos/transfers';

function offerUndo(deletion: TransferDeletion, name: string) {
  const id = `undo-delete-${deletion.transfer.id}`;
  const undo = async () => {
    notifications.hide(id);
    try {
      await restoreTransfer(deletion);
      notifications.show({ color: 'teal', title: 'Restored', message: `${name} is back.` });
    } catch (error) {
      notifyFailure('It could not be restored', error);
    }
  };
  notifications.show({
    id,
    color: 'gray',
    title: `Deleted ${name}`,
    autoClose: 12_000,
    message: (
      <Button size="compact-sm" variant="default" mt={4} onClick={() => void undo()}>
        Undo
      </Button>
    ),
  });
}

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
  modals.openConfirmModal({
    title: `Delete ${name}?`,
    children: (
      <Text size="sm">
        {traCount === 0
          ? 'It has no transfer risk assessment. '
          : `Its transfer risk assessment${traCount === 1 ? '' : 's'} will be deleted too. `}
        The audit trail keeps a record of the deletion. You can undo it straight afterwards.
      </Text>
    ),
    labels: { confirm: 'Delete', cancel: 'Keep it' },
    confirmProps: { color: 'red' },
    onConfirm: () => {
      deleteTransfer(transferId).then(
        (deletion) => {
          onDeleted();
          offerUndo(deletion, name);
        },
        (error: unknown) => notifyFailure('It was not deleted', error),
      );
    },
  });
}
