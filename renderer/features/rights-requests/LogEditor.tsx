/**
 * The page of one log entry (a rights request, a complaint): heading with "Unsaved changes" and
 * Save, the error summary after a refused save, the entry's clock, its sections, and Save again.
 */
import { Badge, Button, Group, Stack } from '@mantine/core';
import type { FormErrors } from '@mantine/form';
import { IconArrowLeft, IconDeviceFloppy } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeader } from '../../components/PageHeader';
import type { RecordSave } from '../../components/RecordEditor';
import { GuardedLink } from '../third-parties/GuardedLink';

export interface LogEditorProps {
  /** The form element's id, so the Save button in the heading can submit it. */
  formId: string;
  /** The form's current errors, listed after a refused save. */
  errors: FormErrors;
  save: RecordSave;
  labelFor: (path: string) => string;
  title: ReactNode;
  description: ReactNode;
  dirty: boolean;
  /** The log's list, for the link back to it. */
  back: { to: string; label: string };
  /** More buttons in the heading, before Save (e.g. Delete). */
  actions?: ReactNode;
  /** Shown first, above the sections: where the entry's clock stands. */
  status: ReactNode;
  children: ReactNode;
}

export function LogEditor(props: LogEditorProps) {
  const { formId, errors, save, labelFor, dirty, back, children } = props;
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
  const problems = Object.entries(errors).filter(([, message]) => message);
  return (
    <>
      <GuardedLink
        to={back.to}
        size="sm"
        mb="xs"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={14} aria-hidden /> {back.label}
      </GuardedLink>
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
            <ErrorSummary key={save.refused} errors={problems} labelFor={labelFor} />
          ) : null}
          {props.status}
          {children}
          <Group justify="flex-end">{saveButton}</Group>
        </Stack>
      </form>
    </>
  );
}
