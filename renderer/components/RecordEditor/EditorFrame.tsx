/**
 * The frame of every page that edits one record or log entry: heading with "Unsaved changes" and
 * Save, the error summary after a refused save, what the page shows first, the form's sections,
 * and Save again at the end.
 */
import { Badge, Button, Group, Stack } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { ErrorSummary } from '../ErrorSummary';
import { PageHeader } from '../PageHeader';
import type { RecordSave } from './useRecordSave';

export interface EditorFrameProps {
  /** The form element's id, so the Save button in the heading can submit it. */
  formId: string;
  /** The form's current errors, listed after a refused save. */
  errors: FormErrors;
  /** Its save, from useRecordSave. */
  save: RecordSave;
  /** The field kit's labelFor, to name fields in the summary. */
  labelFor: (path: string) => string;
  /** The page heading. */
  title: ReactNode;
  /** One sentence under the heading. */
  description: ReactNode;
  /** Anything to save: shows "Unsaved changes" beside Save. */
  dirty: boolean;
  /** More buttons in the heading, before Save (e.g. Delete). */
  actions?: ReactNode;
  /** Shown after the error summary, before the sections. */
  lead: ReactNode;
  /** The form's sections. */
  children: ReactNode;
}

/** Only the fields with a message, as the error summary lists them. */
const errorEntries = (errors: FormErrors) =>
  Object.entries(errors).filter(([, message]) => message);

export function EditorFrame(props: EditorFrameProps) {
  const { formId, save, dirty } = props;
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
              errors={errorEntries(props.errors)}
              labelFor={props.labelFor}
            />
          ) : null}
          {props.lead}
          {props.children}
          <Group justify="flex-end">{saveButton}</Group>
        </Stack>
      </form>
    </>
  );
}
