/**
 * One restricted transfer: its recipient, destinations and safeguard, what each destination
 * needs today, its transfer risk assessment, and delete.
 */
import { Button } from '@mantine/core';
import { IconArrowLeft, IconTrash, IconWorldQuestion } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import { useLocation, useSearch } from 'wouter';
import { blankTransfer, type Transfer } from '../../../shared/domain';
import { isCountryCode } from '../../../shared/reference/countries';
import { requirementsFor, traNeeded, traStatusFor } from '../../../shared/transfers/verdict';
import { InternalNotesSection } from '../../components/InternalNotesSection';
import { RecordLoader } from '../../components/RecordLoader';
import { RecordEditor, useRecordForm, useRecordSave } from '../../components/RecordEditor';
import { useUnsavedChanges } from '../../components/useUnsavedChanges';
import { listActivities } from '../../db/repos/activities';
import type { AdequacyState } from '../../db/repos/adequacy';
import { trasFor } from '../../db/repos/assessments';
import { listThirdParties } from '../../db/repos/third-parties';
import { getTransfer, saveTransfer } from '../../db/repos/transfers';
import { paths } from '../../navigation/paths';
import { GuardedLink } from '../third-parties/GuardedLink';
import { confirmDeleteTransfer } from './confirmDeleteTransfer';
import { DestinationsSection } from './sections/DestinationsSection';
import { RecipientSection } from './sections/RecipientSection';
import { HistoryLink } from '../audit-trail/HistoryLink';
import { ReviewsSection } from '../reviews/RecordReviews';
import { useFocusFromQuery } from '../../navigation/useFocusFromQuery';
import { ReviewSection } from './sections/ReviewSection';
import { TraPanel } from './sections/TraPanel';
import { transferKit, validateTransfer } from './transfer-fields';
import { today, useAdequacy } from './useAdequacy';

/** What a new transfer starts with, from the address (`?thirdParty=…&destinations=US,IN`). */
interface Preset {
  thirdPartyId: string;
  destinations: string[];
}

function presetFrom(search: string): Preset {
  const query = new URLSearchParams(search);
  const destinations = (query.get('destinations') ?? '')
    .split(',')
    .map((code) => code.trim().toUpperCase())
    .filter((code) => isCountryCode(code) && code !== 'GB');
  return { thirdPartyId: query.get('thirdParty') ?? '', destinations: [...new Set(destinations)] };
}

export function TransferEditor({ id }: { id: string }) {
  const search = useSearch();
  const adequacy = useAdequacy();
  return (
    <RecordLoader
      id={id}
      get={getTransfer}
      ready={adequacy !== undefined}
      loadingLabel="Loading the transfer"
      notFound={{
        heading: 'Transfer not found',
        title: 'This transfer is not in the register',
        icon: <IconWorldQuestion size={26} />,
        backTo: paths.transfers,
        backLabel: 'Go to transfers',
      }}
    >
      {(stored) =>
        adequacy && <Editor stored={stored} preset={presetFrom(search)} adequacy={adequacy} />
      }
    </RecordLoader>
  );
}

interface EditorProps {
  stored: Transfer | null;
  preset: Preset;
  adequacy: AdequacyState;
}

function Editor({ stored, preset, adequacy }: EditorProps) {
  const [, navigate] = useLocation();
  const savedId = stored?.id ?? null;
  const form = useRecordForm(stored, (now) => blankTransfer(now, preset), validateTransfer);
  const parties = useLiveQuery(listThirdParties, []);
  const activities = useLiveQuery(listActivities, []);
  const tras = useLiveQuery(() => (savedId ? trasFor(savedId) : []), [savedId]);
  // The TRA panel (a finding's place for "traStatus") appears once the assessments are read.
  useFocusFromQuery(parties !== undefined && tras !== undefined);
  const latestTra = useMemo(
    () => [...(tras ?? [])].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0] ?? null,
    [tras],
  );

  const on = today();
  const requirements = requirementsFor(form.values, adequacy.list, on);
  const needed = traNeeded(requirements, form.values.mechanism);
  const recipient = parties?.find((p) => p.id === form.values.thirdPartyId)?.name;
  const storedRecipient = parties?.find((p) => p.id === stored?.thirdPartyId)?.name;
  const name = `the transfer to “${storedRecipient ?? recipient ?? 'a new recipient'}”`;
  const dirty = form.isDirty();
  useUnsavedChanges(name, dirty);

  const save = useRecordSave(form, {
    // Where the assessment stands follows from the transfer as saved and its assessment.
    save: (values) => saveTransfer({ ...values, traStatus: traStatusFor(needed, latestTra) }),
    afterSave: (saved) => {
      if (!savedId) navigate(paths.transfer(saved.id), { replace: true });
    },
    savedNotice: () => ({ title: 'Transfer saved', message: `${name} is up to date.` }),
    failedTitle: 'The transfer was not saved',
  });

  const remove = () => {
    if (!stored) return;
    confirmDeleteTransfer(stored.id, name, tras?.length ?? 0, () => navigate(paths.transfers));
  };

  return (
    <>
      <GuardedLink
        to={paths.transfers}
        size="sm"
        mb="xs"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={14} aria-hidden /> Transfers
      </GuardedLink>
      <RecordEditor
        formId="transfer-form"
        form={form}
        save={save}
        labelFor={transferKit.labelFor}
        title={stored ? `Transfer to ${storedRecipient ?? '…'}` : 'New transfer'}
        description="A restricted transfer of personal data outside the UK, and what makes it lawful."
        dirty={dirty}
        actions={
          stored ? (
            <>
              <HistoryLink
                entity="transfer"
                id={stored.id}
                name={`the transfer to ${storedRecipient ?? 'an unknown recipient'}`}
              />
              <Button
                variant="default"
                color="red"
                leftSection={<IconTrash size={18} aria-hidden />}
                onClick={remove}
              >
                Delete
              </Button>
            </>
          ) : null
        }
      >
        <RecipientSection form={form} parties={parties} activities={activities} />
        <DestinationsSection
          form={form}
          requirements={requirements}
          adequacy={adequacy.list}
          on={on}
          recipient={recipient ?? 'the recipient'}
        />
        <TraPanel transferId={dirty ? null : savedId} needed={needed} tra={latestTra} />
        <ReviewSection form={form} />
        <ReviewsSection
          kind="transfer"
          id={stored?.id ?? ''}
          name={stored ? `Transfer to ${storedRecipient ?? 'an unknown recipient'}` : ''}
          saved={stored !== null}
          dirty={dirty}
          intro="Review the transfer, its safeguard and its transfer risk assessment at least once a year, or when the law or practice in the destination changes. Marking it reviewed moves its review date."
        />
        <InternalNotesSection form={form} kit={transferKit} />
      </RecordEditor>
    </>
  );
}
