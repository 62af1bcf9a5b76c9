/** Where a log entry's clock stands, as a badge in colours that keep AA contrast on light and dark. */
import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';

export type ClockLook = { color: string; c?: string; variant: 'filled' | 'light' };

/** The looks every log's clock shares, so a state reads the same in each log. */
export const clockLooks = {
  late: { color: 'red.9', c: 'white', variant: 'filled' },
  urgent: { color: 'orange.3', c: 'dark.9', variant: 'filled' },
  waiting: { color: 'yellow.3', c: 'dark.9', variant: 'filled' },
  due: { color: 'blue', variant: 'light' },
  met: { color: 'teal', variant: 'light' },
  done: { color: 'gray', variant: 'light' },
} as const satisfies Record<string, ClockLook>;

export function ClockBadge({
  look,
  title,
  children,
}: {
  look: ClockLook;
  /** The date behind the words, on hover. */
  title: string;
  children: ReactNode;
}) {
  return (
    <Badge component="span" radius="sm" tt="none" size="md" title={title} {...look}>
      {children}
    </Badge>
  );
}
