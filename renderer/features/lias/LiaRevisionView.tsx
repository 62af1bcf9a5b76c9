/** An earlier revision of an LIA, exactly as it was kept: read-only, and labelled so. */
import { Button, Stack } from '@mantine/core';
import { IconArrowLeft, IconFileUnknown } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { NotFound } from '../../components/NotFound';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { listActivities } from '../../db/repos/activities';
import { getLia } from '../../db/repos/assessments';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { LiaAnswerSheet } from './LiaAnswerSheet';
import { LiaSummary } from './LiaSummary';

export function LiaRevisionView({ id, revision }: { id: string; revision: number }) {
  const navigate = useGuardedNavigate();
  const lia = useLiveQuery(async () => (await getLia(id)) ?? null, [id]);
  const activities = useLiveQuery(listActivities);
  if (lia === undefined || activities === undefined) {
    return <PageLoader label="Loading the revision" />;
  }
  const kept = lia?.history.find((entry) => entry.revision === revision);
  if (!lia || !kept) {
    return (
      <NotFound
        heading="Earlier revision"
        title="There is no such revision"
        icon={<IconFileUnknown size={26} />}
        backTo={lia ? paths.lia(lia.id) : paths.lias}
        backLabel={lia ? 'Open the current revision' : 'Back to the assessments'}
        backIcon={<IconArrowLeft size={18} aria-hidden />}
      >
        {lia
          ? `“${lia.title}” keeps revisions 1 to ${lia.revision - 1} read-only; the current one is revision ${lia.revision}.`
          : 'The assessment may have been deleted, or the register replaced by an import.'}
      </NotFound>
    );
  }
  return (
    <Stack gap="lg">
      <PageHeader
        title={`Revision ${kept.revision} — read-only`}
        description={`An earlier revision of “${lia.title}”, kept as it was on ${dayjs(kept.savedAt).format('D MMMM YYYY [at] HH:mm')}. It cannot be changed; the current revision is ${lia.revision}.`}
        actions={
          <Button
            variant="default"
            leftSection={<IconArrowLeft size={18} aria-hidden />}
            onClick={() => navigate(paths.lia(lia.id))}
          >
            Current revision
          </Button>
        }
      />
      <LiaSummary
        path={kept.path}
        answers={kept.answers}
        status={kept.status}
        activityIds={lia.activityIds}
        activities={activities}
      />
      <LiaAnswerSheet path={kept.path} answers={kept.answers} />
    </Stack>
  );
}
