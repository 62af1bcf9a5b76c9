/** What a report is about, where it is about one thing: the assessment, or the funder and programme. */
import { Select, Stack } from '@mantine/core';
import { useMemo } from 'react';
import type { Register } from '../../../shared/domain';
import { funderChoices, type ReportSubject } from '../../../shared/reports';
import type { ReportEntry } from './catalogue';

const ALL_PROGRAMMES = '';

export interface ReportSubjectFieldsProps {
  needs: ReportEntry['needs'];
  register: Register;
  subject: ReportSubject;
  onChange: (subject: ReportSubject) => void;
  /** Why the report cannot be made yet, shown on the first field. */
  error: string | null;
}

/** The subject a report starts with: the first assessment, the first funder and all its work. */
export function initialSubject(needs: ReportEntry['needs'], register: Register): ReportSubject {
  if (needs === 'lia') return { liaId: register.lias[0]?.id };
  if (needs === 'funder') return { funderId: funderChoices(register)[0]?.id };
  return {};
}

/** The problem with a subject, in words, or null when the report can be made. */
export function subjectProblem(needs: ReportEntry['needs'], subject: ReportSubject): string | null {
  if (needs === 'lia' && subject.liaId === undefined) return 'Choose the assessment to report on.';
  if (needs === 'funder' && subject.funderId === undefined)
    return 'Choose the funder the pack is for.';
  return null;
}

export function ReportSubjectFields(props: ReportSubjectFieldsProps) {
  const { needs, register, subject, onChange, error } = props;
  const funders = useMemo(() => funderChoices(register), [register]);
  if (needs === 'lia') {
    const none = register.lias.length === 0;
    return (
      <Select
        label="Assessment"
        placeholder={none ? 'No assessments yet' : 'Choose one'}
        data={register.lias.map((l) => ({
          value: l.id,
          label: l.status === 'draft' ? `${l.title} (draft)` : l.title,
        }))}
        value={subject.liaId ?? null}
        onChange={(liaId) => onChange({ liaId: liaId ?? undefined })}
        error={error}
        searchable
        nothingFoundMessage="No assessment has that name"
        disabled={none}
        description={
          none
            ? 'Record a legitimate interests assessment first, under Legitimate interests.'
            : undefined
        }
      />
    );
  }
  if (needs === 'funder') {
    const none = funders.length === 0;
    const programmes = funders.find((f) => f.id === subject.funderId)?.programmes ?? [];
    return (
      <Stack gap="sm">
        <Select
          label="Funder"
          placeholder={none ? 'No funders yet' : 'Choose one'}
          data={funders.map((f) => ({ value: f.id, label: f.name }))}
          value={subject.funderId ?? null}
          onChange={(funderId) => onChange({ funderId: funderId ?? undefined })}
          error={error}
          searchable
          nothingFoundMessage="No funder has that name"
          disabled={none}
          description={
            none
              ? 'Add the funder under Third parties, with the type Funder, and name it on the activities it pays for.'
              : undefined
          }
        />
        <Select
          label="Programme"
          data={[
            { value: ALL_PROGRAMMES, label: 'All of its programmes' },
            ...programmes.map((p) => ({ value: p, label: p })),
          ]}
          value={subject.programme ?? ALL_PROGRAMMES}
          onChange={(programme) =>
            onChange({
              funderId: subject.funderId,
              programme: programme === null || programme === ALL_PROGRAMMES ? undefined : programme,
            })
          }
          disabled={programmes.length === 0}
          description={
            subject.funderId !== undefined && programmes.length === 0
              ? 'No programme is named on this funder’s activities, so the pack covers all its work.'
              : 'The pack covers only the activities of that programme.'
          }
        />
      </Stack>
    );
  }
  return null;
}
