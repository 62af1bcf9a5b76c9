/**
 * The confirm step of "Add to register": previews what will be created, judged by the person's own
 * adequacy list, then writes it all in one audited commit and opens the new third party.
 */
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { ThirdParty } from '../../../shared/domain';
import { addFromLibrary, type LibraryAddition } from '../../../shared/processors/from-library';
import type { LibraryProcessor } from '../../../shared/processors/library';
import { countryName } from '../../../shared/reference/countries';
import { errorMessage } from '../../components/notifyFailure';
import { readableAlert } from '../../components/readableAlert';
import { getAdequacyList } from '../../db/repos/adequacy';
import { addLibraryProcessor, DuplicateThirdPartyError } from '../../db/repos/processor-library';
import { AdditionPreview } from './AdditionPreview';

export interface AddFromLibraryModalProps {
  /** The entry to add; the modal is closed while null. */
  entry: LibraryProcessor | null;
  onClose: () => void;
  /** Opens a third party: the new one after adding, or the one already there. */
  onOpen: (thirdPartyId: string) => void;
}

/** "the third party and 2 proposed transfers (Ireland, Netherlands; United States)" */
const whatWasCreated = ({ transfers }: LibraryAddition): string => {
  if (transfers.length === 0) return 'the third party (no transfer: it processes data in the UK)';
  const where = transfers.map((t) => t.destinations.map(countryName).join(', ')).join('; ');
  const count =
    transfers.length === 1 ? 'a proposed transfer' : `${transfers.length} proposed transfers`;
  return `the third party and ${count} (${where})`;
};

export function AddFromLibraryModal({ entry, onClose, onOpen }: AddFromLibraryModalProps) {
  return (
    <Modal
      opened={entry !== null}
      onClose={onClose}
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close' }}
      title={entry ? `Add “${entry.name}” to your register?` : ''}
    >
      {/* Keyed so that each entry starts with a fresh preview and no earlier problem. */}
      {entry ? <Confirm key={entry.id} entry={entry} onClose={onClose} onOpen={onOpen} /> : null}
    </Modal>
  );
}

function Confirm({
  entry,
  onClose,
  onOpen,
}: AddFromLibraryModalProps & { entry: LibraryProcessor }) {
  const adequacy = useLiveQuery(getAdequacyList, []);
  // One preview per opening: what is shown is exactly what will be written.
  const addition = useMemo(
    () =>
      adequacy
        ? addFromLibrary(entry, new Date().toISOString(), dayjs().format('YYYY-MM-DD'), adequacy)
        : null,
    [entry, adequacy],
  );
  const [adding, setAdding] = useState(false);
  const [duplicate, setDuplicate] = useState<ThirdParty | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const add = async () => {
    if (!addition) return;
    setAdding(true);
    setProblem(null);
    try {
      const added = await addLibraryProcessor(addition);
      onClose();
      onOpen(added.thirdParty.id);
      notifications.show({
        color: 'teal',
        title: `Added “${added.thirdParty.name}”`,
        message: `Created ${whatWasCreated(added)}. Check the fields marked to confirm and answer its Article 28 checklist.`,
      });
    } catch (error) {
      if (error instanceof DuplicateThirdPartyError) setDuplicate(error.existing);
      else {
        setProblem(
          `${errorMessage(error)} Nothing was added: try again, or add the third party yourself under Third parties.`,
        );
      }
    } finally {
      setAdding(false);
    }
  };

  if (duplicate) {
    return (
      <Stack gap="md">
        <Alert
          color="yellow"
          variant="light"
          styles={readableAlert}
          icon={<IconInfoCircle aria-hidden />}
          title="Already in your register"
        >
          A third party named “{duplicate.name}” is already in your register, so nothing was added.
          Open it to check its details against the library instead.
        </Alert>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
          <Button
            onClick={() => {
              onClose();
              onOpen(duplicate.id);
            }}
          >
            Open “{duplicate.name}”
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <Stack gap="md">
      <Text size="sm">
        Ropa Desk will create these from the library’s typical facts, each marked “to confirm” so
        you check them against the provider’s current terms.
      </Text>
      {addition ? <AdditionPreview addition={addition} /> : <Text size="sm">Preparing…</Text>}
      {problem ? (
        <Alert
          color="red"
          variant="light"
          styles={readableAlert}
          icon={<IconAlertTriangle aria-hidden />}
          title="It was not added"
        >
          {problem}
        </Alert>
      ) : null}
      <Group justify="flex-end">
        <Button variant="default" onClick={onClose}>
          Cancel
        </Button>
        <Button onClick={() => void add()} loading={adding} disabled={!addition}>
          Add to register
        </Button>
      </Group>
    </Stack>
  );
}
