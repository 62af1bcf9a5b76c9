/** Articles 12–14: the published notice should still say what the register says. */
import type { NoticeVersion } from '../../domain/notice';
import { noticeDrift } from '../../notice/drift';
import { overdueReviews } from '../../reviews/overdue';
import { longDate } from '../../util/long-date';
import type { Rule } from '../types';
import { defineRule } from '../helpers';

export const noticeOutOfDate = defineRule(
  {
    id: 'notices.out-of-date',
    severity: 'medium',
    basis: 'UK GDPR Art 12(1), 13, 14; ICO guidance on the right to be informed',
    title: 'A published notice is out of date with the register',
  },
  ({ register, today }, report) => {
    const latest = new Map<string | null, NoticeVersion>();
    for (const version of register.noticeVersions) {
      const current = latest.get(version.audienceId);
      if (!current || version.number > current.number) latest.set(version.audienceId, version);
    }
    const drafts = new Map(register.noticeDrafts.map((d) => [d.audienceId, d]));
    const audiences = new Map(register.organisation?.audiences.map((a) => [a.id, a.name]) ?? []);
    for (const [audienceId, version] of latest) {
      const draft = drafts.get(audienceId);
      const drift = (nameProcessors: boolean) =>
        noticeDrift(register, { audienceId, nameProcessors, lastUpdated: today }, version);
      // Without a draft, compare as the notice was most likely written (fewest changes).
      const result = draft
        ? drift(draft.nameProcessors)
        : [drift(false), drift(true)].reduce((a, b) =>
            b.changes.length < a.changes.length ? b : a,
          );
      if (!result.drifted) continue;
      const name =
        audienceId === null
          ? 'Privacy notice for all audiences'
          : `Privacy notice for ${audiences.get(audienceId) ?? 'an unknown audience'}`;
      const count = result.changes.length;
      report(
        { kind: 'notice', id: audienceId ?? 'all', name },
        null,
        `The published ${name.charAt(0).toLowerCase()}${name.slice(1)} (version ${version.number}) no longer matches the register: ${count} ${count === 1 ? 'change' : 'changes'} to publish.`,
      );
    }
  },
);

/**
 * Notices are reviewed an interval after the latest version took effect, or when the latest
 * recorded review says: even a notice that matches the register may no longer read right.
 */
export const noticeReviewOverdue = defineRule(
  {
    id: 'notices.review-overdue',
    severity: 'low',
    basis: 'UK GDPR Art 5(2), 12(1); ICO guidance on the right to be informed',
    title: 'A privacy notice’s review is overdue',
  },
  (context, report) => {
    for (const entry of overdueReviews(context, 'notice')) {
      const name = entry.record.name;
      report(
        entry.record,
        null,
        `The ${name.charAt(0).toLowerCase()}${name.slice(1)} was due for review on ${longDate(entry.due)}.`,
      );
    }
  },
);

export const noticeRules: Rule[] = [noticeOutOfDate, noticeReviewOverdue];
