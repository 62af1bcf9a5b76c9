/**
 * The reviewable records of a register, each with its name and the review date it keeps
 * itself; the review log (register.reviews) is read in schedule.ts.
 */
import type { ReviewableKind } from '../domain/oversight';
import type { NoticeVersion } from '../domain/notice';
import type { Register } from '../domain/register';
import type { ThirdParty } from '../domain/third-party';
import { reviewQuestion } from '../lia/questions';
import { transferName } from '../checks/helpers';
import type { FindingRecord } from '../checks/types';
import { isCalendarDate } from './months';

export interface ReviewableRecord {
  record: FindingRecord & { kind: ReviewableKind };
  /** The record's own next review date, or null when it keeps none. */
  ownDate: string | null;
  /** The field holding that date, for the UI to jump to; null when the record has no such field. */
  field: string | null;
  /**
   * When a notice was last published: its review falls due an interval after that unless a
   * review says otherwise.
   */
  publishedOn?: string;
  /** A TRA is reviewed with its transfer unless a review of the TRA itself sets a date. */
  coveredByTransfer?: boolean;
}

/** The name of the notice for an audience (null: the notice covering every audience). */
export function noticeName(register: Register, audienceId: string | null): string {
  if (audienceId === null) return 'Privacy notice for all audiences';
  const audience = register.organisation?.audiences.find((a) => a.id === audienceId);
  return `Privacy notice for ${audience?.name ?? 'an unknown audience'}`;
}

/** The latest published version of each notice, keyed by its audience id or 'all'. */
export function latestVersions(register: Register): Map<string, NoticeVersion> {
  const latest = new Map<string, NoticeVersion>();
  for (const version of register.noticeVersions) {
    const key = version.audienceId ?? 'all';
    const current = latest.get(key);
    if (!current || version.number > current.number) latest.set(key, version);
  }
  return latest;
}

/** Every record whose review the register tracks. Retired activities no longer run, so are left out. */
export function reviewableRecords(register: Register): ReviewableRecord[] {
  const parties = new Map<string, ThirdParty>(register.thirdParties.map((p) => [p.id, p]));
  const transfers = new Map(register.transfers.map((t) => [t.id, t]));
  const out: ReviewableRecord[] = [];
  for (const activity of register.activities) {
    if (activity.status === 'retired') continue;
    out.push({
      record: { kind: 'activity', id: activity.id, name: activity.name },
      ownDate: activity.nextReview,
      field: 'nextReview',
    });
  }
  for (const party of register.thirdParties) {
    out.push({
      record: { kind: 'thirdParty', id: party.id, name: party.name },
      ownDate: party.reviewDate,
      field: 'reviewDate',
    });
  }
  for (const transfer of register.transfers) {
    out.push({
      record: { kind: 'transfer', id: transfer.id, name: transferName(transfer, parties) },
      ownDate: transfer.reviewDate,
      field: 'reviewDate',
    });
  }
  for (const lia of register.lias) {
    const answer = lia.answers[reviewQuestion.id];
    out.push({
      record: { kind: 'lia', id: lia.id, name: lia.title },
      ownDate: isCalendarDate(answer) ? answer : null,
      field: reviewQuestion.id,
    });
  }
  for (const tra of register.tras) {
    const transfer = transfers.get(tra.transferId);
    out.push({
      record: {
        kind: 'tra',
        id: tra.id,
        name: `Transfer risk assessment: ${transfer ? transferName(transfer, parties) : 'an unknown transfer'}`,
      },
      ownDate: transfer?.reviewDate ?? null,
      field: null,
      coveredByTransfer: true,
    });
  }
  for (const [key, version] of latestVersions(register)) {
    out.push({
      record: { kind: 'notice', id: key, name: noticeName(register, version.audienceId) },
      ownDate: null,
      field: null,
      publishedOn: version.effectiveDate,
    });
  }
  return out;
}
