/** Delete a rights request after asking, then a few seconds to undo. */
import { Button, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { RightsRequest } from '../../../shared/domain';
import { notifyFailure } from '../../components/notifyFailure';
import { deleteRightsRequest, restoreRightsRequest } from '../../db/repos/rights-requests';

function offerUndo(deleted: RightsRequest, name: string) {
  const id = `undo-delete-${deleted.id}`;
  const undo = async () => {
    notifications.hide(id);
    try {
      await restoreRightsRequest(deleted);
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
export function confirmDeleteRightsRequest(id: string, name: string, onDeleted: () => void): void {
  modals.openConfirmModal({
    title: `Delete the ${name}?`,
    children: (
      <Text size="sm">
        Delete it only if it was logged by mistake: a request that was answered, refused or
        withdrawn belongs in the log as evidence. The audit trail keeps a record of the deletion,
        and you can undo it straight afterwards.
      </Text>
    ),
    labels: { confirm: 'Delete', cancel: 'Keep it' },
    confirmProps: { color: 'red' },
    onConfirm: () => {
      deleteRightsRequest(id).then(
        (deleted) => {
          onDeleted();
          offerUndo(deleted, `the ${name}`);
        },
        (error: unknown) => notifyFailure('It was not deleted', error),
      );
    },
  });
}
