/**
 * One breach: the 72-hour clock first, then the ICO's breach log in its order — what happened,
 * causes, the data and people affected, likely consequences, steps taken, the risk, reporting to
 * the ICO, telling people, reasons for delay, what else was involved, and closing it.
 */
import { IconAlertTriangle } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useLocation } from 'wouter';
import type { Breach } from '../../../shared/domain';
import { blankBreach } from '../../../shared/logs/blanks';
import { useRecordForm } from '../../components/RecordEditor';
import { listActivities } from '../../db/repos/activities';
import { getBreach, saveBreach } from '../../db/repos/breaches';
import { listThirdParties } from '../../db/repos/third-parties';
import { paths } from '../../navigation/paths';
import { LogEditor } from '../logs/LogEditor';
import { RecordLoader } from '../../components/RecordLoader';
import { useLogEntrySave } from '../logs/useLogEntrySave';
import { breachKit as kit } from './breach-fields';
import { toBreach, toFormValues, validateBreachForm, type BreachFormValues } from './breach-form';
import { BreachClockPanel } from './BreachClockPanel';
import { confirmDeleteBreach } from './confirmDeleteBreach';
import { ClosingSection } from './sections/ClosingSection';
import {
  DelaySection,
  IcoSection,
  IndividualsSection,
  RiskSection,
} from './sections/DecisionSections';
import {
  AffectedSection,
  CausesSection,
  ConsequencesSection,
  StepsSection,
  WhatHappenedSection,
} from './sections/FactsSections';
import { LinksSection } from './sections/LinksSection';
import { useNow } from './useNow';

export function BreachEditor({ id }: { id: string }) {
  return (
    <RecordLoader
      id={id}
      get={getBreach}
      loadingLabel="Loading the breach"
      notFound={{
        heading: 'Breach not found',
        title: 'This breach is not in the log',
        icon: <IconAlertTriangle size={26} />,
        backTo: paths.breaches,
        backLabel: 'Go to the breach log',
      }}
    >
      {(stored) => <Editor stored={stored} />}
    </RecordLoader>
  );
}

/** Now, to the minute: what a person can enter in the form. */
const thisMinute = (now: string): string =>
  new Date(Math.floor(Date.parse(now) / 60_000) * 60_000).toISOString();

function Editor({ stored }: { stored: Breach | null }) {
  const [, navigate] = useLocation();
  const now = useNow();
  // The same values object for the same row, so the form only follows a real change.
  const storedValues = useMemo(() => (stored ? toFormValues(stored) : null), [stored]);
  const form = useRecordForm<BreachFormValues>(
    storedValues,
    (at) => toFormValues(blankBreach(at, { discoveredAt: thisMinute(at) })),
    (values) => validateBreachForm(values),
  );
  const activities = useLiveQuery(listActivities, []);
  const parties = useLiveQuery(listThirdParties, []);
  const { dirty, save } = useLogEntrySave(form, {
    stored: stored !== null,
    name: stored ? `the breach “${stored.title}”` : 'the new breach',
    noun: 'Breach',
    phrase: (saved) => `breach “${saved.title}”`,
    save: async (values) => toFormValues(await saveBreach(toBreach(values))),
    href: (saved) => paths.breach(saved.id),
  });

  return (
    <LogEditor
      formId="breach-form"
      errors={form.errors}
      save={save}
      labelFor={kit.labelFor}
      title={stored ? stored.title : 'Record a breach'}
      description="A personal data breach: a security incident that led to personal data being lost, destroyed, altered, disclosed or accessed without authority, or made unavailable."
      dirty={dirty}
      back={{ to: paths.breaches, label: 'Breach log' }}
      onDelete={
        stored
          ? () => confirmDeleteBreach(stored.id, stored.title, () => navigate(paths.breaches))
          : undefined
      }
      status={<BreachClockPanel values={form.values} now={now} />}
    >
      <WhatHappenedSection form={form} />
      <CausesSection form={form} />
      <AffectedSection form={form} />
      <ConsequencesSection form={form} />
      <StepsSection form={form} />
      <RiskSection form={form} />
      <IcoSection form={form} />
      <IndividualsSection form={form} />
      <DelaySection form={form} />
      <LinksSection form={form} activities={activities} parties={parties} />
      <ClosingSection form={form} />
    </LogEditor>
  );
}
