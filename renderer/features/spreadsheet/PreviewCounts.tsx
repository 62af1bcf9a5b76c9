/** The preview's headline: what the import will create, and what needs a look. */
import { Paper, SimpleGrid, Text } from '@mantine/core';
import type { ImportPlan } from '../../../shared/spreadsheet/import/contract';

const count = (n: number) => n.toLocaleString('en-GB');

export function PreviewCounts({ plan }: { plan: ImportPlan }) {
  const stats = [
    { label: 'Activities to create', value: plan.activities.length },
    { label: 'New third parties', value: plan.thirdParties.length },
    { label: 'Third parties reused', value: plan.reusedThirdParties.length },
    { label: 'Transfers abroad', value: plan.transfers.length },
    { label: 'Readings to check', value: plan.readings.length },
    { label: 'Rows not read', value: plan.unreadable.length },
  ];
  return (
    <SimpleGrid cols={{ base: 2, md: 3, lg: 6 }} spacing="sm" data-testid="preview-counts">
      {stats.map((stat) => (
        <Paper key={stat.label} withBorder radius="md" p="sm">
          <Text size="xl" fw={700} lh={1.2} data-testid={`count-${stat.label}`}>
            {count(stat.value)}
          </Text>
          <Text size="sm" c="dimmed">
            {stat.label}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}
