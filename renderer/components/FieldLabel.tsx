/** A field's label, with a "To confirm" badge while the field still needs checking. */
import { ToConfirmBadge } from './ToConfirmBadge';

// No radius: Badge's own, a full pill (ToConfirmBadge's is 'sm').
const pill = { radius: undefined, c: 'var(--mantine-color-text)' } as const;

export interface FieldLabelProps {
  /** The label's words. */
  text: string;
  /** Shows the "To confirm" badge after the words. */
  flagged: boolean;
}

export function FieldLabel({ text, flagged }: FieldLabelProps) {
  return (
    <>
      {text}
      {flagged ? (
        // A span, not Badge's default div: a label may hold phrasing content only.
        <ToConfirmBadge size="xs" ml={8} {...pill} />
      ) : null}
    </>
  );
}
