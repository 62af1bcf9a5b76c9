/** A modal of activity templates, grouped by business function, to start a new activity from. */
import { Modal, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useDeferredValue, useMemo, useState } from 'react';
import { SearchInput } from '../../components/SearchInput';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { templates, type ActivityTemplate } from './templates';
import classes from './TemplatePicker.module.css';

export interface TemplatePickerProps {
  opened: boolean;
  onClose: () => void;
}

/** Templates whose name, summary or function hold every word of the query, by function. */
export function groupTemplates(
  all: readonly ActivityTemplate[],
  query: string,
): [businessFunction: string, templates: ActivityTemplate[]][] {
  const words = query.toLocaleLowerCase('en-GB').split(/\s+/).filter(Boolean);
  const groups = new Map<string, ActivityTemplate[]>();
  for (const template of all) {
    const text =
      `${template.name} ${template.summary} ${template.businessFunction}`.toLocaleLowerCase(
        'en-GB',
      );
    if (!words.every((word) => text.includes(word))) continue;
    const key = template.businessFunction || 'Other';
    groups.set(key, [...(groups.get(key) ?? []), template]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en-GB'))
    .map(([key, list]) => [key, list.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))]);
}

export function TemplatePicker({ opened, onClose }: TemplatePickerProps) {
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const groups = useMemo(() => groupTemplates(templates, deferred), [deferred]);
  const navigate = useGuardedNavigate();
  const count = groups.reduce((n, [, list]) => n + list.length, 0);

  const choose = (template: ActivityTemplate) => {
    onClose();
    navigate(paths.activityFromTemplate(template.id));
  };

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title="Start from a template"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close the template list' }}
    >
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          A template fills in a typical activity of its kind. Every field it fills is yours to
          check: the ones most likely to differ are marked “To confirm”.
        </Text>
        <SearchInput
          label="Search templates"
          placeholder="e.g. payroll, newsletter, CCTV"
          value={query}
          onChange={setQuery}
          textbox
          data-autofocus
        />
        <Text size="sm" aria-live="polite">
          {count === 0
            ? 'No template matches. Try fewer words, or start from a blank activity.'
            : `${count} ${count === 1 ? 'template' : 'templates'}`}
        </Text>
        {groups.map(([businessFunction, list]) => (
          <section key={businessFunction} aria-label={businessFunction}>
            <Title order={3} size="h6" tt="uppercase" c="dimmed" mb={6}>
              {businessFunction}
            </Title>
            <Stack gap={6}>
              {list.map((template) => (
                <UnstyledButton
                  key={template.id}
                  className={classes.option}
                  onClick={() => choose(template)}
                >
                  <Text fw={600} size="sm">
                    {template.name}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {template.summary}
                  </Text>
                </UnstyledButton>
              ))}
            </Stack>
          </section>
        ))}
      </Stack>
    </Modal>
  );
}
