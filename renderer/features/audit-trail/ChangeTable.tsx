/** An event's changes, field by field: the field's label, its value before and after. */
import { Spoiler, Table, Text } from '@mantine/core';
import { listChangeText, type FieldChange } from '../../../shared/audit/diff';
import type { AuditEntity } from '../../../shared/domain';
import { fieldLabel, isIdPath, nameFor, readableValue } from './trail-labels';

export interface ChangeTableProps {
  entity: AuditEntity;
  changes: readonly FieldChange[];
  /** Names of records the values name by id. */
  names: ReadonlyMap<string, string>;
  /** The table's accessible name. */
  label: string;
  /** Column headings: "Before" and "After", or "Now" and "Restored". */
  headings?: [string, string];
}

function Value({
  path,
  value,
  names,
}: {
  path: string;
  value: unknown;
  names: ReadonlyMap<string, string>;
}) {
  const text = readableValue(path, value, names);
  return (
    <Spoiler maxHeight={96} showLabel="Show all" hideLabel="Show less">
      <Text
        size="sm"
        c={text === '—' ? 'dimmed' : undefined}
        style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
      >
        {text}
      </Text>
    </Spoiler>
  );
}

export function ChangeTable({
  entity,
  changes,
  names,
  label,
  headings = ['Before', 'After'],
}: ChangeTableProps) {
  return (
    <Table layout="fixed" verticalSpacing="xs" aria-label={label} withRowBorders>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="30%">Field</Table.Th>
          <Table.Th>{headings[0]}</Table.Th>
          <Table.Th>{headings[1]}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((change) => (
          <Table.Tr key={change.path}>
            <Table.Td style={{ verticalAlign: 'top' }}>
              <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
                {fieldLabel(entity, change.path)}
              </Text>
              {change.list && change.before !== undefined && change.after !== undefined ? (
                <Text size="xs" c="dimmed">
                  {listChangeText(
                    isIdPath(change.path)
                      ? {
                          added: change.list.added.map((id) => nameFor(id, names)),
                          removed: change.list.removed.map((id) => nameFor(id, names)),
                        }
                      : change.list,
                  )}
                </Text>
              ) : null}
            </Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>
              <Value path={change.path} value={change.before} names={names} />
            </Table.Td>
            <Table.Td style={{ verticalAlign: 'top' }}>
              <Value path={change.path} value={change.after} names={names} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
