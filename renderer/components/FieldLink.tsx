/** A link-styled button in a summary that moves the focus to a field of the form. */
import { Anchor } from '@mantine/core';
import type { ReactNode } from 'react';
import { focusField } from './focusField';

export interface FieldLinkProps {
  /** The field's path in the record, as its input's data-path holds it. */
  path: string;
  /** The link's words: the field's label, and perhaps its problem. */
  children: ReactNode;
}

export function FieldLink({ path, children }: FieldLinkProps) {
  return (
    // The text colour, underlined: the primary colour is too faint on the alerts' tints.
    <Anchor
      component="button"
      type="button"
      size="sm"
      c="inherit"
      underline="always"
      onClick={() => focusField(path)}
    >
      {children}
    </Anchor>
  );
}
