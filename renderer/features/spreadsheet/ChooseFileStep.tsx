/** Step one: choose an .xlsx or .csv file and read it as cell text; nothing is written. */
import {
  Alert,
  Button,
  FileButton,
  Group,
  List,
  Paper,
  Stack,
  Text,
  ThemeIcon,
} from '@mantine/core';
import { IconAlertCircle, IconFileSpreadsheet, IconUpload } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { SpreadsheetText } from '../../../shared/spreadsheet/import/contract';
import type { ImportEngine } from './useImportEngine';

export interface ChooseFileStepProps {
  engine: ImportEngine;
  onRead: (text: SpreadsheetText) => void;
}

export function ChooseFileStep({ engine, onRead }: ChooseFileStepProps) {
  const [reading, setReading] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Cleared after each attempt, so the same file can be chosen again once it is fixed.
  const resetRef = useRef<() => void>(null);

  const read = async (file: File | null) => {
    if (!file) return;
    resetRef.current?.();
    setProblem(null);
    // Refused before its bytes are read: a file this big is almost surely the wrong one.
    if (file.size > engine.MAX_SPREADSHEET_BYTES) {
      setProblem(
        `“${file.name}” is ${Math.round(file.size / 1_048_576)} MB, far larger than a register’s spreadsheet. Choose the right file.`,
      );
      return;
    }
    setReading(file.name);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      onRead(await engine.readSpreadsheet(bytes, file.name));
    } catch (error) {
      setProblem(
        error instanceof engine.SpreadsheetReadError
          ? error.message
          : `“${file.name}” could not be read. Check it is an .xlsx or .csv file that is not open in another program, then try again.`,
      );
    } finally {
      setReading(null);
    }
  };

  return (
    <Stack gap="md" maw={760}>
      <Paper withBorder radius="md" p="xl">
        <Group align="flex-start" wrap="nowrap" gap="lg">
          <ThemeIcon size={48} radius="xl" variant="light" aria-hidden>
            <IconFileSpreadsheet size={26} />
          </ThemeIcon>
          <Stack gap="sm" style={{ flex: 1 }}>
            <Text fw={600}>Choose the spreadsheet to import</Text>
            <List size="sm" spacing={4}>
              <List.Item>
                An Excel workbook (.xlsx) or a CSV file with one row for each processing activity.
              </List.Item>
              <List.Item>
                Laid out like the ICO’s documentation template, or close to it: you match any other
                column headings in the next step.
              </List.Item>
              <List.Item>
                Nothing is added to your register until you have checked the preview and confirmed.
              </List.Item>
            </List>
            <Group>
              <FileButton
                onChange={(file) => void read(file)}
                accept=".xlsx,.csv"
                resetRef={resetRef}
              >
                {(props) => (
                  <Button
                    {...props}
                    loading={reading !== null}
                    leftSection={<IconUpload size={18} aria-hidden />}
                  >
                    Choose a spreadsheet…
                  </Button>
                )}
              </FileButton>
              {reading ? (
                <Text size="sm" c="dimmed" role="status">
                  Reading “{reading}”…
                </Text>
              ) : null}
            </Group>
          </Stack>
        </Group>
      </Paper>
      {problem ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertCircle size={20} aria-hidden />}
          title="That file was not read"
          role="alert"
        >
          {problem} Your register is unchanged; choose another file when you are ready.
        </Alert>
      ) : null}
    </Stack>
  );
}
