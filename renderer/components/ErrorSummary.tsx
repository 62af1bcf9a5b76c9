/** After a refused save: what is wrong, each item a link to its field (as GOV.UK forms do). */
import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { FieldLink } from './FieldLink';

export interface ErrorSummaryProps {
  /** Each invalid field's path and message, in the order to list them. */
  errors: readonly (readonly [path: string, message: ReactNode])[];
  /** The field kit's labelFor, to name each field. */
  labelFor: (path: string) => string;
  /** The heading; "There is a problem" or "There are N problems" unless said. */
  title?: string;
}

export function ErrorSummary({ errors, labelFor, title }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0;

  useEffect(() => {
    // Take the focus each time the summary appears, so a screen reader reads it first.
    if (shown) ref.current?.focus();
  }, [shown]);

  if (errors.length === 0) return null;
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={
        title ??
        (errors.length === 1 ? 'There is a problem' : `There are ${errors.length} problems`)
      }
    >
      <List size="sm" spacing={2}>
        {errors.map(([path, message]) => (
          <List.Item key={path}>
            <FieldLink path={path}>
              {labelFor(path)}: {message}
            </FieldLink>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
