/** A completed assessment, read-only: revise it (the current one is kept), or open earlier ones. */
import { Alert, Button, List, Paper, Stack, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconCircleCheck, IconPencil } from '@tabler/icons-react';
import dayjs from 'dayjs';
import type { Tra } from '../../../shared/domain';
import { notifyFailure } from '../../components/notifyFailure';
import { PageHeader } from '../../components/PageHeader';
import { readableAlert } from '../../components/readableAlert';
import { paths } from '../../navigation/paths';
import { GuardedLink } from '../third-parties/GuardedLink';
import { ReviewsSection } from '../reviews/RecordReviews';
import { reviseTraAndTransfer } from './saveTraAndTransfer';
import { TraAnswersView } from './TraAnswersView';
import { TransferLine } from './TraHeader';

function confirmRevise(tra: Tra) {
  modals.openConfirmModal({
    title: 'Revise this assessment?',
    children: `Revision ${tra.revision} is kept, read-only, and revision ${tra.revision + 1} starts as a draft with the same answers. Its transfer reads as in progress until you complete it again.`,
    labels: { confirm: 'Start a revision', cancel: 'Cancel' },
    onConfirm: () => {
      reviseTraAndTransfer(tra.id).catch((error: unknown) =>
        notifyFailure('The revision was not started', error),
      );
    },
  });
}

export function CompletedTra({ tra }: { tra: Tra }) {
  return (
    <>
      <PageHeader
        title={`Transfer risk assessment${tra.revision > 1 ? ` — revision ${tra.revision}` : ''}`}
        description={<TransferLine transferId={tra.transferId} />}
        actions={
          <Button
            leftSection={<IconPencil size={18} aria-hidden />}
            onClick={() => confirmRevise(tra)}
          >
            Revise
          </Button>
        }
      />
      <Stack gap="lg">
        <Alert
          color="teal"
          variant="light"
          icon={<IconCircleCheck aria-hidden />}
          title="Completed"
          styles={readableAlert}
        >
          Completed and saved on {dayjs(tra.updatedAt).format('D MMMM YYYY')}. It is read-only: to
          change an answer, revise it.
        </Alert>
        <ReviewsSection
          kind="tra"
          id={tra.id}
          name="Transfer risk assessment"
          intro="Until it has a review of its own, the assessment is reviewed with its transfer. A recorded review sets its own next review date; the completed answers stay as they are."
        />
        <TraAnswersView answers={tra.answers} />
        {tra.history.length > 0 ? (
          <Paper
            withBorder
            p="lg"
            radius="md"
            component="section"
            aria-labelledby="tra-history-heading"
          >
            <Title order={3} size="h4" id="tra-history-heading" mb="sm">
              Earlier revisions
            </Title>
            <List size="sm" spacing={4}>
              {[...tra.history].reverse().map((revision) => (
                <List.Item key={revision.revision}>
                  <GuardedLink to={paths.traRevision(tra.id, revision.revision)} size="sm">
                    Revision {revision.revision}
                  </GuardedLink>{' '}
                  — {revision.status === 'completed' ? 'completed' : 'draft'}, saved{' '}
                  {dayjs(revision.savedAt).format('D MMM YYYY')}
                </List.Item>
              ))}
            </List>
          </Paper>
        ) : null}
      </Stack>
    </>
  );
}
