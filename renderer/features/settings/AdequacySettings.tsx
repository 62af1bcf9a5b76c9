/**
 * The UK adequacy list every transfer's verdict is worked out from: the list Ropa Desk ships
 * until the person edits it (adequacy decisions are made, narrowed and ended over time).
 */
import { ActionIcon, Alert, Badge, Button, Group, Table, Text, Tooltip } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import {
  IconAlertTriangle,
  IconPencil,
  IconPlus,
  IconRestore,
  IconTrash,
} from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import type { AdequacyEntry, AdequacyList } from '../../../shared/reference/adequacy';
import { FormSection } from '../../components/FormSection';
import { notifyFailure } from '../../components/notifyFailure';
import { readableAlert } from '../../components/readableAlert';
import { SearchInput } from '../../components/SearchInput';
import { getAdequacy, resetAdequacyList, saveAdequacyList } from '../../db/repos/adequacy';
import { AdequacyEntryModal, type AdequacyEntryDraft } from './AdequacyEntryModal';
import { AdequacyListDetails } from './AdequacyListDetails';

const day = (iso: string | null) => (iso ? dayjs(iso).format('D MMM YYYY') : '—');
const blankEntry = (): AdequacyEntryDraft => ({
  code: '',
  name: '',
  scope: 'full',
  scopeNote: '',
  from: dayjs().format('YYYY-MM-DD'),
  until: null,
});

async function store(list: AdequacyList, done: string): Promise<boolean> {
  try {
    await saveAdequacyList(list);
    notifications.show({ color: 'teal', title: 'Adequacy list saved', message: done });
    return true;
  } catch (error) {
    notifyFailure('The adequacy list was not saved', error);
    return false;
  }
}

function confirmRestore() {
  modals.openConfirmModal({
    title: 'Restore the list Ropa Desk ships?',
    children:
      'Your edits to the adequacy list are replaced by the list Ropa Desk ships, and every transfer is judged by it again.',
    labels: { confirm: 'Restore the shipped list', cancel: 'Keep my list' },
    confirmProps: { color: 'red' },
    onConfirm: () => {
      resetAdequacyList().then(
        () =>
          notifications.show({
            color: 'teal',
            title: 'Shipped list restored',
            message: 'Transfers are judged by the list Ropa Desk ships.',
          }),
        (error: unknown) => notifyFailure('The list was not restored', error),
      );
    },
  });
}

