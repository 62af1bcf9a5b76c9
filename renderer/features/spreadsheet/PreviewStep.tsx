/**
 * Step three: what the import will create, every reading to check or correct, and every row
 * that could not be read — before anything is written.
 */
import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconArrowLeft, IconDatabaseImport } from '@tabler/icons-react';
import { useState } from 'react';
import type { ImportPlan } from '../../../shared/spreadsheet/import/contract';
import { StickyActionBar } from '../../components/StickyActionBar';
import { PlannedActivities } from './PlannedActivities';
import { PreviewCounts } from './PreviewCounts';
import { ReadingsTable } from './ReadingsTable';
import { UnreadableRows } from './UnreadableRows';

export interface PreviewStepProps {
  plan: ImportPlan;
  fileName: string;
  onCorrect: (readingId: string, value: string) => void;
  onBack: () => void;
  onImport: () => void;
  importing: boolean;
  /** Why the last attempt wrote nothing. */
  failure: string | null;
}

const names = (parties: readonly { name: string }[]) => parties.map((p) => p.name).join(', ');

export function PreviewStep({
  plan,
  fileName,
  onCorrect,
  onBack,
  onImport,
  importing,
  failure,
}: PreviewStepProps) {
  const [activity, setActivity] = useState<{ id: string; name: string } | null>(null);
  const n = plan.activities.length;
  return (
    <Stack gap="lg">
      <Text size="sm">
        {`This is what “${fileName}” will add to your register. Nothing has been written yet.`}
      </Text>
      <PreviewCounts plan={plan} />
      {plan.organisation ? (
        <Text size="sm" c="dimmed">
          {`The file’s controller block names “${plan.organisation.name}”: it becomes your organisation profile, as your register has none yet.`}
        </Text>
      ) : null}

      <Stack gap="xs" component="section" aria-labelledby="planned-heading">
        <Title order={3} size="h4" id="planned-heading">
          Activities to create
        </Title>
        {n === 0 ? (
          <Text size="sm" c="dimmed">
            No row of this sheet could be read as an activity. Go back to check the columns, or fix
            the rows listed below in the file.
          </Text>
        ) : (
          <>
            <Text size="sm" c="dimmed">
              Select an activity to see only its readings.
            </Text>
            <PlannedActivities
              plan={plan}
              onOpen={(chosen) => {
                setActivity(chosen);
                document.getElementById('readings-heading')?.scrollIntoView({ block: 'start' });
              }}
            />
          </>
        )}
        {plan.thirdParties.length > 0 ? (
          <Text size="sm">
            <Text span fw={600}>
              New third parties:{' '}
            </Text>
            {names(plan.thirdParties)}
          </Text>
        ) : null}
        {plan.reusedThirdParties.length > 0 ? (
          <Text size="sm">
            <Text span fw={600}>
              Already in your register, linked rather than added again:{' '}
            </Text>
            {names(plan.reusedThirdParties)}
          </Text>
        ) : null}
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="readings-heading">
        <Title order={3} size="h4" id="readings-heading">
          What was read from free text
        </Title>
        <Text size="sm" c="dimmed">
          Registers are written in everyday words. Check how each was read and correct it where
          needed; each stays marked “imported, to confirm” in the editors until you confirm it
          there.
        </Text>
        <ReadingsTable
          plan={plan}
          onCorrect={onCorrect}
          activity={activity}
          onShowAll={() => setActivity(null)}
        />
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="unreadable-heading">
        <Title order={3} size="h4" id="unreadable-heading">
          Rows that could not be read
        </Title>
        <UnreadableRows rows={plan.unreadable} />
      </Stack>

      {failure ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertCircle size={20} aria-hidden />}
          title="Nothing was imported"
          role="alert"
        >
          {failure} Your register is exactly as it was.
        </Alert>
      ) : null}
      <StickyActionBar label="Import">
        <Button
          variant="default"
          leftSection={<IconArrowLeft size={18} aria-hidden />}
          onClick={onBack}
          disabled={importing}
        >
          Back to the columns
        </Button>
        <Button
          leftSection={<IconDatabaseImport size={18} aria-hidden />}
          onClick={onImport}
          loading={importing}
          disabled={n === 0}
        >
          {`Import ${n.toLocaleString('en-GB')} ${n === 1 ? 'activity' : 'activities'}`}
        </Button>
      </StickyActionBar>
    </Stack>
  );
}
