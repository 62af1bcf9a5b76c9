/**
 * Step two: where each column of the file goes. Exact ICO headings are matched already; close
 * wordings are flagged for a look; anything else the person maps or leaves out.
 */
import { Alert, Badge, Button, Group, Select, Stack, Table, Text } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconInfoCircle } from '@tabler/icons-react';
import { useMemo } from 'react';
import type {
  ColumnMatch,
  ImportLayout,
  ImportTarget,
  SpreadsheetText,
} from '../../../shared/spreadsheet/import/contract';
import { StickyActionBar } from '../../components/StickyActionBar';
import { dataRowCount, LEAVE_OUT, sampleValue, targetOptions, targetUses } from './mapping';
import { YELLOW_TEXT } from './badge-colours';
import classes from './spreadsheet.module.css';
import type { ImportEngine } from './useImportEngine';

const matchBadges: Record<ColumnMatch['how'], { label: string; color: string }> = {
  exact: { label: 'Exact heading', color: 'teal' },
  close: { label: 'Close: check it', color: 'yellow' },
  chosen: { label: 'Your choice', color: 'blue' },
  none: { label: 'Left out', color: 'gray' },
};

/** A, B … Z, AA: the column as the spreadsheet program names it. */
function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export interface MappingStepProps {
  engine: ImportEngine;
  text: SpreadsheetText;
  layout: ImportLayout;
  onLayout: (layout: ImportLayout) => void;
  onBack: () => void;
  onNext: () => void;
  /** While the preview is being prepared. */
  busy: boolean;
}

export function MappingStep({
  engine,
  text,
  layout,
  onLayout,
  onBack,
  onNext,
  busy,
}: MappingStepProps) {
  const sheet = text.sheets.find((s) => s.name === layout.sheet);
  const options = useMemo(() => targetOptions(engine.importTargets), [engine]);
  const uses = targetUses(layout);
  const rows = dataRowCount(sheet, layout);
  const close = layout.columns.filter((c) => c.how === 'close').length;
  const mapped = layout.columns.filter((c) => c.target !== null).length;
  const named = engine.hasNameOrPurpose(layout);

  const chooseSheet = (name: string | null) => {
    const chosen = text.sheets.find((s) => s.name === name);
    if (chosen) onLayout(engine.detectLayout({ ...text, sheets: [chosen] }));
  };

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="lg" wrap="wrap">
        {text.sheets.length > 1 ? (
          <Select
            label="Sheet to import"
            data={text.sheets.map((s) => s.name)}
            value={layout.sheet}
            onChange={chooseSheet}
            allowDeselect={false}
            w={280}
          />
        ) : null}
        <Text size="sm" c="dimmed" role="status">
          {`Sheet “${layout.sheet}”: headings in row ${layout.headingRow + 1}, ${rows} ${rows === 1 ? 'row' : 'rows'} of data below. ${mapped} of ${layout.columns.length} columns will be imported.`}
        </Text>
      </Group>
      {named ? null : (
        <Alert
          color="red"
          variant="light"
          icon={<IconInfoCircle size={20} aria-hidden />}
          title="Which column names each activity?"
        >
          No column goes to the activity name or to “Purpose of processing”. Choose the column that
          holds either, so each row can become an activity.
        </Alert>
      )}
      {close > 0 ? (
        <Alert color="yellow" variant="light" icon={<IconInfoCircle size={20} aria-hidden />}>
          {close === 1 ? 'One heading is' : `${close} headings are`} close to an ICO heading but not
          the same: check where {close === 1 ? 'it goes' : 'they go'} before you continue.
        </Alert>
      ) : null}
      <div className={classes.frame}>
        <Table layout="fixed" verticalSpacing="xs" aria-label="Columns of the file">
          <colgroup>
            <col style={{ width: 84 }} />
            <col style={{ width: '26%' }} />
            <col />
            <col style={{ width: '32%' }} />
            <col style={{ width: 150 }} />
          </colgroup>
          <Table.Thead>
            <Table.Tr>
              <Table.Th className={classes.header}>Column</Table.Th>
              <Table.Th className={classes.header}>Heading in the file</Table.Th>
              <Table.Th className={classes.header}>Example from the first row</Table.Th>
              <Table.Th className={classes.header}>Goes to</Table.Th>
              <Table.Th className={classes.header}>Match</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {layout.columns.map((column) => {
              const heading = column.heading || `(no heading)`;
              const badge = matchBadges[column.target === null ? 'none' : column.how];
              const twice = column.target !== null && (uses.get(column.target) ?? 0) > 1;
              return (
                <Table.Tr key={column.index} data-testid={`column-${column.index}`}>
                  <Table.Td>
                    <Text size="sm" c="dimmed">
                      {columnLetter(column.index)}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" fw={500} className={classes.cell}>
                      {heading}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text
                      size="sm"
                      c="dimmed"
                      lineClamp={2}
                      title={sampleValue(sheet, layout, column.index)}
                    >
                      {sampleValue(sheet, layout, column.index) || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Select
                      aria-label={`Where column ${columnLetter(column.index)}, “${heading}”, goes`}
                      data={options}
                      value={column.target ?? LEAVE_OUT}
                      onChange={(value) =>
                        onLayout(
                          engine.chooseTarget(
                            layout,
                            column.index,
                            value === null || value === LEAVE_OUT ? null : (value as ImportTarget),
                          ),
                        )
                      }
                      allowDeselect={false}
                      searchable
                      size="sm"
                      error={twice ? 'Another column goes here too' : undefined}
                      comboboxProps={{ width: 420, position: 'bottom-start' }}
                    />
                  </Table.Td>
                  <Table.Td>
                    <Badge
                      variant="light"
                      color={badge.color}
                      c={badge.color === 'yellow' ? YELLOW_TEXT : undefined}
                      radius="sm"
                      tt="none"
                    >
                      {badge.label}
                    </Badge>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </div>
      <StickyActionBar label="Column mapping">
        <Button
          variant="default"
          leftSection={<IconArrowLeft size={18} aria-hidden />}
          onClick={onBack}
        >
          Choose another file
        </Button>
        <Button
          rightSection={<IconArrowRight size={18} aria-hidden />}
          onClick={onNext}
          loading={busy}
          disabled={!named}
        >
          Preview the import
        </Button>
      </StickyActionBar>
    </Stack>
  );
}
