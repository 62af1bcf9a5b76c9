/**
 * The first screen: how the register stands today against the ICO Accountability Framework,
 * the open findings by severity, what falls due, the register's size and the notices' state.
 * Every number links to the records behind it.
 */
import { Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconListCheck } from '@tabler/icons-react';
import { useMemo } from 'react';
import { longDate } from '../../../shared/util/long-date';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { useOversight } from '../findings/useOversight';
import { CategoryScores } from './CategoryScores';
import { noticeStates, registerCounts } from './dashboard-data';
import { DueCard } from './DueCard';
import { FindingsSummary } from './FindingsSummary';
import { NoticesCard } from './NoticesCard';
import { RegisterCard } from './RegisterCard';

export function Dashboard() {
  const oversight = useOversight();
  const navigate = useGuardedNavigate();
  const counts = useMemo(() => (oversight ? registerCounts(oversight.register) : []), [oversight]);
  const notices = useMemo(
    () => (oversight ? noticeStates(oversight.register, oversight.open) : []),
    [oversight],
  );
  if (!oversight) return <PageLoader label="Running the checks" />;

  return (
    <>
      <PageHeader
        title="Dashboard"
        description={`How ${oversight.register.organisation?.name ?? 'the register'} stands on ${longDate(oversight.today)}. The checks run again whenever the register changes.`}
        actions={
          <Button
            variant="default"
            leftSection={<IconListCheck size={18} aria-hidden />}
            onClick={() => navigate(paths.findings)}
          >
            Findings
          </Button>
        }
      />
      <Stack gap="lg">
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <FindingsSummary
            open={oversight.open}
            acceptedCount={oversight.accepted.length}
            expired={oversight.expired}
          />
          <DueCard due={oversight.due} />
        </SimpleGrid>
        <Stack gap="xs" component="section" aria-labelledby="dash-framework">
          <Group justify="space-between" align="baseline">
            <Title order={3} size="h4" id="dash-framework">
              ICO Accountability Framework
            </Title>
            <Text size="sm" c="dimmed">
              Open an area to see how its score is reached and the findings behind it.
            </Text>
          </Group>
          <CategoryScores scores={oversight.scores} />
        </Stack>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
          <RegisterCard counts={counts} />
          <NoticesCard notices={notices} />
        </SimpleGrid>
      </Stack>
    </>
  );
}
