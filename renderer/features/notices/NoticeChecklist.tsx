/**
 * The Article 13/14 checklist beside a notice: each required item, whether the notice covers
 * it and why not, with a link to the section that does (or should).
 */
import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconMinus, IconX } from '@tabler/icons-react';
import type { NoticeSectionId } from '../../../shared/domain';
import type { ChecklistItem } from '../../../shared/notice';

const statusLook = {
  covered: { label: 'Covered', color: 'teal', Icon: IconCheck },
  missing: { label: 'Missing', color: 'red', Icon: IconX },
  'not-applicable': { label: 'Not applicable', color: 'gray', Icon: IconMinus },
} as const;

export interface NoticeChecklistProps {
  items: readonly ChecklistItem[];
  /** The section titles, to name each link. */
  sectionTitles: ReadonlyMap<NoticeSectionId, string>;
  /** Scrolls to a section and puts the focus on it. */
  onGoTo: (sectionId: NoticeSectionId) => void;
  /** For a published version: "as published", said under the heading. */
  when?: string;
}

export function NoticeChecklist({ items, sectionTitles, onGoTo, when }: NoticeChecklistProps) {
  const count = (status: ChecklistItem['status']) =>
    items.filter((item) => item.status === status).length;
  const missing = count('missing');
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="checklist-heading">
      <Stack gap="sm">
        <Stack gap={2}>
          <Title order={3} size="h4" id="checklist-heading">
            Article 13/14 checklist
          </Title>
          <Text size="sm" c="dimmed">
            {count('covered')} of {items.length} covered
            {missing > 0 ? `, ${missing} missing` : ''}
            {count('not-applicable') > 0 ? `, ${count('not-applicable')} not applicable` : ''}
            {when ? `, ${when}` : ''}.
          </Text>
        </Stack>
        <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
          {items.map((item) => {
            const look = statusLook[item.status];
            const title = item.sectionId ? sectionTitles.get(item.sectionId) : undefined;
            return (
              <li key={item.number}>
                <Stack gap={2}>
                  <Group gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
                    <Text size="sm" fw={500}>
                      {item.number}. {item.requirement}
                    </Text>
                    <Badge
                      color={look.color}
                      variant="light"
                      leftSection={<look.Icon size={12} aria-hidden />}
                      style={{ flexShrink: 0, color: 'var(--mantine-color-text)' }}
                    >
                      {look.label}
                    </Badge>
                  </Group>
                  {item.reason ? (
                    <Text size="xs" c="dimmed">
                      {item.reason}
                    </Text>
                  ) : null}
                  {item.sectionId && title ? (
                    <Anchor
                      component="button"
                      type="button"
                      size="xs"
                      ta="left"
                      onClick={() => item.sectionId && onGoTo(item.sectionId)}
                    >
                      Go to “{title}”
                    </Anchor>
                  ) : null}
                </Stack>
              </li>
            );
          })}
        </Stack>
      </Stack>
    </Paper>
  );
}
