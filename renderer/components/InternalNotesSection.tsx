/** A record's private working notes, as the last section of its form. */
import { Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import type { FieldKit } from './fieldKit';
import type { Confirmable } from './fieldPaths';
import { FormSection } from './FormSection';

export interface InternalNotesSectionProps<T extends Confirmable> {
  /** The form of a record with an `internalNotes` field. */
  form: UseFormReturnType<T>;
  /** The record's field kit, for the field's label and guidance. */
  kit: FieldKit<T>;
}

export function InternalNotesSection<T extends Confirmable>({
  form,
  kit,
}: InternalNotesSectionProps<T>) {
  return (
    <FormSection id="notes" title="Internal notes">
      <Textarea {...kit.fieldProps(form, 'internalNotes')} autosize minRows={3} />
    </FormSection>
  );
}
