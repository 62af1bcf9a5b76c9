/**
 * The labelled-field helpers every record form shares: label (with a "To confirm" badge),
 * ICO guidance and the form binding of a field, built from one label list per kind of record
 * (one list serves the labels, the "to confirm" summary and the validation summary, so they
 * always agree).
 */
import type {
  GetInputPropsOptions,
  GetInputPropsReturnType,
  UseFormReturnType,
} from '@mantine/form';
import type { ReactNode } from 'react';
import { guidanceFor, type GuidanceEntity } from '../../shared/reference/guidance';
import { FieldLabel } from './FieldLabel';
import { isToConfirm, listFieldOf, type Confirmable } from './fieldPaths';

/** What labels an input: for spreading onto any Mantine input. */
export interface FieldText {
  /** The field's label, with its "To confirm" badge while flagged. */
  label: ReactNode;
  /** The field's ICO guidance, where there is some. */
  description: string | undefined;
  /** The field's validation message, if any. */
  error: ReactNode;
  /** The field's path, for the summaries to find and focus it. */
  'data-path': string;
}

/** FieldText with the form binding (value, onChange, onBlur…). */
export type FieldBinding = ReturnType<UseFormReturnType<Confirmable>['getInputProps']> & FieldText;

/** FieldBinding for a DateField, with its value as YYYY-MM-DD or null. */
export type DateBinding = FieldBinding & {
  value: string | null;
  clearButtonProps: { 'aria-label': string };
};

/** The field helpers of one kind of record. */
export interface FieldKit<T extends Confirmable> {
  /** A readable name for a path, including a list item's ('socialMedia.2.handle'). */
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

/** A binding made ready for a DateField: its value as YYYY-MM-DD or null, its clear button named. */
export function toDateBinding<B extends GetInputPropsReturnType>(
  binding: B,
  label: string,
): B & { value: string | null; clearButtonProps: { 'aria-label': string } } {
  const value: string | null = binding.value ?? null;
  return { ...binding, value, clearButtonProps: { 'aria-label': `Clear ${label.toLowerCase()}` } };
}

export interface FieldKitOptions {
  /** Whose guidance the fields show (shared/reference/guidance). */
  entity: GuidanceEntity;
  /** The label of every field, by its path in the record. */
  labels: Readonly<Record<string, string>>;
}

/** Builds the field helpers of one kind of record from its labels and guidance. */
export function createFieldKit<T extends Confirmable>({
  entity,
  labels,
}: FieldKitOptions): FieldKit<T> {
  const labelFor = (path: string): string => labels[path] ?? labels[listFieldOf(path)] ?? path;
  const guidance = (path: string): string | undefined =>
    (guidanceFor(entity, path) ?? guidanceFor(entity, listFieldOf(path)))?.help;
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
    dateProps: (form, path) => toDateBinding(fieldProps(form, path), labelFor(path)),
  };
}
