/** One library entry: what the provider typically does, where, under which safeguard, and since when. */
import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCalendarCheck, IconPlus, IconShieldCheck, IconWorld } from '@tabler/icons-react';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { transferMechanismLabels, type ThirdParty } from '../../../shared/domain';
import { LIBRARY_NOTE, type LibraryProcessor } from '../../../shared/processors/library';
import { libraryCountryNames } from '../../../shared/processors/library-search';
import { paths } from '../../navigation/paths';
import { GuardedLink } from '../third-parties/GuardedLink';

export interface LibraryCardProps {
  entry: LibraryProcessor;
  /** The third party of the same name already in the register, if there is one. */
  inRegister: ThirdParty | undefined;
  onAdd: (entry: LibraryProcessor) => void;
}

/** The entry's own note, without the library-wide caveat every entry repeats. */
const ownNote = (entry: LibraryProcessor): string =>
  entry.note.startsWith(LIBRARY_NOTE) ? entry.note.slice(LIBRARY_NOTE.length).trim() : entry.note;

const safeguard = (entry: LibraryProcessor): string =>
  entry.mechanism === null
    ? 'None needed: it processes data in the UK'
    : transferMechanismLabels[entry.mechanism];

function Fact({ icon, label, children }: { icon: ReactNode; label: string; children: ReactNode }) {
  return (
    <Group gap={8} wrap="nowrap" align="flex-start">
      <span aria-hidden style={{ display: 'flex', paddingTop: 2, opacity: 0.7 }}>
        {icon}
      </span>
      <Text size="sm">
        <Text span size="sm" fw={600}>
          {label}:
        </Text>{' '}
        {children}
      </Text>
    </Group>
  );
}

export function LibraryCard({ entry, inRegister, onAdd }: LibraryCardProps) {
  const headingId = `library-${entry.id}`;
  const note = ownNote(entry);
  return (
    <Paper
      component="article"
      withBorder
      radius="md"
      p="md"
      aria-labelledby={headingId}
      data-testid={`library-entry-${entry.id}`}
      style={{ display: 'flex', flexDirection: 'column' }}
    >
      <Stack gap="sm" style={{ flex: 1 }}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
          <Stack gap={0} style={{ minWidth: 0 }}>
            <Title order={4} id={headingId}>
              {entry.name}
            </Title>
            <Text size="xs" c="dimmed">
              {entry.website.replace(/^https?:\/\//, '')}
            </Text>
          </Stack>
          {inRegister ? (
            <Badge
              component="span"
              variant="dot"
              color="teal"
              tt="none"
              fw={500}
              c="var(--mantine-color-text)"
              style={{ flexShrink: 0 }}
            >
              In your register
            </Badge>
          ) : null}
        </Group>
        <Text size="sm">{entry.services}</Text>
        <Stack gap={4}>
          <Fact icon={<IconWorld size={16} />} label="Processes data in">
            {libraryCountryNames(entry).join(', ')}
          </Fact>
          <Fact icon={<IconShieldCheck size={16} />} label="Typical safeguard">
            {safeguard(entry)}
          </Fact>
          <Fact icon={<IconCalendarCheck size={16} />} label="Facts checked">
            {dayjs(entry.checkedOn).format('D MMMM YYYY')}
          </Fact>
        </Stack>
        {note ? (
          <Text size="xs" c="dimmed">
            {note}
          </Text>
        ) : null}
      </Stack>
      <Group justify="flex-end" mt="md">
        {inRegister ? (
          <GuardedLink to={paths.thirdParty(inRegister.id)} size="sm" fw={500}>
            Open “{inRegister.name}”
          </GuardedLink>
        ) : (
          <Button
            variant="default"
            size="sm"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => onAdd(entry)}
            aria-describedby={headingId}
          >
            Add to register
          </Button>
        )}
      </Group>
    </Paper>
  );
}
