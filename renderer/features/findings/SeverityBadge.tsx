/** A finding's severity as a badge: the word says it, the colour only repeats it. */
import { Badge } from '@mantine/core';
import type { Severity } from '../../../shared/checks';

export const severityLabels: Record<Severity, string> = {
  high: 'High',
  medium: 'Medium',
  low: 'Low',
};

/** Filled colours with text that keeps AA contrast in both colour schemes. */
export const severityColours: Record<Severity, { bg: string; fg: string }> = {
  high: { bg: 'red.9', fg: 'white' },
  medium: { bg: 'yellow.4', fg: 'dark.9' },
  low: { bg: 'gray.3', fg: 'dark.9' },
};

export function SeverityBadge({ severity }: { severity: Severity }) {
  const { bg, fg } = severityColours[severity];
  return (
    <Badge variant="filled" radius="sm" color={bg} c={fg} w={70} style={{ flexShrink: 0 }}>
      {severityLabels[severity]}
    </Badge>
  );
}