export function AdequacySettings() {
  const state = useLiveQuery(getAdequacy, []);
  const [search, setSearch] = useState('');
  // The entry being edited and its place in the list (-1 for a new one).
  const [editing, setEditing] = useState<{ entry: AdequacyEntryDraft; index: number } | null>(null);
  if (!state) return null;
  const { list, editedAt, problem } = state;

  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = list.entries
    .map((entry, index) => ({ entry, index }))
    .filter(({ entry }) =>
      words.every((w) =>
        `${entry.name} ${entry.code} ${entry.scopeNote}`.toLowerCase().includes(w),
      ),
    )
    .sort((a, b) => a.entry.name.localeCompare(b.entry.name, 'en-GB'));

  const saveEntry = async (entry: AdequacyEntry) => {
    if (!editing) return;
    const entries =
      editing.index === -1
        ? [...list.entries, entry]
        : list.entries.map((old, i) => (i === editing.index ? entry : old));
    if (await store({ ...list, entries }, `${entry.name} is saved.`)) setEditing(null);
  };
  const remove = (index: number) => {
    const entry = list.entries[index];
    if (!entry) return;
    modals.openConfirmModal({
      title: `Remove ${entry.name}?`,
      children: `Transfers to ${entry.name} will be judged as having no UK adequacy from this entry. To record that adequacy ended, edit the entry and give the day it stopped instead.`,
      labels: { confirm: 'Remove', cancel: 'Keep it' },
      confirmProps: { color: 'red' },
      onConfirm: () =>
        void store(
          { ...list, entries: list.entries.filter((_, i) => i !== index) },
          `${entry.name} is removed.`,
        ),
    });
  };

  return (
    <FormSection
      id="adequacy"
      title="UK adequacy list"
      intro="The countries with UK adequacy regulations, which transfers are judged by. Adequacy is made, narrowed and ended over time: check the list against the ICO’s guidance and keep it up to date."
    >
      {problem ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title="Your list could not be read"
          styles={readableAlert}
        >
          {problem}
        </Alert>
      ) : null}
      <Group gap="sm">
        {editedAt ? (
          <Badge variant="light" color="blue" radius="sm">
            Your edited list · saved {day(editedAt)}
          </Badge>
        ) : (
          <Badge variant="light" color="gray" radius="sm">
            The list Ropa Desk ships
          </Badge>
        )}
        <Text size="sm" c="dimmed">
          Checked on {day(list.checkedOn)} · {list.entries.length} entries
        </Text>
      </Group>
      <AdequacyListDetails
        key={`${list.checkedOn}|${list.source}`}
        list={list}
        onSave={async (details) => {
          await store({ ...list, ...details }, 'The checked date and source are saved.');
        }}
      />
      <Group align="flex-end" gap="sm" wrap="wrap">
        <SearchInput
          label="Search the list"
          placeholder="Country or who it covers"
          value={search}
          onChange={setSearch}
          w={320}
        />
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => setEditing({ entry: blankEntry(), index: -1 })}
        >
          Add a country
        </Button>
        {editedAt ? (
          <Button
            variant="default"
            color="red"
            leftSection={<IconRestore size={16} aria-hidden />}
            onClick={confirmRestore}
            ml="auto"
          >
            Restore the list Ropa Desk ships
          </Button>
        ) : null}
      </Group>
      <Table.ScrollContainer minWidth={640} mah={420}>
        <Table withTableBorder stickyHeader verticalSpacing="xs">
          <caption className="visually-hidden">UK adequacy entries, {shown.length} shown</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Country</Table.Th>
              <Table.Th w={90}>Adequacy</Table.Th>
              <Table.Th>Who it covers</Table.Th>
              <Table.Th w={120}>From</Table.Th>
              <Table.Th w={120}>Until</Table.Th>
              <Table.Th w={90}>
                <span className="visually-hidden">Actions</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map(({ entry, index }) => (
              <Table.Tr key={`${entry.code}-${entry.from}-${index}`}>
                <Table.Td>{entry.name}</Table.Td>
                <Table.Td>{entry.scope === 'full' ? 'Full' : 'Partial'}</Table.Td>
                <Table.Td>
                  <Text size="sm">{entry.scope === 'full' ? 'Everyone' : entry.scopeNote}</Text>
                </Table.Td>
                <Table.Td>{day(entry.from)}</Table.Td>
                <Table.Td>{entry.until ? day(entry.until) : 'In force'}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <Tooltip label="Edit">
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`Edit ${entry.name}`}
                        onClick={() => setEditing({ entry, index })}
                      >
                        <IconPencil size={16} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                    <Tooltip label="Remove">
                      <ActionIcon
                        variant="subtle"
                        color="gray"
                        aria-label={`Remove ${entry.name}`}
                        onClick={() => remove(index)}
                      >
                        <IconTrash size={16} aria-hidden />
                      </ActionIcon>
                    </Tooltip>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {shown.length === 0 ? (
        <Text size="sm" c="dimmed">
          No entry matches “{search.trim()}”.
        </Text>
      ) : null}
      <AdequacyEntryModal
        entry={editing?.entry ?? null}
        title={editing?.index === -1 ? 'Add a country' : `Edit ${editing?.entry.name ?? ''}`}
        onClose={() => setEditing(null)}
        onSave={saveEntry}
      />
    </FormSection>
  );
}
