/** Delete with a plain account of what goes with it, then a few seconds to undo it all. */
import { Button, List, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import type { ThirdParty } from '../../../shared/domain';
import { notifyFailure } from '../../components/notifyFailure';
import {
  deleteThirdParty,
  restoreThirdParty,
  type ThirdPartyDeletion,
} from '../../db/repos/third-parties';

const plural = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${n} ${many}`);

function offerUndo(deletion: ThirdPartyDeletion) {
  const id = `undo-delete-${deletion.thirdParty.id}`;
  const undo = async () => {
    notifications.hide(id);
    try {
      await restoreThirdParty(deletion);
      notifications.show({
        color: 'teal',
        title: 'Restored',
        message: `“${deletion.thirdParty.name}” and its links are back.`,
      });
    } catch (error) {
      notifyFailure('It could not be restored', error);
    }
  };
  notifications.show({
    id,
    color: 'gray',
    title: `Deleted “${deletion.thirdParty.name}”`,
    autoClose: 12_000,
    message: (
      <Button size="compact-sm" variant="default" mt={4} onClick={() => void undo()}>
        Undo
      </Button>
    ),
  });
}

export interface DeleteCounts {
  activities: number;
  transfers: number;
}

/** Asks, deletes, then calls `onDeleted` (to leave the editor) and offers Undo. */
export function confirmDeleteThirdParty(
  party: ThirdParty,
  counts: DeleteCounts,
  onDeleted: () => void,
): void {
  modals.openConfirmModal({
    title: `Delete “${party.name}”?`,
    children: (
      <Stack gap="xs">
        <List size="sm" spacing={4}>
          <List.Item>
            {counts.activities === 0
              ? 'No activity links to it.'
              : `${plural(counts.activities, 'activity links', 'activities link')} to it: ${counts.activities === 1 ? 'it' : 'they'} will no longer name it as a recipient or funder.`}
          </List.Item>
          <List.Item>
            {counts.transfers === 0
              ? 'No transfer is recorded to it.'
              : `${plural(counts.transfers, 'transfer', 'transfers')} to it will be deleted too.`}
          </List.Item>
        </List>
        <Text size="sm">
          A breach record that names it is unlinked from it. The audit trail keeps a record of the
          deletion. You can undo it straight afterwards.
        </Text>
      </Stack>
    ),
    labels: { confirm: 'Delete', cancel: 'Keep it' },
    confirmProps: { color: 'red' },
    onConfirm: () => {
      deleteThirdParty(party.id).then(
        (deletion) => {
          onDeleted();
          offerUndo(deletion);
        },
        (error: unknown) => notifyFailure('It was not deleted', error),
      );
    },
  });
}
