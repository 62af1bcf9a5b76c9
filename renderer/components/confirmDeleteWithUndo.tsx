/** Delete a record after saying what goes with it, then a few seconds to undo. */
import { Button, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { notifyFailure } from './notifyFailure';

export interface DeletionWithUndo<T> {
  id: string;
  /** Reads as "the breach “Lost laptop”". */
  name: string;
  /** What goes with it, or why it is usually kept, said before the audit trail's promise. */
  advice: string;
  remove: (id: string) => Promise<T>;
  restore: (deleted: T) => Promise<unknown>;
  /** Called once deleted, to leave the editor. */
  onDeleted: () => void;
}

function offerUndo<T>({ id: entryId, name, restore }: DeletionWithUndo<T>, deleted: T) {
  const id = `undo-delete-${entryId}`;
  const undo = async () => {
    notifications.hide(id);
    try {
      await restore(deleted);
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

export function confirmDeleteWithUndo<T>(deletion: DeletionWithUndo<T>): void {
  modals.openConfirmModal({
    title: `Delete ${deletion.name}?`,
    children: (
      <Text size="sm">
        {deletion.advice} The audit trail keeps a record of the deletion, and you can undo it
        straight afterwards.
      </Text>
    ),
    labels: { confirm: 'Delete', cancel: 'Keep it' },
    confirmProps: { color: 'red' },
    onConfirm: () => {
      deletion.remove(deletion.id).then(
        (deleted) => {
          deletion.onDeleted();
          offerUndo(deletion, deleted);
        },
        (error: unknown) => notifyFailure('It was not deleted', error),
      );
    },
  });
}
