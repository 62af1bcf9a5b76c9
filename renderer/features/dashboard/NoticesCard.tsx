/** The privacy notices' state: which are published, which version, and whether each still matches. */
import { Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { longDate } from '../../../shared/util/long-date';
import { paths } from '../../navigation/paths';
import { GuardedLink } from '../third-parties/GuardedLink';
import type { NoticeState } from './dashboard-data';

export function NoticesCard({ notices }: { notices: readonly NoticeState[] }) {
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="dash-notices">
      <Stack gap="sm">
        <Group justify="space-between" align="baseline">
          <Title order={3} size="h4" id="dash-notices">
            Privacy notices
          </Title>
          <GuardedLink to={paths.notices} size="sm">
            All notices
          </GuardedLink>
        </Group>
        {notices.length === 0 ? (
          <Text size="sm">
            No privacy notice is published yet.{' '}
            <GuardedLink to={paths.notices} size="sm">
              Compose one from the register
            </GuardedLink>
            .
          </Text>
        ) : (
          notices.map((notice) => (
            <Group key={notice.key} gap="sm" wrap="nowrap" align="flex-start">
              <ThemeIcon
                size={22}
                radius="xl"
                variant="light"
                color={notice.outOfDate ? 'yellow' : 'teal'}
                c={notice.outOfDate ? 'var(--mantine-color-text)' : undefined}
                aria-hidden
              >
                {notice.outOfDate ? <IconAlertTriangle size={14} /> : <IconCircleCheck size={14} />}
              </ThemeIcon>
              <Stack gap={0} style={{ minWidth: 0 }}>
                <GuardedLink to={paths.notice(notice.key)} size="sm" fw={600}>
                  {notice.name}
                </GuardedLink>
                <Text size="sm">
                  Version {notice.version}, in effect since {longDate(notice.effectiveDate)}
                </Text>
                <Text
                  size="sm"
                  c={notice.outOfDate ? undefined : 'dimmed'}
                  data-testid={`notice-state-${notice.key}`}
                >
                  {notice.outOfDate
                    ? notice.outOfDate.message.replace(
                        /^.*no longer matches the register: /,
                        'Out of date with the register: ',
                      )
                    : 'Matches the register.'}
                </Text>
              </Stack>
            </Group>
          ))
        )}
      </Stack>
    </Paper>
  );
}
