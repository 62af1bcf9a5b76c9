/** An earlier revision of a transfer risk assessment, read-only, as it was saved. */
import { Alert, Button } from '@mantine/core';
import { IconArrowLeft, IconFileSearch, IconHistory } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { NotFound } from '../../components/NotFound';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { readableAlert } from '../../components/readableAlert';
import { getTra } from '../../db/repos/assessments';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { TraAnswersView } from './TraAnswersView';
import { TransferLine } from './TraHeader';

export function TraRevisionView({ id, revision }: { id: string; revision: number }) {
  const navigate = useGuardedNavigate();
  const tra = useLiveQuery(async () => (await getTra(id)) ?? null, [id]);
  if (tra === undefined) return <PageLoader label="Loading the revision" />;
  const kept = tra?.history.find((r) => r.revision === revision);
  if (!tra || !kept) {
    return (
      <NotFound
        heading="Revision not found"
        title="This revision is not in the register"
        icon={<IconFileSearch size={26} />}
        backTo={tra ? paths.tra(tra.id) : paths.transfers}
        backLabel={tra ? 'Open the current revision' : 'Go to transfers'}
      >
        The assessment may have been deleted, or the link is out of date.
      </NotFound>
    );
  }
  return (
    <>
      <PageHeader
        title={`Revision ${revision} — read-only`}
        description={<TransferLine transferId={tra.transferId} />}
        actions={
          <Button
            variant="default"
            leftSection={<IconArrowLeft size={18} aria-hidden />}
            onClick={() => navigate(paths.tra(tra.id))}
          >
            Current revision ({tra.revision})
          </Button>
        }
      />
      <Alert
        color="gray"
        variant="light"
        icon={<IconHistory aria-hidden />}
        title={`Saved ${dayjs(kept.savedAt).format('D MMMM YYYY')} as ${kept.status === 'completed' ? 'completed' : 'a draft'}`}
        styles={readableAlert}
        mb="lg"
      >
        An earlier revision, kept as it was. It cannot be changed.
      </Alert>
      <TraAnswersView answers={kept.answers} />
    </>
  );
}
