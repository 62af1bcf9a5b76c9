/**
 * On an activity: the personal data breaches that involved it (the ICO template's columns 24
 * and 25), each linked to its entry in the breach log, and a way to record one.
 */
import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { londonShort } from '../../../shared/logs/london-time';
import { FormSection } from '../../components/FormSection';
import { breachesFor } from '../../db/repos/breaches';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { GuardedLink } from '../third-parties/GuardedLink';
import { breachStatusLabels, reportedShortLabels } from './breach-fields';

export function ActivityBreaches({ activityId, saved }: { activityId: string; saved: boolean }) {
  const navigate = useGuardedNavigate();
  const breaches = useLiveQuery(() => breachesFor(activityId), [activityId]);
  return (
    <FormSection
      id="section-breaches"
      title="Personal data breaches"
      intro="Breaches in the breach log that involved this activity. Link a breach to the activity from its entry in the log."
    >
      {breaches === undefined ? null : breaches.length === 0 ? (
        <Text size="sm" c="dimmed">
          No breach in the log involves this activity.
        </Text>
      ) : (
        <Stack gap={6}>
          {breaches.map((breach) => (
            <Group key={breach.id} gap="sm" wrap="nowrap">
              <GuardedLink to={paths.breach(breach.id)} size="sm">
                {breach.title}
              </GuardedLink>
              <Text size="sm" c="dimmed">
                became aware {londonShort(breach.discoveredAt)} · reported to the ICO:{' '}
                {reportedShortLabels[breach.reportedToIco].toLowerCase()}
              </Text>
              <Badge variant="light" color={breach.status === 'open' ? 'orange' : 'gray'}>
                {breachStatusLabels[breach.status]}
              </Badge>
            </Group>
          ))}
        </Stack>
      )}
      {saved ? null : (
        <Text size="sm" c="dimmed">
          Save the activity first; then a breach can name it.
        </Text>
      )}
      <Group>
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<IconPlus size={14} aria-hidden />}
          onClick={() => navigate(paths.newBreach)}
        >
          Record a breach
        </Button>
      </Group>
    </FormSection>
  );
}
