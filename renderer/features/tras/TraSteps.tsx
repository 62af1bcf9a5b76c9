/** The assessment's steps: one ICO question at a time, then the outcome; save a draft at any step. */
import { Button, Grid, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconArrowRight, IconCheck, IconDeviceFloppy } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import type { Answers, Tra } from '../../../shared/domain';
import {
  missingToComplete,
  resumeStep,
  stepOf,
  traOutcomeIds,
  traStepIds,
} from '../../../shared/tra/outcome';
import { traQuestions } from '../../../shared/tra/questions';
import { notifyFailure } from '../../components/notifyFailure';
import { PageHeader } from '../../components/PageHeader';
import { useUnsavedChanges } from '../../components/useUnsavedChanges';
import { getSettings } from '../../db/repos/settings';
import { paths } from '../../navigation/paths';
import { saveTraAndTransfer } from './saveTraAndTransfer';
import { TransferLine } from './TraHeader';
import { TraOutcomeStep } from './TraOutcomeStep';
import { TraQuestionStep } from './TraQuestionStep';
import { TraStepper } from './TraStepper';

const today = () => new Date().toISOString().slice(0, 10);

export function TraSteps({ tra, isNew }: { tra: Tra; isNew: boolean }) {
  const [, navigate] = useLocation();
  const settings = useLiveQuery(getSettings, []);
  const [saved, setSaved] = useState<Answers>(tra.answers);
  const [answers, setAnswers] = useState<Answers>(tra.answers);
  const [step, setStep] = useState(() => resumeStep(tra.answers));
  const [triedToComplete, setTriedToComplete] = useState(false);
  const [saving, setSaving] = useState(false);
  const dirty = JSON.stringify(answers) !== JSON.stringify(saved);
  useUnsavedChanges('the transfer risk assessment', dirty);

  const missing = missingToComplete(answers);
  const done = useMemo(
    () =>
      traStepIds.map((id, index) =>
        index === traStepIds.length - 1
          ? !missing.some((m) => stepOf(m) === index)
          : !missing.includes(id),
      ),
    [missing],
  );
  const setAnswer = (id: string, value: string | boolean | null) =>
    setAnswers((current) => ({ ...current, [id]: value }));

  const goToStep = (index: number) => {
    // The outcome step starts with who is at the desk and today's date, for them to change.
    if (index === traStepIds.length - 1) {
      setAnswers((current) => ({
        ...current,
        [traOutcomeIds.completedBy]: current[traOutcomeIds.completedBy] ?? settings?.userName ?? '',
        [traOutcomeIds.completedOn]: current[traOutcomeIds.completedOn] ?? today(),
      }));
    }
    setStep(index);
    requestAnimationFrame(() => document.getElementById('tra-step')?.focus());
  };

  const store = async (status: Tra['status']) => {
    setSaving(true);
    try {
      const stored = await saveTraAndTransfer({ ...tra, answers, status });
      setSaved(stored.answers);
      notifications.show({
        color: 'teal',
        title: status === 'completed' ? 'Assessment completed' : 'Draft saved',
        message:
          status === 'completed'
            ? 'The transfer risk assessment is complete and now reads as such on its transfer.'
            : 'Come back at any time: it opens at the first question still to answer.',
      });
      if (isNew) navigate(paths.tra(stored.id), { replace: true });
    } catch (error) {
      notifyFailure(
        status === 'completed' ? 'It was not completed' : 'The draft was not saved',
        error,
      );
    } finally {
      setSaving(false);
    }
  };

  const complete = () => {
    setTriedToComplete(true);
    if (missing.length > 0) {
      requestAnimationFrame(() =>
        document.querySelector<HTMLElement>('[data-testid="tra-missing"]')?.focus(),
      );
      return;
    }
    void store('completed');
  };

  const question = traQuestions[step];
  const last = step === traStepIds.length - 1;
  return (
    <>
      <PageHeader
        title={`Transfer risk assessment${tra.revision > 1 ? ` — revision ${tra.revision}` : ''}`}
        description={<TransferLine transferId={tra.transferId} />}
        actions={
          <Button
            variant="default"
            loading={saving}
            onClick={() => void store('draft')}
            leftSection={<IconDeviceFloppy size={18} aria-hidden />}
          >
            Save draft
          </Button>
        }
      />
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
          <TraStepper active={step} onStepClick={goToStep} done={done} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
          <Paper
            withBorder
            radius="md"
            p="lg"
            id="tra-step"
            tabIndex={-1}
            component="section"
            aria-label={`Step ${step + 1} of ${traStepIds.length}`}
          >
            <Stack gap="lg">
              <Text size="sm" c="dimmed">
                Step {step + 1} of {traStepIds.length}
                {question ? ' · the ICO’s question, in its words' : ' · the outcome'}
              </Text>
              {question ? (
                <TraQuestionStep
                  question={question}
                  value={answers[question.id]}
                  onChange={(value) => setAnswer(question.id, value)}
                />
              ) : (
                <TraOutcomeStep
                  answers={answers}
                  onChange={setAnswer}
                  missing={missing}
                  showMissing={triedToComplete}
                  onGoTo={(id) => goToStep(stepOf(id))}
                />
              )}
              <Group justify="space-between">
                <Button
                  variant="default"
                  disabled={step === 0}
                  onClick={() => goToStep(step - 1)}
                  leftSection={<IconArrowLeft size={16} aria-hidden />}
                >
                  Back
                </Button>
                {last ? (
                  <Button
                    loading={saving}
                    onClick={complete}
                    leftSection={<IconCheck size={16} aria-hidden />}
                  >
                    Complete the assessment
                  </Button>
                ) : (
                  <Button
                    onClick={() => goToStep(step + 1)}
                    rightSection={<IconArrowRight size={16} aria-hidden />}
                  >
                    Next
                  </Button>
                )}
              </Group>
            </Stack>
          </Paper>
        </Grid.Col>
      </Grid>
    </>
  );
}
