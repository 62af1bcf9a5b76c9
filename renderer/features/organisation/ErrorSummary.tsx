/** After a refused save: what is wrong, each item a link to its field (as GOV.UK forms do). */
import { Alert, Anchor, List } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { focusField } from './form-kit';

export interface ErrorSummaryProps {
  errors: FormErrors;
  labelFor: (path: string) => string;
}

export function ErrorSummary({ errors, labelFor }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors).filter(([, message]) => message);

  useEffect(() => {
    // Take the focus once, when the summary appears, so a screen reader announces it.
    ref.current?.focus();
  }, []);

  if (entries.length === 0) return null;
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={entries.length === 1 ? 'There is a problem' : `There are ${entries.length} problems`}
    >
      <List size="sm" spacing={2}>
        {entries.map(([path, message]) => (
          <List.Item key={path}>
            <Anchor
              component="button"
              type="button"
              size="sm"
              c="inherit"
              underline="always"
              onClick={() => focusField(path)}
            >
              {labelFor(path)}: {message}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
