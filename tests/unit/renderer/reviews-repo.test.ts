import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../shared/audit/chain';
import { blankActivity, blankLia, blankThirdParty, blankTransfer } from '../../../shared/domain';
import { konnectNoticeVersions } from '../../../shared/example/konnect-notice';
import { RopaDatabase, useDatabase } from '../../../renderer/db/database';
import { saveActivity } from '../../../renderer/db/repos/activities';
import { saveLia } from '../../../renderer/db/repos/assessments';
import {
  markReviewed,
  ReviewInputError,
  reviewsFor,
  type MarkReviewed,
} from '../../../renderer/db/repos/reviews';
import { saveThirdParty } from '../../../renderer/db/repos/third-parties';
import { saveTransfer } from '../../../renderer/db/repos/transfers';

const NOW = '2026-11-25T10:00:00.000Z';
const AT = new Date(NOW);
let db: RopaDatabase;

beforeEach(() => {
  db = new RopaDatabase(`reviews-${crypto.randomUUID()}`);
  useDatabase(db);
});

const events = () => db.auditEvents.orderBy('seq').toArray();

const input = (overrides: Partial<MarkReviewed> = {}): MarkReviewed => ({
  kind: 'activity',
  id: 'act-pay',
  reviewedOn: '2026-11-20',
  reviewedBy: 'Sam Patel',
  notes: 'Checked with HR',
  nextReview: '2027-11-20',
  ...overrides,
});

async function withActivity() {
  await saveActivity(
    blankActivity(NOW, { id: 'act-pay', name: 'Payroll', nextReview: '2026-06-01' }),
  );
}

describe('markReviewed', () => {
  it('records the review and moves the activity’s own dates, audited together', async () => {
    await withActivity();
    const before = (await events()).length;
    const review = await markReviewed(input(), AT);
    expect(review).toMatchObject({
      recordKind: 'activity',
      recordId: 'act-pay',
      reviewedBy: 'Sam Patel',
      nextReview: '2027-11-20',
    });
    expect(await db.activities.get('act-pay')).toMatchObject({
      lastReviewed: '2026-11-20',
      nextReview: '2027-11-20',
      updatedAt: NOW,
    });
    const added = (await events()).slice(before);
    expect(added.map((e) => [e.entity, e.action])).toEqual([
      ['review', 'create'],
      ['activity', 'update'],
    ]);
    expect(added[0]?.summary).toBe('Recorded a review of “Payroll” by Sam Patel');
    expect(added[1]?.summary).toBe(
      'Reviewed “Payroll” on 20 November 2026; next review 20 November 2027',
    );
    expect((await verifyChain(await events())).ok).toBe(true);
  });

  it('moves a third party’s and a transfer’s review date', async () => {
    await saveThirdParty(blankThirdParty(NOW, { id: 'tp-mail', name: 'Mailchimp' }));
    await saveTransfer(
      blankTransfer(NOW, { id: 'tr-1', thirdPartyId: 'tp-mail', destinations: ['US'] }),
    );
    await markReviewed(input({ kind: 'thirdParty', id: 'tp-mail' }), AT);
    await markReviewed(input({ kind: 'transfer', id: 'tr-1', nextReview: '2027-05-20' }), AT);
    expect((await db.thirdParties.get('tp-mail'))?.reviewDate).toBe('2027-11-20');
    expect((await db.transfers.get('tr-1'))?.reviewDate).toBe('2027-05-20');
  });

  it('leaves a completed assessment as it is: the review log holds the date', async () => {
    await withActivity();
    const lia = blankLia(NOW, {
      id: 'lia-1',
      title: 'Fraud checks',
      activityIds: ['act-pay'],
      answers: { 'review.next': '2026-06-01' },
      status: 'completed',
    });
    await saveLia(lia, AT);
    const stored = await db.lias.get('lia-1');
    const before = (await events()).length;
    await markReviewed(input({ kind: 'lia', id: 'lia-1' }), AT);
    expect(await db.lias.get('lia-1')).toEqual(stored);
    expect((await events()).slice(before).map((e) => e.entity)).toEqual(['review']);
  });

  it('refuses a draft assessment and an unpublished notice, saying what to do', async () => {
    await withActivity();
    await saveLia(blankLia(NOW, { id: 'lia-1', title: 'Draft', activityIds: [] }), AT);
    await expect(markReviewed(input({ kind: 'lia', id: 'lia-1' }), AT)).rejects.toThrow(
      'Complete the assessment before recording a review of it',
    );
    await expect(markReviewed(input({ kind: 'notice', id: 'all' }), AT)).rejects.toThrow(
      'Publish the notice before recording a review of it',
    );
    expect(await db.reviews.count()).toBe(0);
  });

  it('records a review of a published notice by its audience', async () => {
    for (const version of await konnectNoticeVersions(NOW)) await db.noticeVersions.add(version);
    await markReviewed(input({ kind: 'notice', id: 'all', nextReview: null }), AT);
    const [review] = await reviewsFor('notice', 'all');
    expect(review).toMatchObject({ recordId: 'all', nextReview: null });
  });

  it.each([
    [{ reviewedOn: '2026-02-30' }, 'reviewedOn', 'real date'],
    [{ reviewedOn: '2026-11-26' }, 'reviewedOn', 'later than today'],
    [{ reviewedBy: '  ' }, 'reviewedBy', 'Say who reviewed it'],
    [{ nextReview: '2026-11-20' }, 'nextReview', 'after this one'],
    [{ nextReview: 'soon' }, 'nextReview', 'real date'],
  ] as const)('refuses %j and changes nothing', async (overrides, field, message) => {
    await withActivity();
    const before = await db.activities.get('act-pay');
    const attempt = markReviewed(input(overrides), AT);
    await expect(attempt).rejects.toBeInstanceOf(ReviewInputError);
    await expect(attempt).rejects.toMatchObject({ field });
    await expect(attempt).rejects.toThrow(message);
    expect(await db.activities.get('act-pay')).toEqual(before);
    expect(await db.reviews.count()).toBe(0);
  });

  it('refuses a record that is not in the register', async () => {
    await expect(markReviewed(input({ id: 'gone' }), AT)).rejects.toThrow(/activity/i);
    expect(await db.reviews.count()).toBe(0);
  });
});

describe('reviewsFor', () => {
  it('lists one record’s reviews, latest first', async () => {
    await withActivity();
    await markReviewed(input({ reviewedOn: '2025-11-20', nextReview: '2026-11-20' }), AT);
    await markReviewed(input(), AT);
    expect((await reviewsFor('activity', 'act-pay')).map((r) => r.reviewedOn)).toEqual([
      '2026-11-20',
      '2025-11-20',
    ]);
    expect(await reviewsFor('thirdParty', 'act-pay')).toEqual([]);
  });
});
