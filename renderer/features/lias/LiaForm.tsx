/**
 * The wizard for a draft LIA: an About step, then each part of the chosen test. Answers live
 * here until saved; a draft can be saved at any step, and leaving with unsaved answers asks
 * first, as in the other editors.
 */
import { Alert, Stack, Stepper, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconCheck } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Activity, Lia } from '../../../shared/domain';
import { suggestionsFrom } from '../../../shared/lia/prefill';
import {
  missingRequired,
  outcome,
  progress,
  questionsFor,
  type LiaAnswer,
  type LiaPath,
} from '../../../shared/lia/rules';
import { PageHeader } from '../../components/PageHeader';
import { useUnsavedChanges } from '../../components/useUnsavedChanges';
import { saveLia } from '../../db/repos/assessments';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { useUi } from '../../store/ui';
import { AboutStep } from './AboutStep';
import { CompletePanel } from './CompletePanel';
import { EarlierRevisions } from './LiaCompletedView';
import { LiaProgress } from './LiaProgress';
import { QuestionStep } from './QuestionStep';
import { useFocusFromQuery } from '../../navigation/useFocusFromQuery';
import { describeLiaSaveError, type SaveProblem } from './save-problem';
import { WizardActionBar } from './WizardActionBar';
import {
  aboutMissing,
  editedContent,
  stepCompletion,
  stepOfQuestion,
  wizardSteps,
} from './wizard-steps';

export interface LiaFormProps {
  initial: Lia;
  /** Not yet in the register: the first save creates it. */
  isNew: boolean;
  /** The step to open at. */
  startStep: number;
  /** Every activity in the register, for the About step and the suggestions. */
  activities: readonly Activity[];
  /** After a draft save; `step` is where the person was, to carry across a new address. */
  onSaved: (saved: Lia, step: number) => void;
  onCompleted: (saved: Lia) => void;
}

const dismissible = { closeButtonProps: { 'aria-label': 'Dismiss notification' } } as const;

