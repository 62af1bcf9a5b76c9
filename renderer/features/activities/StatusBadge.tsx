/** Status and "to confirm" badges, in colours that keep AA contrast on light and dark. */
import { Badge, type BadgeProps } from '@mantine/core';
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
      title={count === undefined ? undefined : `${count} ${count === 1 ? 'field' : 'fields'} to confirm`}
      {...rest}
    >
      To confirm
    </Badge>
  );
}
