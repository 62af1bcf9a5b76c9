/** A contract status at a glance: a coloured dot beside text in the normal colour, for AA contrast. */
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
    <Badge component="span" variant="dot" color={colour} tt="none" fw={500}>
      {contractStatusLabels[status]}
    </Badge>
  );
}
