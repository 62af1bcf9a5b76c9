/**
 * A transfer risk assessment, following the ICO's TRA tool one question at a time. A draft is
 * saved at any step and resumes at its first missing answer; a completed one opens read-only,
 * to be revised (the earlier revision is kept).
 */
import { IconFileSearch } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { useLocation, useSearch } from 'wouter';
import { blankTra } from '../../../shared/domain';
import { NotFound } from '../../components/NotFound';
import { PageLoader } from '../../components/PageLoader';
import { getTra, trasFor } from '../../db/repos/assessments';
import { getTransfer } from '../../db/repos/transfers';
import { paths } from '../../navigation/paths';
import { CompletedTra } from './CompletedTra';
import { TraSteps } from './TraSteps';

function Missing({ what }: { what: 'assessment' | 'transfer' }) {
  return (
    <NotFound
      heading={what === 'assessment' ? 'Assessment not found' : 'Transfer not found'}
      title={
        what === 'assessment'
          ? 'This transfer risk assessment is not in the register'
          : 'The transfer this assessment is for is not in the register'
      }
      icon={<IconFileSearch size={26} />}
      backTo={paths.transfers}
      backLabel="Go to transfers"
    >
      It may have been deleted, or the link is out of date.
    </NotFound>
  );
}

export function TraWizard({ id }: { id: string }) {
  return id === 'new' ? <NewTra /> : <StoredTra id={id} />;
}

/** A new assessment for the transfer in the address; one that exists already opens instead. */
function NewTra() {
  const [, navigate] = useLocation();
  const transferId = new URLSearchParams(useSearch()).get('transfer') ?? '';
  const found = useLiveQuery(async () => {
    const transfer = await getTransfer(transferId);
    const existing = transfer ? await trasFor(transferId) : [];
    return { transfer: transfer ?? null, existing: existing[0] ?? null };
  }, [transferId]);
  const existingId = found?.existing?.id;
  useEffect(() => {
    if (existingId) navigate(paths.tra(existingId), { replace: true });
  }, [existingId, navigate]);
  if (!found || found.existing) return <PageLoader label="Loading the assessment" />;
  if (!found.transfer) return <Missing what="transfer" />;
  return <TraSteps tra={blankTra(new Date().toISOString(), { transferId })} isNew />;
}

function StoredTra({ id }: { id: string }) {
  // null once read and absent; undefined while still reading.
  const stored = useLiveQuery(async () => (await getTra(id)) ?? null, [id]);
  if (stored === undefined) return <PageLoader label="Loading the assessment" />;
  if (stored === null) return <Missing what="assessment" />;
  return stored.status === 'completed' ? (
    <CompletedTra tra={stored} />
  ) : (
    // A new revision starts the steps afresh from its own answers.
    <TraSteps key={stored.revision} tra={stored} isNew={false} />
  );
}
