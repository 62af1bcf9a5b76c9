/** A processor's Article 28(3) checklist at a glance; a dash for a third party that is not one. */
import { Badge, Text, Tooltip } from '@mantine/core';
import type { ChecklistBadge } from '../../../shared/processors/article28';
import { toneColours } from './article28-tones';

export function Article28Badge({ badge }: { badge: ChecklistBadge | null }) {
  if (badge === null) {
    return (
      <Text size="sm">
        <span aria-hidden>—</span>
        <span className="visually-hidden">Not a processor</span>
      </Text>
    );
  }
  return (
    <Tooltip label={badge.description} multiline w={280}>
      <Badge
        component="span"
        variant="dot"
        color={toneColours[badge.tone]}
        tt="none"
        fw={500}
        c="var(--mantine-color-text)"
      >
        {badge.label}
        <span className="visually-hidden">: {badge.description}</span>
      </Badge>
    </Tooltip>
  );
}
