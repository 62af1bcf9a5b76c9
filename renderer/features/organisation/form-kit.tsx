/**
 * What the organisation and third-party forms share: labelled fields that show ICO guidance
 * and a "To confirm" badge, titled sections, and moving the focus to a field by its path.
 * The activity form has its own kit; the look is kept the same on purpose.
 */
import { Badge, Paper, Stack, Text, Title } from '@mantine/core';
import type { GetInputPropsOptions, UseFormReturnType } from '@mantine/form';
import type { ReactNode } from 'react';

/** A record a person is asked to check field by field. */
export interface Confirmable {
  toConfirm: string[];
}

/** A field is to confirm when its path, or a record it sits in, is listed (e.g. 'dpo'). */
export function isToConfirm(toConfirm: readonly string[], path: string): boolean {
  return toConfirm.some((flag) => flag === path || path.startsWith(`${flag}.`));
}

/** Alert styles: Mantine's light-variant titles (teal, yellow, orange) fail AA contrast on their own background. */
export const readableAlert = { title: { color: 'var(--mantine-color-text)' } };

/** A field's label, with a "To confirm" badge while the field still needs checking. */
export function FieldLabel({ text, flagged }: { text: string; flagged: boolean }) {
  return (
    <>
      {text}
      {flagged ? (
        // A span, not Badge's default div: a label may hold phrasing content only.
        <Badge
          component="span"
          color="yellow"
          variant="light"
          size="xs"
          ml={8}
          c="var(--mantine-color-text)"
        >
          To confirm
        </Badge>
      ) : null}
    </>
  );
}

export interface FieldKit<T extends Confirmable> {
  labelFor: (path: string) => string;
  /** Label, guidance and the form binding of one field, ready to spread onto an input. */
  fieldProps: (
    form: UseFormReturnType<T>,
    path: string,
    options?: GetInputPropsOptions,
  ) => FieldBinding;
  /** Label, guidance and error only, for inputs whose value the caller maps itself. */
  fieldText: (form: UseFormReturnType<T>, path: string) => FieldText;
  /** fieldProps for a DateField, whose clear button needs a name of its own. */
  dateProps: (form: UseFormReturnType<T>, path: string) => DateBinding;
}

export type DateBinding = FieldBinding & {
  value: string | null;
  clearButtonProps: { 'aria-label': string };
};

export interface FieldText {
  label: ReactNode;
  description: string | undefined;
  error: ReactNode;
  'data-path': string;
}

export type FieldBinding = ReturnType<UseFormReturnType<Confirmable>['getInputProps']> & FieldText;

/**
 * Builds the field helpers of one kind of record from its label list (one list serves the
 * labels, the "to confirm" summary and the validation summary, so they always agree).
 */
export function createFieldKit<T extends Confirmable>(
  labels: Readonly<Record<string, string>>,
  guidance: (path: string) => string | undefined,
): FieldKit<T> {
  const labelFor = (path: string): string => {
    // 'socialMedia.2.handle' is part of a list field: name the field.
    const parent = path.replace(/\.\d+(\..*)?$/, '');
    return labels[path] ?? labels[parent] ?? path;
  };
  const fieldText = (form: UseFormReturnType<T>, path: string): FieldText => ({
    label: <FieldLabel text={labelFor(path)} flagged={isToConfirm(form.values.toConfirm, path)} />,
    description: guidance(path),
    error: form.errors[path],
    'data-path': path,
  });
  const fieldProps: FieldKit<T>['fieldProps'] = (form, path, options) => ({
    ...form.getInputProps(path, options),
    ...fieldText(form, path),
  });
  return {
    labelFor,
    fieldText,
    fieldProps,
    dateProps: (form, path) => {
      const binding = fieldProps(form, path);
      const value: string | null = binding.value ?? null;
      return {
        ...binding,
        value,
        clearButtonProps: { 'aria-label': `Clear ${labelFor(path).toLowerCase()}` },
      };
    },
  };
}

export interface FormSectionProps {
  id: string;
  title: string;
  /** One or two sentences on what the section records and why. */
  intro?: ReactNode;
  /** Shows the "To confirm" badge beside the title, for a section checked as a whole. */
  flagged?: boolean;
  children: ReactNode;
}

/** A titled group of fields; an h3 because the page title is the h2. */
export function FormSection({ id, title, intro, flagged = false, children }: FormSectionProps) {
  const headingId = `${id}-heading`;
  return (
    <Paper component="section" withBorder p="lg" radius="md" aria-labelledby={headingId} id={id}>
      <Stack gap="md">
        <Stack gap={4}>
          <Title order={3} id={headingId} size="h4">
            <FieldLabel text={title} flagged={flagged} />
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

/** Moves the keyboard focus to a field by its path (or its list's) and brings it into view. */
export function focusField(path: string): void {
  const candidates = [path, path.replace(/\.\d+(\..*)?$/, '')];
  const target = candidates
    .map((p) => document.querySelector<HTMLElement>(`[data-path="${CSS.escape(p)}"]`))
    .find((element) => element !== null);
  if (!target) return;
  const focusable = target.matches('input:not([type="hidden"]), textarea, button, [tabindex]')
    ? target
    : target.querySelector<HTMLElement>(
        'input:not([type="hidden"]):not([disabled]), textarea, button, [tabindex]:not([tabindex="-1"])',
      );
  (focusable ?? target).scrollIntoView({ block: 'center' });
  focusable?.focus({ preventScroll: true });
}
