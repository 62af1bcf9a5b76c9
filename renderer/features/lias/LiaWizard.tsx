/**
 * The LIA screen: a new assessment (optionally for one activity), a draft to carry on with, or
 * a completed one shown read-only until it is revised; or a clear message when there is none.
 */
import { IconArrowLeft, IconFileUnknown } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useLocation, useSearch } from 'wouter';
import { blankLia, type Activity, type Lia } from '../../../shared/domain';
import { NotFound } from '../../components/NotFound';
import { PageLoader } from '../../components/PageLoader';
import { listActivities } from '../../db/repos/activities';
import { getLia } from '../../db/repos/assessments';
import { paths } from '../../navigation/paths';
import { LiaCompletedView } from './LiaCompletedView';
import { LiaForm } from './LiaForm';
import { resumeStep, stepOfQuestion } from './wizard-steps';

/**
 * The step a new LIA was at when first saved. Saving gives it an address of its own, which
 * mounts this screen afresh; this carries the step across so the person stays where they were.
 */
const stepAfterFirstSave = new Map<string, number>();

const stepFor = (lia: Lia, field: string | null): number | null => {
  const step = field ? stepOfQuestion(lia.path, field) : -1;
  return step >= 0 ? step : null;
};

export function LiaWizard({ id }: { id: string }) {
  const activities = useLiveQuery(listActivities);
  if (!activities) return <PageLoader label="Loading the assessment" />;
  return id === 'new' ? (
    <NewLia activities={activities} />
  ) : (
    <StoredLia id={id} activities={activities} />
  );
}

function NewLia({ activities }: { activities: Activity[] }) {
  const [, navigate] = useLocation();
  const wanted = new URLSearchParams(useSearch()).get('activity');
  // Built once: a re-render must not replace what the person has typed with a fresh draft.
  const [initial] = useState<Lia>(() => {
    const activity = activities.find((candidate) => candidate.id === wanted);
    return blankLia(new Date().toISOString(), {
      title: activity?.name ?? '',
      activityIds: activity ? [activity.id] : [],
      path: activity?.lawfulBasis === 'recognised-legitimate-interest' ? 'recognised' : 'standard',
    });
  });
  return (
    <LiaForm
      initial={initial}
      isNew
      startStep={0}
      activities={activities}
      onSaved={(saved, step) => {
        stepAfterFirstSave.set(saved.id, step);
        navigate(paths.lia(saved.id), { replace: true });
      }}
      onCompleted={(saved) => navigate(paths.lia(saved.id), { replace: true })}
    />
  );
}

function StoredLia({ id, activities }: { id: string; activities: Activity[] }) {
  const live = useLiveQuery(async () => (await getLia(id)) ?? null, [id]);
  // A finding's "Fix" link names a question: the draft opens at the step that asks it.
  const field = new URLSearchParams(useSearch()).get('field');
  // The wizard starts from the first copy read and keeps the person's answers from then on.
  const [current, setCurrent] = useState<Lia | null>(null);
  if (current === null && live) setCurrent(live);

  if (current === null) {
    if (live === undefined) return <PageLoader label="Loading the assessment" />;
    return (
      <NotFound
        heading="Legitimate interests assessment"
        title="This assessment no longer exists"
        icon={<IconFileUnknown size={26} />}
        backTo={paths.lias}
        backLabel="Back to the assessments"
        backIcon={<IconArrowLeft size={18} aria-hidden />}
      >
        It may have been deleted, or the register replaced by an import. The audit trail keeps a
        record of every assessment saved.
      </NotFound>
    );
  }
  if (current.status === 'completed') {
    return (
      <LiaCompletedView
        key={current.revision}
        lia={live && live.updatedAt >= current.updatedAt ? live : current}
        activities={activities}
        onRevised={setCurrent}
      />
    );
  }
  const carried = stepAfterFirstSave.get(current.id);
  stepAfterFirstSave.delete(current.id);
  return (
    <LiaForm
      key={current.revision}
      initial={current}
      isNew={false}
      startStep={carried ?? stepFor(current, field) ?? resumeStep(current)}
      activities={activities}
      onSaved={() => undefined}
      onCompleted={setCurrent}
    />
  );
}
