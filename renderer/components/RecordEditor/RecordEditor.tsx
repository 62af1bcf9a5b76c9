/**
 * The page of a record edited on its own (the organisation, a third party): heading with
 * "Unsaved changes" and Save, the error summary after a refused save, the fields still to
 * confirm, the form's sections, and Save again at the end.
 */
import type { UseFormReturnType } from '@mantine/form';
import type { Confirmable } from '../fieldPaths';
import { ToConfirmAlert } from '../ToConfirmAlert';
import { EditorFrame, type EditorFrameProps } from './EditorFrame';

export interface RecordEditorProps extends Omit<EditorFrameProps, 'errors' | 'lead'> {
  /** The record's form, from useRecordForm. */
  form: UseFormReturnType<Confirmable>;
}

export function RecordEditor({ form, labelFor, ...frame }: RecordEditorProps) {
  return (
    <EditorFrame
      {...frame}
      errors={form.errors}
      labelFor={labelFor}
      lead={
        <ToConfirmAlert form={form} labelFor={labelFor} origin="were filled in as a first answer" />
      }
    />
  );
}
