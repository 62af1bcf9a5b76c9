/** An LIA's status: a draft with how far along it is, or the outcome of a completed one. */
import { Badge } from '@mantine/core';
import { liaStatusLabels } from '../../../shared/lia/rules';
import type { LiaRowStatus } from './lia-rows';

// The shades that keep AA contrast on both colour schemes (as the activity status badge).
const looks: Record<LiaRowStatus, { color: string; variant: 'light' | 'filled'; text: string }> = {
  draft: { color: 'blue', variant: 'light', text: 'Draft' },
  'can-rely': { color: 'teal.9', variant: 'filled', text: 'Can rely' },
  'cannot-rely': { color: 'red.9', variant: 'filled', text: 'Cannot rely' },
};

export interface LiaStatusBadgeProps {
  status: LiaRowStatus;
  /** For a draft: the percentage of required questions answered. */
  percent?: number;
}

export function LiaStatusBadge({ status, percent }: LiaStatusBadgeProps) {
  const { color, variant, text } = looks[status];
  const title = status === 'draft' ? 'Draft, not yet decided' : liaStatusLabels[status];
  return (
    <Badge component="span" variant={variant} color={color} radius="sm" title={title}>
      {status === 'draft' && percent !== undefined ? `${text} · ${percent}%` : text}
    </Badge>
  );
}
