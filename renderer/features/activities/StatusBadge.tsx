/** Status and "to confirm" badges, in colours that keep AA contrast on light and dark. */
import { Badge } from '@mantine/core';
import { activityStatusLabels, type ActivityStatus } from '../../../shared/domain';

// Mantine 9's light variant writes shade 9 on a pale tint (shade 0 on dark), which keeps AA.
const colours: Record<ActivityStatus, string> = { draft: 'blue', active: 'teal', retired: 'gray' };

export function StatusBadge({ status }: { status: ActivityStatus }) {
  const colour = colours[status];
  return (
    <Badge component="span" variant="light" color={colour} radius="sm">
      {activityStatusLabels[status]}
    </Badge>
  );
}

export function ToConfirmBadge({ count }: { count: number }) {
  return (
    <Badge
      component="span"
      variant="light"
      color="yellow"
      radius="sm"
      title={`${count} ${count === 1 ? 'field' : 'fields'} to confirm`}
    >
      To confirm
    </Badge>
  );
}
