/** Status and "to confirm" badges, in colours that keep AA contrast on light and dark. */
import { Badge, type BadgeProps } from '@mantine/core';
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

/** Marks a record or field that still holds facts someone has to check. */
export function ToConfirmBadge({ count, ...rest }: { count?: number } & BadgeProps) {
  return (
    <Badge
      component="span"
      variant="light"
      color="yellow"
      // Mantine's yellow text (shade 9) on its pale tint is under 3:1; dark text keeps AA.
      c="light-dark(var(--mantine-color-dark-8), var(--mantine-color-yellow-2))"
      radius="sm"
      title={
        count === undefined ? undefined : `${count} ${count === 1 ? 'field' : 'fields'} to confirm`
      }
      {...rest}
    >
      To confirm
    </Badge>
  );
}