export function LiaForm({
  initial,
  isNew,
  startStep,
  activities,
  onSaved,
  onCompleted,
}: LiaFormProps) {
  const navigate = useGuardedNavigate();
  const [draft, setDraft] = useState(initial);
  const [saved, setSaved] = useState<Lia | null>(isNew ? null : initial);
  const [step, setStep] = useState(startStep);
  useFocusFromQuery();
  const [busy, setBusy] = useState<'saving' | 'completing' | null>(null);
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [titleError, setTitleError] = useState<string | null>(null);
  /** Where the focus goes after the next step change: a question, or the step's heading. */
  const focusTarget = useRef<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const steps = wizardSteps(draft.path);
  const current = Math.min(step, steps.length - 1);
  const currentStep = steps[current] ?? steps[0];
  const baseline = saved ?? initial;
  const dirty = editedContent(draft) !== editedContent(baseline);
  const savedTitle = baseline.title.trim();
  useUnsavedChanges(savedTitle ? `the LIA “${savedTitle}”` : 'the new LIA', dirty);

  const chosen = useMemo(() => {
    const byId = new Map(activities.map((activity) => [activity.id, activity]));
    return draft.activityIds.flatMap((id) => byId.get(id) ?? []);
  }, [activities, draft.activityIds]);
  const suggestions = useMemo(() => suggestionsFrom(chosen), [chosen]);
  const result = outcome(draft.path, draft.answers);
  const missingIds = new Set(missingRequired(draft.path, draft.answers));
  const missingQuestions = questionsFor(draft.path).filter((q) => missingIds.has(q.id));

  // After a step change the focus moves to the new step's heading (or the question asked
  // for), so keyboard and screen reader users start at the top of what changed.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    const target = focusTarget.current;
    focusTarget.current = null;
    if (target) focusQuestion(target);
    else headingRef.current?.focus();
  }, [current]);

  const goTo = (index: number, focus: string | null = null) => {
    focusTarget.current = focus;
    if (index === current) {
      if (focus) focusQuestion(focus);
      else headingRef.current?.focus();
    }
    setStep(index);
  };

  const goToQuestion = (questionId: string) => {
    const index =
      questionId === 'title' || questionId === 'activities'
        ? 0
        : stepOfQuestion(draft.path, questionId);
    goTo(Math.max(index, 0), questionId);
  };

  const answer = (questionId: string, value: LiaAnswer) =>
    setDraft((before) => ({ ...before, answers: { ...before.answers, [questionId]: value } }));

  /** Saves with the given status; the saved LIA, or null when it was not saved. */
  const save = async (status: Lia['status']): Promise<Lia | null> => {
    if (draft.title.trim() === '') {
      setTitleError('Name the assessment, then save again: for example the activity it covers.');
      goTo(0, 'title');
      return null;
    }
    setTitleError(null);
    setProblem(null);
    setBusy(status === 'completed' ? 'completing' : 'saving');
    try {
      const stored = await saveLia({ ...draft, status });
      setSaved(stored);
      // Keep anything typed while the save was under way; take the stored bookkeeping.
      setDraft((before) => ({
        ...before,
        revision: stored.revision,
        history: stored.history,
        createdAt: stored.createdAt,
        updatedAt: stored.updatedAt,
      }));
      return stored;
    } catch (error) {
      setProblem(describeLiaSaveError(error));
      return null;
    } finally {
      setBusy(null);
    }
  };

  const saveDraft = async () => {
    const stored = await save('draft');
    if (!stored) return;
    notifications.show({
      message: `Draft saved: “${stored.title}”`,
      color: 'teal',
      ...dismissible,
    });
    useUi.getState().setDirtyForm(null);
    onSaved(stored, current);
  };

  const complete = async () => {
    const stored = await save('completed');
    if (!stored) return;
    useUi.getState().setDirtyForm(null);
    const dpia =
      result.dpiaNeeded === true ? ' Its activities are now marked as needing a DPIA.' : '';
    const decision =
      stored.answers['decision.can-rely'] === true
        ? 'you can rely on legitimate interests'
        : 'you cannot rely on legitimate interests';
    // A message without a title: a titled notification's grey text falls under AA contrast.
    notifications.show({
      message: `Assessment completed: ${decision}.${dpia}`,
      color: 'teal',
      icon: <IconCheck size={18} aria-hidden />,
      ...dismissible,
    });
    onCompleted(stored);
  };

  const status = progress(draft.path, draft.answers);
  const isLast = current === steps.length - 1;

  return (
    <Stack gap="lg">
      <PageHeader
        title={saved ? savedTitle : 'New legitimate interests assessment'}
        description={
          draft.revision > 1
            ? `Revision ${draft.revision}, a draft. Earlier revisions are kept read-only.`
            : 'Answer the ICO’s questions step by step. Save a draft at any point.'
        }
      />
      {problem ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertCircle aria-hidden />}
          title={problem.title}
          role="alert"
          withCloseButton
          closeButtonLabel="Dismiss this message"
          onClose={() => setProblem(null)}
        >
          {problem.message}
        </Alert>
      ) : null}
      <LiaProgress answered={status.answered} total={status.total} percent={status.percent} />
      <nav aria-label="Steps of the assessment">
        <Stepper active={current} onStepClick={(index) => goTo(index)} size="sm">
          {steps.map((wizardStep, index) => {
            const done = stepCompletion(wizardStep, draft);
            const mark = done.complete ? <IconCheck size={16} aria-hidden /> : index + 1;
            return (
              <Stepper.Step
                key={wizardStep.key}
                label={wizardStep.shortLabel}
                description={
                  done.complete ? 'Complete' : `${done.answered} of ${done.total} answered`
                }
                icon={mark}
                completedIcon={mark}
                color={done.complete ? 'teal.9' : index < current ? 'gray.7' : undefined}
              />
            );
          })}
        </Stepper>
      </nav>
      <Stack gap="lg" component="section" aria-labelledby="lia-step-heading">
        <Stack gap={2}>
          <Text size="sm" c="dimmed">
            Step {current + 1} of {steps.length}
          </Text>
          <Title order={3} id="lia-step-heading" ref={headingRef} tabIndex={-1}>
            {currentStep?.label}
          </Title>
        </Stack>
        {current === 0 ? (
          <AboutStep
            title={draft.title}
            activityIds={draft.activityIds}
            path={draft.path}
            activities={activities}
            titleError={titleError}
            onTitle={(title) => {
              setTitleError(null);
              setDraft((before) => ({ ...before, title }));
            }}
            onActivities={(activityIds) => setDraft((before) => ({ ...before, activityIds }))}
            onPath={(path: LiaPath) => setDraft((before) => ({ ...before, path }))}
          />
        ) : (
          <QuestionStep
            questions={currentStep?.questions ?? []}
            answers={draft.answers}
            onAnswer={answer}
            suggestions={suggestions}
            result={result}
          />
        )}
        {isLast ? (
          <CompletePanel
            missing={missingQuestions}
            aboutMissing={aboutMissing(draft)}
            result={result}
            completing={busy === 'completing'}
            onComplete={() => void complete()}
            onGoTo={goToQuestion}
            steps={steps}
          />
        ) : null}
        <EarlierRevisions lia={draft} />
      </Stack>
      <WizardActionBar
        canGoBack={current > 0}
        nextLabel={isLast ? null : (steps[current + 1]?.label ?? null)}
        onBack={() => goTo(current - 1)}
        onNext={() => goTo(current + 1)}
        onSave={() => void saveDraft()}
        onLeave={() => navigate(paths.lias)}
        saving={busy === 'saving'}
        state={dirty ? 'unsaved' : saved ? 'saved' : 'new'}
      />
    </Stack>
  );
}

/** Puts the focus on a question's input (or its first radio) and brings it into view. */
function focusQuestion(questionId: string) {
  const wrapper = document.querySelector<HTMLElement>(
    `[data-question="${CSS.escape(questionId)}"]`,
  );
  if (!wrapper) return;
  const focusable = wrapper.matches('input, textarea, button')
    ? wrapper
    : wrapper.querySelector<HTMLElement>(
        'input:not([type="hidden"]):not([disabled]), textarea, button',
      );
  (focusable ?? wrapper).scrollIntoView({ block: 'center' });
  focusable?.focus({ preventScroll: true });
}
