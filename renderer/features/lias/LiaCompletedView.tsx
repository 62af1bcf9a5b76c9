/** A completed LIA, read-only: its outcome and answers, its earlier revisions, and "Revise". */
import { Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconEdit } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useState } from 'react';
import type { Activity, Lia } from '../../../shared/domain';
import { notifyFailure } from '../../components/notifyFailure';
import { PageHeader } from '../../components/PageHeader';
import { reviseLia } from '../../db/repos/assessments';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { GuardedLink } from '../third-parties/GuardedLink';
import { reviewQuestion } from '../../../shared/lia/questions';
import { ReviewsSection } from '../reviews/RecordReviews';
import { useFocusFromQuery } from '../../navigation/useFocusFromQuery';
import { ConfirmDraftedAnswers } from './ConfirmDraftedAnswers';
import { LiaAnswerSheet } from './LiaAnswerSheet';
import { LiaSummary } from './LiaSummary';

export interface LiaCompletedViewProps {
  lia: Lia;
  activities: readonly Activity[];
  /** With the new draft revision, to edit it. */
  onRevised: (draft: Lia) => void;
}

export function LiaCompletedView({ lia, activities, onRevised }: LiaCompletedViewProps) {
  const navigate = useGuardedNavigate();
  const [revising, setRevising] = useState(false);
  // Read-only: a finding's link lands on the way to change it (a review, or Revise).
  useFocusFromQuery(true, (field) => (field === reviewQuestion.id ? ['#reviews'] : ['revise']));

  const revise = async () => {
    setRevising(true);
    try {
      const draft = await reviseLia(lia.id);
      notifications.show({
        message: `Started revision ${draft.revision}. Revision ${lia.revision} is kept, read-only.`,
        closeButtonProps: { 'aria-label': 'Dismiss notification' },
      });
      onRevised(draft);
    } catch (error) {
      notifyFailure('The revision could not be started. Try again; nothing has changed.', error);
    } finally {
      setRevising(false);
    }
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title={lia.title}
        description={`Completed legitimate interests assessment, revision ${lia.revision}. It is read-only: revise it to change any answer.`}
        actions={
          <>
            <Button
              variant="default"
              leftSection={<IconArrowLeft size={18} aria-hidden />}
              onClick={() => navigate(paths.lias)}
            >
              All assessments
            </Button>
            <Button
              data-path="revise"
              leftSection={<IconEdit size={18} aria-hidden />}
              onClick={() => void revise()}
              loading={revising}
            >
              Revise
            </Button>
          </>
        }
      />
      <ConfirmDraftedAnswers lia={lia} />
      <LiaSummary
        path={lia.path}
        answers={lia.answers}
        status={lia.status}
        activityIds={lia.activityIds}
        activities={activities}
      />
      <ReviewsSection
        kind="lia"
        id={lia.id}
        name={lia.title}
        intro="Revisit the assessment at least yearly, or sooner if the processing changes. A recorded review sets the next review date from then on; the completed answers stay as they are."
      />
      <EarlierRevisions lia={lia} />
      <LiaAnswerSheet path={lia.path} answers={lia.answers} />
    </Stack>
  );
}

/** Links to every earlier revision, newest first. */
export function EarlierRevisions({ lia }: { lia: Lia }) {
  if (lia.history.length === 0) return null;
  return (
    <Paper withBorder radius="md" p="lg" component="section" aria-labelledby="lia-revisions">
      <Title order={3} size="h4" id="lia-revisions" mb="xs">
        Earlier revisions
      </Title>
      <List size="sm" spacing={4}>
        {[...lia.history].reverse().map((kept) => (
          <List.Item key={kept.revision}>
            <Group gap={6} wrap="wrap">
              <GuardedLink to={paths.liaRevision(lia.id, kept.revision)} size="sm">
                Revision {kept.revision}
              </GuardedLink>
              <Text size="sm" c="dimmed">
                {kept.status === 'completed' ? 'completed' : 'draft'}, saved{' '}
                {dayjs(kept.savedAt).format('D MMM YYYY, HH:mm')}
              </Text>
            </Group>
          </List.Item>
        ))}
      </List>
    </Paper>
  );
}
