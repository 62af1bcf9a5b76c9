/** Delete a breach after asking, then a few seconds to undo. */
import { Button, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { Breach } from '../../../shared/domain';
import { notifyFailure } from '../../components/notifyFailure';
import { deleteBreach, restoreBreach } from '../../db/repos/breaches';

function offerUndo(deleted: Breach, name: string) {
  const id = `undo-delete-${deleted.id}`;
  const undo = async () => {
    notifications.hide(id);
    try {
      await restoreBreach(deleted);
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

/** Asks, deletes, then calls `onDeleted` (to leave the editor) and offers Undo. */
export function confirmDeleteBreach(id: string, title: string, onDeleted: () => void): void {
  const name = `the breach “${title}”`;
  modals.openConfirmModal({
    title: `Delete ${name}?`,
    children: (
      <Text size="sm">
        Delete it only if it was logged by mistake. Article 33(5) asks you to keep a record of every
        breach, including those you did not report: to close one, set its status to Closed instead.
        The audit trail keeps a record of the deletion, and you can undo it straight afterwards.
      </Text>
    ),
    labels: { confirm: 'Delete', cancel: 'Keep it' },
    confirmProps: { color: 'red' },
    onConfirm: () => {
      deleteBreach(id).then(
        (deleted) => {
          onDeleted();
          offerUndo(deleted, name);
        },
        (error: unknown) => notifyFailure('It was not deleted', error),
      );
    },
  });
}
