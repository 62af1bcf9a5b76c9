/**
 * One notice's draft: the notice as the reader will see it, composed from the register, with
 * the organisation's own wording where it chose; the Article 13/14 checklist beside it.
 */
import { IconArrowLeft, IconFileUnknown } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Register } from '../../../shared/domain';
import { NotFound } from '../../components/NotFound';
import { PageLoader } from '../../components/PageLoader';
import { getDraft, noticeRegister } from '../../db/repos/notices';
import { paths } from '../../navigation/paths';
import { DraftEditor } from './DraftEditor';
import { audienceIdOf } from './notice-address';

export function NoticeEditor({ audience }: { audience: string }) {
  const audienceId = audienceIdOf(audience);
  const register = useLiveQuery(noticeRegister);
  const stored = useLiveQuery(async () => (await getDraft(audienceId)) ?? null, [audienceId]);
  if (register === undefined || stored === undefined) {
    return <PageLoader label="Loading the notice" />;
  }
  if (!audienceExists(register, audienceId)) return <NoSuchNotice />;
  return (
    <DraftEditor
      register={register}
      stored={stored}
      audienceId={audienceId}
      today={dayjs().format('YYYY-MM-DD')}
    />
  );
}

export const audienceExists = (register: Register, audienceId: string | null): boolean =>
  audienceId === null || !!register.organisation?.audiences.some((a) => a.id === audienceId);

export function NoSuchNotice() {
  return (
    <NotFound
      heading="Privacy notice"
      title="There is no notice for this audience"
      icon={<IconFileUnknown size={26} />}
      backTo={paths.notices}
      backLabel="Back to the notices"
      backIcon={<IconArrowLeft size={18} aria-hidden />}
    >
      The audience may have been removed from the organisation profile, or the register replaced by
      an import. Every audience in the profile has a notice on the list.
    </NotFound>
  );
}
