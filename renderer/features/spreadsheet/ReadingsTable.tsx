/**
 * Every value the import read from free text: the row, the column, the words in the cell and
 * what they were read as, with a choice to correct it where the field has fixed answers.
 */
import { Badge, Button, Group, Select, Stack, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useDeferredValue, useMemo, useState } from 'react';
import type { ImportPlan, Reading } from '../../../shared/spreadsheet/import/contract';
import { SearchInput } from '../../components/SearchInput';
import { filterReadings, isSettled } from './preview-rows';
import { PlainTable, type PlainColumn } from './PlainTable';
import { YELLOW_TEXT } from './badge-colours';
import classes from './spreadsheet.module.css';

export interface ReadingsTableProps {
  plan: ImportPlan;
  onCorrect: (readingId: string, value: string) => void;
  /** Shows only this activity's readings; null shows all. */
  activity: { id: string; name: string } | null;
  onShowAll: () => void;
}

export function ReadingsTable({ plan, onCorrect, activity, onShowAll }: ReadingsTableProps) {
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const shown = useMemo(
    () => filterReadings(plan.readings, deferred, activity?.id ?? null),
    [plan.readings, deferred, activity],
  );

  const columns: PlainColumn<Reading>[] = [
    { key: 'row', label: 'Row', width: 64, render: (r) => <Text size="sm">{r.row}</Text> },
    {
      key: 'heading',
      label: 'Column',
      width: '20%',
      render: (r) => (
        <Text size="sm" lineClamp={2} title={r.heading}>
          {r.heading}
        </Text>
      ),
    },
    {
      key: 'source',
      label: 'In the file',
      render: (r) => (
        <Text size="sm" lineClamp={2} title={r.source} className={classes.cell}>
          {r.source}
        </Text>
      ),
    },
    {
      key: 'reading',
      label: 'Read as',
      width: '32%',
      render: (r) =>
        r.choices && r.choices.length > 0 ? (
          <Select
            aria-label={`Reading of “${r.heading}” in row ${r.row}`}
            data={r.choices}
            value={r.value ?? r.choices.find((c) => c.label === r.reading)?.value ?? null}
            placeholder={r.reading}
            onChange={(value) => {
              if (value !== null) onCorrect(r.id, value);
            }}
            allowDeselect={false}
            searchable
            size="sm"
            comboboxProps={{ width: 380, position: 'bottom-end' }}
          />
        ) : (
          <Text size="sm" lineClamp={2} title={r.reading}>
            {r.reading}
          </Text>
        ),
    },
    {
      key: 'state',
      label: 'Status',
      width: 120,
      render: (r) =>
        isSettled(plan, r) ? (
          <Badge variant="light" color="teal" radius="sm" tt="none">
            Confirmed
          </Badge>
        ) : (
          <Badge variant="light" color="yellow" c={YELLOW_TEXT} radius="sm" tt="none">
            To confirm
          </Badge>
        ),
    },
  ];

  if (plan.readings.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nothing in this file needed reading from free text.
      </Text>
    );
  }
  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="md" wrap="wrap">
        <SearchInput
          label="Search the readings"
          placeholder="Row, column or words"
          value={search}
          onChange={setSearch}
          w={320}
        />
        {activity ? (
          <Button
            variant="light"
            size="sm"
            rightSection={<IconX size={14} aria-hidden />}
            onClick={onShowAll}
          >
            {`Only “${activity.name}”: show all`}
          </Button>
        ) : null}
        <Text size="sm" c="dimmed" role="status" aria-live="polite" ml="auto">
          {shown.length === plan.readings.length
            ? `${plan.readings.length} ${plan.readings.length === 1 ? 'reading' : 'readings'}`
            : `${shown.length} of ${plan.readings.length} readings`}
        </Text>
      </Group>
      <PlainTable
        columns={columns}
        rows={shown}
        rowKey={(r) => r.id}
        label="Readings to check"
        rowHeight={56}
        height={420}
        testId="readings"
      />
    </Stack>
  );
}
