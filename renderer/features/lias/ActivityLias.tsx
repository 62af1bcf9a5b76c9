/** On an activity relying on legitimate interests: its LIAs, or a way to start one. */
import { Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getActivity } from '../../db/repos/activities';
import { liasFor } from '../../db/repos/assessments';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { GuardedLink } from '../third-parties/GuardedLink';
import { toLiaRows } from './lia-rows';
import { LiaStatusBadge } from './LiaStatusBadge';

export function ActivityLias({ activityId }: { activityId: string }) {
  const navigate = useGuardedNavigate();
  const found = useLiveQuery(
    async () => ({
      stored: (await getActivity(activityId)) !== undefined,
      lias: await liasFor(activityId),
    }),
    [activityId],
  );
  if (!found) return null;
  const rows = toLiaRows(found.lias, new Map(), '');
  return (
    <Stack gap={6} aria-labelledby="activity-lias-label" role="group">
      <Text size="sm" fw={500} id="activity-lias-label">
        Legitimate interests assessment
      </Text>
      {rows.length > 0 ? (
        <Stack gap={4}>
          {rows.map((row) => (
            <Group key={row.lia.id} gap="sm" wrap="nowrap">
              <GuardedLink to={paths.lia(row.lia.id)} size="sm">
                {row.lia.title}
              </GuardedLink>
              <LiaStatusBadge status={row.status} percent={row.percent} />
            </Group>
          ))}
        </Stack>
      ) : found.stored ? (
        <Group gap="sm">
          <Text size="sm" c="dimmed">
            No LIA yet. The ICO expects one before you rely on legitimate interests.
          </Text>
          <Button
            size="compact-sm"
            variant="default"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => navigate(paths.newLia(activityId))}
          >
            Start an LIA
          </Button>
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          No LIA yet. Save the activity first, then start its LIA from here.
        </Text>
      )}
    </Stack>
  );
}
