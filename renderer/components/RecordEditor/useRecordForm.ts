/**
 * The form of a record edited on its own page (the organisation, a third party): it starts from
 * the stored record, or a blank one, and follows changes made elsewhere (another window, an
 * import) for as long as it has no edits of its own.
 */
import { useForm, type FormErrors, type UseFormReturnType } from '@mantine/form';
import { useEffect, useRef, useState } from 'react';

export interface StoredRecord {
  updatedAt: string;
}

export function useRecordForm<T extends StoredRecord>(
  /** The record as read; null when there is none yet. */
  stored: T | null,
  /** A new record, for when there is none stored. */
  blank: (now: string) => T,
  validate: (values: T) => FormErrors,
): UseFormReturnType<T> {
  const [initial] = useState(() => stored ?? blank(new Date().toISOString()));
  const form = useForm<T>({
    mode: 'controlled',
    initialValues: initial,
    validate,
    validateInputOnBlur: true,
  });

  const seen = useRef(stored);
  useEffect(() => {
    // Only a new read counts: right after a save the old row is still what the query holds.
    if (stored === seen.current) return;
    seen.current = stored;
    if (!stored || form.isDirty() || stored.updatedAt === form.getValues().updatedAt) return;
    form.setValues(stored);
    form.resetDirty(stored);
  }, [stored, form]);

  return form;
}
