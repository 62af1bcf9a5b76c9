/** The import's last step: what was added, with a link to each imported activity. */
import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconListDetails, IconUpload } from '@tabler/icons-react';
import type { SpreadsheetImportResult } from '../../db/repos/spreadsheet-import';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { PlainTable } from './PlainTable';

const organisationNote: Record<SpreadsheetImportResult['organisation'], string> = {
  created: ' The file’s controller block is now your organisation profile.',
  kept: ' Your organisation profile was kept as it was.',
  incomplete:
    ' The file’s controller block was too incomplete for an organisation profile: fill it in under Organisation.',
  none: '',
};

export interface DoneStepProps {
  result: SpreadsheetImportResult;
  fileName: string;
  onAnother: () => void;
}

export function DoneStep({ result, fileName, onAnother }: DoneStepProps) {
  const navigate = useGuardedNavigate();
  const n = result.activities.length;
  const go = (to: string) => (event: React.MouseEvent) => {
    event.preventDefault();
    navigate(to);
  };
  return (
    <Stack gap="md">
      <Alert
        color="teal"
        variant="light"
        icon={<IconCircleCheck size={20} aria-hidden />}
        title="Import complete"
        role="status"
      >
        {`Added ${n.toLocaleString('en-GB')} ${n === 1 ? 'activity' : 'activities'}, ${result.thirdParties} new third ${result.thirdParties === 1 ? 'party' : 'parties'} and ${result.transfers} ${result.transfers === 1 ? 'transfer' : 'transfers'} from “${fileName}”, each recorded in the audit trail.${organisationNote[result.organisation]}`}
      </Alert>
      <Text size="sm">
        Each value Ropa Desk read from the file’s free text is marked “imported, to confirm” in the
        activity editor. Open each activity to check those fields and confirm them.
      </Text>
      <PlainTable
        columns={[
          {
            key: 'name',
            label: 'Imported activity',
            render: (row) => (
              <Anchor
                href={`#${paths.activity(row.id)}`}
                onClick={go(paths.activity(row.id))}
                size="sm"
              >
                {row.name || 'Untitled activity'}
              </Anchor>
            ),
          },
        ]}
        rows={result.activities}
        rowKey={(row) => row.id}
        label="Imported activities"
        rowHeight={40}
        height={360}
        testId="imported-activities"
      />
      <Group gap="sm">
        <Button
          component="a"
          href={`#${paths.activities}`}
          onClick={go(paths.activities)}
          leftSection={<IconListDetails size={18} aria-hidden />}
        >
          Go to the activities
        </Button>
        <Button
          variant="default"
          leftSection={<IconUpload size={18} aria-hidden />}
          onClick={onAnother}
        >
          Import another spreadsheet
        </Button>
      </Group>
    </Stack>
  );
}
