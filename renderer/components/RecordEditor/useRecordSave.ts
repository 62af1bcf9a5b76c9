/**
 * Saving a record's form: validation first (a refused save counts, to show the error summary
 * afresh), then the save, the form reset to what was stored, and a notification either way.
 */
import type { UseFormReturnType } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { notifyFailure } from '../notifyFailure';

export interface RecordSaveOptions<T> {
  /** Stores the values; resolves to the record as stored. */
  save: (values: T) => Promise<T>;
  /** Runs once the form holds the stored record, as part of the save (a failure is reported). */
  afterSave?: (saved: T) => Promise<void> | void;
  /** The notification of a save that worked. */
  savedNotice: (saved: T) => { title: string; message: string };
  /** The title of the notification of a save that failed. */
  failedTitle: string;
}

export interface RecordSave {
  /** The form's submit handler. */
  submit: (event?: FormEvent<HTMLFormElement>) => void;
  saving: boolean;
  /** How many saves validation refused since the last one that went through (0: none). */
  refused: number;
}

export function useRecordSave<T>(
  form: UseFormReturnType<T>,
  { save, afterSave, savedNotice, failedTitle }: RecordSaveOptions<T>,
): RecordSave {
  const [refused, setRefused] = useState(0);
  const [saving, setSaving] = useState(false);
  const submit = form.onSubmit(
    async (values) => {
      setSaving(true);
      try {
        const saved = await save(values);
        form.setValues(saved);
        form.resetDirty(saved);
        setRefused(0);
        await afterSave?.(saved);
        notifications.show({ color: 'teal', ...savedNotice(saved) });
      } catch (error) {
        notifyFailure(failedTitle, error);
      } finally {
        setSaving(false);
      }
    },
    () => setRefused((n) => n + 1),
  );
  return { submit, saving, refused };
}
