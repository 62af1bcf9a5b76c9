/** The register at a glance: how many of each record, each number linking to its list. */
import { Paper, SimpleGrid, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import type { Count } from './dashboard-data';
import classes from './Dashboard.module.css';

export function RegisterCard({ counts }: { counts: readonly Count[] }) {
  const navigate = useGuardedNavigate();
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="dash-register">
      <Stack gap="sm">
        <Title order={3} size="h4" id="dash-register">
          The register
        </Title>
        <SimpleGrid cols={4} spacing="xs" verticalSpacing="xs">
          {counts.map((count) => (
            <UnstyledButton
              key={count.label}
              component="a"
              href={`#${count.to}`}
              className={classes.count}
              title={count.detail}
              onClick={(event) => {
                event.preventDefault();
                navigate(count.to);
              }}
            >
              <Text fz={24} fw={700} lh={1.1}>
                {count.value.toLocaleString('en-GB')}
              </Text>
              <Text size="xs">{count.label}</Text>
            </UnstyledButton>
          ))}
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
