/** The notices list's rows: one per notice, with its latest version, draft and drift. */
import type { NoticeDraft, NoticeVersion, Register } from '../../../shared/domain';
import { noticeDrift, type NoticeChange } from '../../../shared/notice';
import { activitiesInScope } from '../../../shared/notice/scope';
import { startingDraft } from '../../db/repos/notices';

export interface NoticeRow {
  audienceId: string | null;
  /** "All audiences", or the audience's name. */
  name: string;
  description: string;
  /** Activities the notice speaks about. */
  activityCount: number;
  latest: NoticeVersion | undefined;
  versionCount: number;
  draft: NoticeDraft | undefined;
  /** Parts of the draft in the organisation's own words. */
  ownWording: number;
  /** What the register now says that the latest version does not. */
  changes: NoticeChange[];
}

export function noticeRows(register: Register, today: string): NoticeRow[] {
  const notices = [
    {
      audienceId: null,
      name: 'All audiences',
      description: 'One notice covering everything you do, for everyone.',
    },
    ...(register.organisation?.audiences ?? []).map((audience) => ({
      audienceId: audience.id,
      name: audience.name,
      description: audience.description,
    })),
  ];
  return notices.map(({ audienceId, name, description }) => {
    const versions = register.noticeVersions
      .filter((v) => v.audienceId === audienceId)
      .sort((a, b) => a.number - b.number);
    const latest = versions.at(-1);
    const draft = register.noticeDrafts.find((d) => d.audienceId === audienceId);
    const { nameProcessors } = startingDraft(register, audienceId, `${today}T00:00:00.000Z`);
    const drift = noticeDrift(register, { audienceId, nameProcessors, lastUpdated: today }, latest);
    return {
      audienceId,
      name,
      description,
      activityCount: activitiesInScope(register, audienceId).length,
      latest,
      versionCount: versions.length,
      draft,
      ownWording: draft ? Object.keys(draft.wording).length + (draft.introduction ? 1 : 0) : 0,
      changes: drift.changes,
    };
  });
}
