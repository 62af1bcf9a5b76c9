/**
 * The labelled-field helpers of the logs' forms (breaches, rights requests, complaints): as the
 * register's field kit, without its "to confirm" flags, which a log entry written from the facts
 * never has.
 */
import type {
  GetInputPropsOptions,
  GetInputPropsReturnType,
  UseFormReturnType,
} from '@mantine/form';
import type { ReactNode } from 'react';
import { toDateBinding } from '../../components/fieldKit';

/** Label, guidance, error and the form binding of one field, to spread onto an input. */
export type LogFieldBinding = GetInputPropsReturnType & {
  label: string;
  description: string | undefined;
  error: ReactNode;
  'data-path': string;
};

export type LogDateBinding = LogFieldBinding & {
  value: string | null;
  clearButtonProps: { 'aria-label': string };
};

export interface LogKit<T> {
  /** A readable name for a path, including a list item's ('pauses.2.from'). */
  labelFor: (path: string) => string;
  fieldProps: (
    form: UseFormReturnType<T>,
    path: string,
    options?: GetInputPropsOptions,
  ) => LogFieldBinding;
  dateProps: (form: UseFormReturnType<T>, path: string) => LogDateBinding;
}

/** 'pauses.2.from' → 'pauses.from': every item's field shares one label. */
const itemFieldOf = (path: string): string => path.replace(/\.\d+(?=\.|$)/g, '');

export function createLogKit<T>(
  labels: Readonly<Record<string, string>>,
  descriptions: Readonly<Record<string, string>> = {},
): LogKit<T> {
  const labelFor = (path: string): string => {
    const label = labels[path] ?? labels[itemFieldOf(path)] ?? path;
    const item = /\.(\d+)(\.|$)/.exec(path)?.[1];
    // In a summary of problems, say which row: "Asked on (wait 2)".
    const list = labels[path.split('.')[0] ?? ''];
    return item !== undefined && list && labels[path] === undefined
      ? `${label} (${list.toLowerCase()}, row ${Number(item) + 1})`
      : label;
  };
  const fieldProps: LogKit<T>['fieldProps'] = (form, path, options) => ({
    ...form.getInputProps(path, options),
    label: labels[path] ?? labels[itemFieldOf(path)] ?? path,
    description: descriptions[path] ?? descriptions[itemFieldOf(path)],
    error: form.errors[path],
    'data-path': path,
  });
  return {
    labelFor,
    fieldProps,
    dateProps: (form, path) => {
      const binding = fieldProps(form, path);
      return toDateBinding(binding, binding.label);
    },
  };
}
