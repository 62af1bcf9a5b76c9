/**
 * The page of a record edited on its own (the organisation, a third party): heading with
 * "Unsaved changes" and Save, the error summary after a refused save, the fields still to
 * confirm, the form's sections, and Save again at the end.
 */
import { Badge, Button, Group, Stack } from '@mantine/core';
import type { FormErrors, UseFormReturnType } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { ErrorSummary } from '../ErrorSummary';
import type { Confirmable } from '../fieldPaths';
import { PageHeader } from '../PageHeader';
import { ToConfirmAlert } from '../ToConfirmAlert';
import type { RecordSave } from './useRecordSave';

export interface RecordEditorProps {
  /** The form element's id, so the Save button in the heading can submit it. */
  formId: string;
  /** The record's form, from useRecordForm. */
  form: UseFormReturnType<Confirmable>;
  /** Its save, from useRecordSave. */
  save: RecordSave;
  /** The field kit's labelFor, to name fields in the summaries. */
  labelFor: (path: string) => string;
  /** The page heading. */
  title: ReactNode;
  /** One sentence under the heading. */
  description: ReactNode;
  /** Anything to save: shows "Unsaved changes" beside Save. */
  dirty: boolean;
  /** More buttons in the heading, before Save (e.g. Delete). */
  actions?: ReactNode;
  /** The form's sections. */
  children: ReactNode;
}

/** Only the fields with a message, as the error summary lists them. */
const errorEntries = (errors: FormErrors) =>
  Object.entries(errors).filter(([, message]) => message);

export function RecordEditor(props: RecordEditorProps) {
  const { formId, form, save, labelFor, dirty, children } = props;
  const saveButton = (
    <Button
      type="submit"
      form={formId}
      loading={save.saving}
      leftSection={<IconDeviceFloppy size={18} aria-hidden />}
    >
      Save
    </Button>
  );

  return (
    <>
      <PageHeader
        title={props.title}
        description={props.description}
        actions={
          <>
            {dirty ? (
              <Badge variant="outline" color="gray" c="var(--mantine-color-text)">
                Unsaved changes
              </Badge>
            ) : null}
            {props.actions}
            {saveButton}
          </>
        }
      />
      <form id={formId} onSubmit={save.submit} noValidate>
        <Stack gap="lg">
          {save.refused > 0 ? (
            <ErrorSummary
              key={save.refused}
              errors={errorEntries(form.errors)}
              labelFor={labelFor}
            />
          ) : null}
          <ToConfirmAlert
            form={form}
            labelFor={labelFor}
            origin="were filled in as a first answer"
          />
          {children}
          <Group justify="flex-end">{saveButton}</Group>
        </Stack>
      </form>
    </>
  );
}
