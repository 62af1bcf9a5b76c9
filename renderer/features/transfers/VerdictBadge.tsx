/** A transfer's verdict as a badge, in colours that keep AA contrast on light and dark. */
import { Badge } from '@mantine/core';
import { transferVerdictLabels, type TransferVerdict } from '../../../shared/transfers/verdict';

// Filled badges with dark text on pale fills, white on the darkest: all above 4.5:1.
const looks: Record<TransferVerdict, { color: string; c: string }> = {
  covered: { color: 'teal.9', c: 'white' },
  'needs-tra': { color: 'yellow.3', c: 'dark.9' },
  confirm: { color: 'yellow.3', c: 'dark.9' },
  safeguard: { color: 'orange.3', c: 'dark.9' },
  'not-valid': { color: 'red.9', c: 'white' },
};

export function VerdictBadge({ verdict }: { verdict: TransferVerdict }) {
  return (
    <Badge component="span" variant="filled" radius="sm" tt="none" size="md" {...looks[verdict]}>
      {transferVerdictLabels[verdict]}
    </Badge>
  );
}
