/** Marks a record or field that still holds facts someone has to check. */
import { Badge, type BadgeProps } from '@mantine/core';

export interface ToConfirmBadgeProps extends BadgeProps {
  /** How many fields are still to confirm, said in the badge's title; none for a single field. */
  count?: number;
}

export function ToConfirmBadge({ count, ...rest }: ToConfirmBadgeProps) {
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
