/** What is due, as a table: when, what to do (a link to the record), and "Mark reviewed". */
import { Badge, Group, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import dayjs from 'dayjs';
import type { ReviewableKind } from '../../../shared/domain';
import type { DueItem } from '../../../shared/reviews/schedule';
import { RecordTable, type RecordColumn } from '../../components/RecordTable';
import { recordHref } from '../../navigation/recordHref';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { GuardedLink } from '../third-parties/GuardedLink';
import {
  calendarKindLabels,
  dueWords,
  kindOf,
  type CalendarSort,
  type CalendarSortColumn,
} from './calendar-rows';
import { MarkReviewedButton } from './MarkReviewedButton';

const itemKey = (item: DueItem) => `${item.kind}:${item.record.kind}:${item.record.id}`;

function DueCell({ item, today }: { item: DueItem; today: string }) {
  const overdue = item.due < today;
  return (
    <div>
      <Group gap={4} wrap="nowrap">
        {overdue ? (
          <IconAlertCircle size={16} aria-hidden color="var(--mantine-color-error)" />
        ) : null}
        <Text size="sm" fw={600} c={overdue ? 'var(--mantine-color-error)' : undefined}>
          {dayjs(item.due).format('D MMM YYYY')}
        </Text>
      </Group>
      <Text size="xs" c="dimmed" truncate="end">
        {dueWords(item.due, today)}
      </Text>
    </div>
  );
}

function Action({ item }: { item: DueItem }) {
  if (item.kind !== 'review') {
    return (
      <GuardedLink to={recordHref(item.record.kind, item.record.id, item.field)} size="sm">
        {item.kind === 'contract' ? 'Open the contract' : 'Open the profile'}
      </GuardedLink>
    );
  }
  // Inside a row that opens its record on a click: the button and its modal keep their clicks.
  return (
    <div onClick={(event) => event.stopPropagation()} role="presentation">
      <MarkReviewedButton
        kind={item.record.kind as ReviewableKind}
        id={item.record.id}
        name={item.record.name}
        size="xs"
      />
    </div>
  );
}

type Column = CalendarSortColumn | 'action';

const columnsFor = (today: string): RecordColumn<DueItem, Column>[] => [
  { key: 'due', label: 'Due', width: 220, render: (item) => <DueCell item={item} today={today} /> },
  {
    key: 'label',
    label: 'What to do',
    render: (item) => (
      <Text size="sm" truncate="end" fw={500} title={item.label}>
        <GuardedLink to={recordHref(item.record.kind, item.record.id, item.field)} c="inherit">
          {item.label}
        </GuardedLink>
      </Text>
    ),
  },
  {
    key: 'kind',
    label: 'Kind',
    width: 230,
    render: (item) => (
      <Badge variant="light" color="gray" radius="sm" tt="none" fw={500}>
        {calendarKindLabels[kindOf(item)]}
      </Badge>
    ),
  },
  {
    key: 'action',
    label: 'Action',
    width: 190,
    sortable: false,
    render: (item) => <Action item={item} />,
  },
];

export interface DueTableProps {
  items: readonly DueItem[];
  today: string;
  sort: CalendarSort;
  onSort: (column: CalendarSortColumn) => void;
  label: string;
}

export function DueTable({ items, today, sort, onSort, label }: DueTableProps) {
  const navigate = useGuardedNavigate();
  return (
    <RecordTable
      variant="links"
      columns={columnsFor(today)}
      rows={items}
      rowKey={itemKey}
      sort={sort}
      onSort={(column) => {
        if (column !== 'action') onSort(column);
      }}
      onOpen={(item) => navigate(recordHref(item.record.kind, item.record.id, item.field))}
      label={label}
      rowHeight={58}
      minWidth={820}
      testId="due-scroll"
    />
  );
}
