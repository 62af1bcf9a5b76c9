/** What every section of the activity form shares: the form's type, labelled fields, headings. */
import { Paper, Stack, Text, Title } from '@mantine/core';
import type { GetInputPropsOptions, UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';
import type { Activity } from '../../../shared/domain';
import { help } from '../../components/help';
import { isToConfirm, labelFor } from './field-labels';
import { ToConfirmBadge } from './StatusBadge';

export type ActivityForm = UseFormReturnType<Activity>;

export interface SectionProps {
  form: ActivityForm;
}

/** A field's label, with a "To confirm" badge while the field still needs checking. */
export function FieldLabel({ form, path }: { form: ActivityForm; path: string }) {
  const flagged = isToConfirm(form.values.toConfirm, path);
  return (
    <>
      {labelFor(path)}
      {flagged ? (
        // A span, not Badge's default div: a label may hold phrasing content only.
        <ToConfirmBadge size="xs" ml={8} />
      ) : null}
    </>
  );
}

/** Label, ICO guidance and the form binding of one field, ready to spread onto an input. */
export function fieldProps(form: ActivityForm, path: string, options?: GetInputPropsOptions) {
  return {
    ...form.getInputProps(path, options),
    label: <FieldLabel form={form} path={path} />,
    description: help(path),
  };
}

/** Label and guidance only, for inputs whose value the section maps itself. */
export function fieldText(form: ActivityForm, path: string) {
  return {
    label: <FieldLabel form={form} path={path} />,
    description: help(path),
    error: form.errors[path],
    'data-path': path,
  };
}

export interface FormSectionProps {
  id: string;
  title: string;
  /** One or two sentences on what the section records and why. */
  intro?: ReactNode;
  children: ReactNode;
}

/** A titled group of fields; an h3 because the page title is the h2. */
export function FormSection({ id, title, intro, children }: FormSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <Paper component="section" withBorder p="lg" radius="md" aria-labelledby={headingId} id={id}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={3} id={headingId} size="h4">
            {title}
          </Title>
          {intro ? (
            <Text size="sm" c="dimmed">
              {intro}
            </Text>
          ) : null}
        </Stack>
        {children}
      </Stack>
    </Paper>
  );
}

/**
 * Alert styles for yellow and orange alerts: Mantine writes their titles in shade 9, which is
 * under 4.5:1 on their own tint, so the title takes the body text colour instead.
 */
export const readableAlert = { title: { color: 'var(--mantine-color-text)' } } as const;

/** Moves the keyboard focus to a field by its path and brings it into view. */
export function focusField(path: string): void {
  const target =
    document.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`) ??
    document.querySelector<HTMLElement>(`[data-path="${CSS.escape(path.replace(/\.\d+$/, ''))}"]`);
  if (!target) return;
  const focusable = target.matches('input:not([type="hidden"]), textarea, button, [tabindex]')
    ? target
    : target.querySelector<HTMLElement>(
        'input:not([type="hidden"]):not([disabled]), textarea, button, [tabindex]:not([tabindex="-1"])',
      );
  (focusable ?? target).scrollIntoView({ block: 'center' });
  focusable?.focus({ preventScroll: true });
}
