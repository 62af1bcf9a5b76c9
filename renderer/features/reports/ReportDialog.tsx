/**
 * Making one report: what it is about (an LIA, a funder), whether it is confidential and
 * carries internal notes, then progress with a cancel button, then save or open to print.
 */
import { Alert, Button, Checkbox, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconCircleCheck, IconDeviceFloppy, IconPrinter } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { Register } from '../../../shared/domain';
import {
  defaultReportOptions,
  type ReportOptions,
  type ReportSubject,
} from '../../../shared/reports';
import { notifyFailure } from '../../components/notifyFailure';
import { saveOutput } from '../../pdf/saveOutput';
import { platform } from '../../platform';
import type { ReportEntry } from './catalogue';
import { reportFileName } from './report-file-name';
import { ReportProgress } from './ReportProgress';
import { initialSubject, ReportSubjectFields, subjectProblem } from './ReportSubjectFields';
import { useReportRun } from './useReportRun';

export interface ReportDialogProps {
  entry: ReportEntry;
  register: Register;
  onClose: () => void;
}

const megabytes = (bytes: number): string =>
  bytes < 1_048_576
    ? `${Math.max(1, Math.round(bytes / 1024))} KB`
    : `${(bytes / 1_048_576).toFixed(1)} MB`;

/** What the file name says the report is about: the assessment, or the funder and programme. */
function aboutOf(register: Register, subject: ReportSubject): string | undefined {
  if (subject.liaId !== undefined) return register.lias.find((l) => l.id === subject.liaId)?.title;
  if (subject.funderId === undefined) return undefined;
  const funder = register.thirdParties.find((p) => p.id === subject.funderId)?.name;
  return subject.programme === undefined ? funder : `${funder ?? ''} ${subject.programme}`;
}

export function ReportDialog({ entry, register, onClose }: ReportDialogProps) {
  const { run, start, cancel, reset } = useReportRun();
  const [options, setOptions] = useState<ReportOptions>(defaultReportOptions);
  const [subject, setSubject] = useState<ReportSubject>(() =>
    initialSubject(entry.needs, register),
  );
  const [problem, setProblem] = useState<string | null>(null);
  const busy = run.state === 'reading' || run.state === 'making';

  const fileName = reportFileName({
    organisationName: register.organisation?.name,
    title: entry.title,
    about: aboutOf(register, subject),
    date: dayjs().format('YYYY-MM-DD'),
  });

  const make = () => {
    const missing = subjectProblem(entry.needs, subject);
    setProblem(missing);
    if (missing === null) void start({ kind: entry.kind, subject, options });
  };

  const save = async (bytes: Uint8Array<ArrayBuffer>) => {
    const result = await saveOutput(fileName, bytes);
    if (result.status === 'saved') {
      notifications.show({ color: 'teal', message: `Saved ${result.path}.` });
    } else if (result.status === 'failed') {
      notifyFailure('The report was not saved', new Error(result.message));
    }
  };

  const openToPrint = async (bytes: Uint8Array<ArrayBuffer>) => {
    const result = await platform.openPdf(fileName, bytes);
    if (result.status === 'failed') {
      notifyFailure('The report did not open for printing', new Error(result.message));
    }
  };

  return (
    <Modal
      opened
      size="lg"
      title={entry.title}
      onClose={busy ? cancel : onClose}
      closeOnClickOutside={!busy}
      withCloseButton={!busy}
      closeButtonProps={{
        'aria-label': run.state === 'ready' ? 'Close' : 'Close without making a report',
      }}
    >
      {busy ? (
        <ReportProgress progress={run.state === 'making' ? run.progress : null} onCancel={cancel} />
      ) : run.state === 'ready' ? (
        <Stack gap="md">
          <Alert color="teal" icon={<IconCircleCheck aria-hidden />} title="The report is ready">
            <Text size="sm">
              {fileName} · {megabytes(run.bytes.byteLength)} · made in{' '}
              {run.seconds < 1 ? 'under a second' : `${run.seconds.toFixed(1)} seconds`}
            </Text>
          </Alert>
          <Group justify="flex-end" gap="sm">
            <Button variant="subtle" onClick={reset}>
              Change the choices
            </Button>
            <Button
              variant="default"
              leftSection={<IconPrinter size={18} aria-hidden />}
              onClick={() => void openToPrint(run.bytes)}
            >
              Open to print
            </Button>
            <Button
              leftSection={<IconDeviceFloppy size={18} aria-hidden />}
              onClick={() => void save(run.bytes)}
            >
              Save PDF…
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack gap="md">
          <Text size="sm">{entry.summary}</Text>
          {run.state === 'cancelled' ? (
            <Alert color="gray" title="Cancelled">
              Nothing was made or saved. Change your choices or make it again.
            </Alert>
          ) : null}
          {run.state === 'failed' ? (
            <Alert color="red" title="The report was not made">
              {run.message}
            </Alert>
          ) : null}
          <ReportSubjectFields
            needs={entry.needs}
            register={register}
            subject={subject}
            onChange={(next) => {
              setSubject(next);
              setProblem(null);
            }}
            error={problem}
          />
          <Checkbox
            label="Mark it CONFIDENTIAL"
            description="On the title page and at the top of every page."
            checked={options.confidential}
            onChange={(event) =>
              setOptions((o) => ({ ...o, confidential: event.currentTarget.checked }))
            }
          />
          <Checkbox
            label="Include internal notes"
            description="The notes kept on records for your own use. Leave them out of anything you hand over."
            checked={options.includeInternalNotes}
            onChange={(event) =>
              setOptions((o) => ({ ...o, includeInternalNotes: event.currentTarget.checked }))
            }
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              Close
            </Button>
            <Button onClick={make}>Make PDF</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
