/** The overdue-review rules read the review log: recording a review clears them. */
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../../shared/checks';
import type { CheckContext, Finding } from '../../../../shared/checks';
import type { Review, ReviewableKind } from '../../../../shared/domain/oversight';
import type { Register } from '../../../../shared/domain/register';
import { blankLia, blankTra, blankTransfer } from '../../../../shared/domain/factories';
import { exampleRegisterWithNotices } from '../../../../shared/example/konnect-notice';
import { UK_ADEQUACY_BASELINE } from '../../../../shared/reference/adequacy';
import { DEFAULT_REVIEW_INTERVALS } from '../../../../shared/reviews/schedule';
import { NOW, smallRegister, validActivity, validThirdParty } from '../fixtures';

const TODAY = '2026-11-25';

const run = (register: Register, extra: Partial<CheckContext> = {}): Finding[] =>
  runChecks({ register, today: TODAY, adequacy: UK_ADEQUACY_BASELINE, ...extra });
const about = (findings: Finding[], ruleId: string) => findings.filter((f) => f.ruleId === ruleId);

const reviewOf = (kind: ReviewableKind, id: string, nextReview: string | null): Review => ({
  id: `rev-${kind}-${id}`,
  recordKind: kind,
  recordId: id,
  reviewedOn: '2026-11-20',
  reviewedBy: 'Sam Patel',
  notes: 'Checked with the team',
  nextReview,
  createdAt: NOW,
});

const overdue = smallRegister({
  activities: [validActivity({ status: 'active', nextReview: '2026-06-01' })],
  thirdParties: [validThirdParty({ reviewDate: '2026-06-01' })],
  transfers: [
    blankTransfer(NOW, {
      id: 'tr-1',
      thirdPartyId: 'tp-1',
      destinations: ['FR'],
      reviewDate: '2026-06-01',
    }),
  ],
  lias: [
    blankLia(NOW, {
      id: 'lia-1',
      title: 'Fraud checks',
      activityIds: [],
      answers: { 'review.next': '2026-06-01' },
    }),
  ],
  tras: [blankTra(NOW, { id: 'tra-1', transferId: 'tr-1' })],
});

const rulesByKind = [
  ['reviews.activity-overdue', 'activity', 'act-1', 'nextReview'],
  ['reviews.third-party-overdue', 'thirdParty', 'tp-1', 'reviewDate'],
  ['reviews.transfer-overdue', 'transfer', 'tr-1', 'reviewDate'],
  ['reviews.lia-overdue', 'lia', 'lia-1', 'review.next'],
] as const;

describe('overdue review rules', () => {
  it.each(rulesByKind)('%s fires on the record’s own past date', (rule, kind, id, field) => {
    const [finding] = about(run(overdue), rule);
    expect(finding).toMatchObject({ record: { kind, id }, field });
    expect(finding?.message).toContain('was due for review on 1 June 2026');
  });

  it.each(rulesByKind)('%s is silent after a review is recorded', (rule, kind, id) => {
    const reviewed = { ...overdue, reviews: [reviewOf(kind, id, '2027-11-20')] };
    expect(about(run(reviewed), rule)).toEqual([]);
  });

  it('fires again when the recorded review’s own next date passes', () => {
    const reviewed = { ...overdue, reviews: [reviewOf('lia', 'lia-1', '2026-11-24')] };
    const [finding] = about(run(reviewed), 'reviews.lia-overdue');
    // The LIA's own answer is not the date any more, so the finding opens the record.
    expect(finding).toMatchObject({ field: null });
    expect(finding?.message).toContain('24 November 2026');
  });

  it('a review planning no further review clears it for good', () => {
    const reviewed = { ...overdue, reviews: [reviewOf('activity', 'act-1', null)] };
    expect(about(run(reviewed), 'reviews.activity-overdue')).toEqual([]);
  });

  it('a TRA is reviewed with its transfer until it has a review of its own', () => {
    expect(about(run(overdue), 'reviews.tra-overdue')).toEqual([]);
    const ownReview = { ...overdue, reviews: [reviewOf('tra', 'tra-1', '2026-11-01')] };
    const [finding] = about(run(ownReview), 'reviews.tra-overdue');
    expect(finding?.message).toBe(
      '“Transfer risk assessment: Transfer to Mail Co (France)” was due for review on 1 November 2026.',
    );
    const later = { ...overdue, reviews: [reviewOf('tra', 'tra-1', '2027-11-01')] };
    expect(about(run(later), 'reviews.tra-overdue')).toEqual([]);
  });
});

describe('notices.review-overdue', () => {
  it('fires a year after the latest version took effect, and is silent after a review', async () => {
    // The example's only version took effect on 2 November 2021.
    const register = await exampleRegisterWithNotices(NOW);
    const [finding] = about(run(register), 'notices.review-overdue');
    expect(finding).toMatchObject({ record: { kind: 'notice', id: 'all' }, field: null });
    expect(finding?.message).toBe(
      'The privacy notice for all audiences was due for review on 2 November 2022.',
    );
    const reviewed = { ...register, reviews: [reviewOf('notice', 'all', '2027-11-20')] };
    expect(about(run(reviewed), 'notices.review-overdue')).toEqual([]);
  });

  it('follows the interval set in Settings', async () => {
    const register = await exampleRegisterWithNotices(NOW);
    const recent = register.noticeVersions.map((v) => ({ ...v, effectiveDate: '2026-01-10' }));
    const fresh = { ...register, noticeVersions: recent };
    expect(about(run(fresh), 'notices.review-overdue')).toEqual([]);
    const sixMonthly = { reviewIntervals: { ...DEFAULT_REVIEW_INTERVALS, notice: 6 } };
    expect(about(run(fresh, sixMonthly), 'notices.review-overdue')).toHaveLength(1);
  });

  it('is silent while nothing is published', () => {
    expect(about(run(overdue), 'notices.review-overdue')).toEqual([]);
  });
});
