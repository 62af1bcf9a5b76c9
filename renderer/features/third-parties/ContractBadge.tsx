/** A contract status at a glance; the colours keep AA contrast in light and dark schemes. */
import { Badge } from '@mantine/core';
import { contractStatusLabels, type ContractStatus } from '../../../shared/domain';

const colours: Record<ContractStatus, string> = {
  'in-place': 'teal',
  requested: 'yellow',
  missing: 'red',
  expired: 'red',
  'not-needed': 'gray',
};

export function ContractBadge({ status }: { status: ContractStatus }) {
  const colour = colours[status];
  return (
    <Badge
      component="span"
      variant="light"
      color={colour}
      c={`light-dark(var(--mantine-color-${colour}-9), var(--mantine-color-${colour}-1))`}
      tt="none"
      fw={600}
    >
      {contractStatusLabels[status]}
    </Badge>
  );
}
