/** An activity's status badge, in colours that keep AA contrast on light and dark. */
import { Badge } from '@mantine/core';
import { activityStatusLabels, type ActivityStatus } from '../../../shared/domain';

// Checked with axe: blue and gray light badges keep AA (shade 9 on a tint), teal light does
// not (4.3:1), so Active is white on teal 9 (5:1) — which also makes live activities stand out.
const looks: Record<ActivityStatus, { color: string; variant: 'light' | 'filled' }> = {
  draft: { color: 'blue', variant: 'light' },
  active: { color: 'teal.9', variant: 'filled' },
  retired: { color: 'gray', variant: 'light' },
};

export function StatusBadge({ status }: { status: ActivityStatus }) {
  const { color, variant } = looks[status];
  return (
    <Badge component="span" variant={variant} color={color} radius="sm">
      {activityStatusLabels[status]}
    </Badge>
  );
}
