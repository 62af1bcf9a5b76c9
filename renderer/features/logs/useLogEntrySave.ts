/**
 * The saving side of a log entry's editor: the unsaved-changes guard, focus on a field named in
 * the link, and the save, which moves a new entry to its own address once stored.
 */
import type { UseFormReturnType } from '@mantine/form';
import { useLocation } from 'wouter';
import { useRecordSave, type RecordSave } from '../../components/RecordEditor';
import { useUnsavedChanges } from '../../components/useUnsavedChanges';
import { useFocusFromQuery } from '../../navigation/useFocusFromQuery';

export interface LogEntrySaveOptions<T> {
  /** False for a new entry, which moves to its own address once saved. */
  stored: boolean;
  /** Names the entry in the unsaved-changes warning: "the new breach". */
  name: string;
  /** The entry, capitalised, in the notifications: "Breach". */
  noun: string;
  /** Names the saved entry in its notice: "breach “Lost laptop”". */
  phrase: (saved: T) => string;
  save: (values: T) => Promise<T>;
  href: (saved: T) => string;
}

export function useLogEntrySave<T>(
  form: UseFormReturnType<T>,
  options: LogEntrySaveOptions<T>,
): { dirty: boolean; save: RecordSave } {
  const [, navigate] = useLocation();
  const dirty = form.isDirty();
  useUnsavedChanges(options.name, dirty);
  useFocusFromQuery();
  const save = useRecordSave(form, {
    save: options.save,
    afterSave: (saved) => {
      if (!options.stored) navigate(options.href(saved), { replace: true });
    },
    savedNotice: (saved) => ({
      title: `${options.noun} saved`,
      message: `The ${options.phrase(saved)} is up to date.`,
    }),
    failedTitle: `The ${options.noun.toLowerCase()} was not saved`,
  });
  return { dirty, save };
}
