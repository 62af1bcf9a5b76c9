/** What falls due, and when: the review calendar and the overdue rules rest on this. */
import { describe, expect, it } from 'vitest';
import type { Review } from '../../../../shared/domain/oversight';
import type { Register } from '../../../../shared/domain/register';
import { blankLia, blankTra, blankTransfer } from '../../../../shared/domain/factories';
import { exampleRegisterWithNotices } from '../../../../shared/example/konnect-notice';
import { reviewQuestion } from '../../../../shared/lia/questions';
import {
  bucketDue,
  DEFAULT_REVIEW_INTERVALS,
  nextReviewOf,
  reviewsOf,
  schedule,
  suggestNextReview,
  unscheduled,
  type DueItem,
} from '../../../../shared/reviews/schedule';
import { NOW, smallRegister, validActivity, validOrganisation, validThirdParty } from '../fixtures';

const TODAY = '2026-11-25';
const intervals = DEFAULT_REVIEW_INTERVALS;

const review = (overrides: Partial<Review> & Pick<Review, 'recordKind' | 'recordId'>): Review => ({
  id: `rev-${Math.random().toString(36).slice(2)}`,
  reviewedOn: '2026-11-01',
  reviewedBy: 'Sam Patel',
  notes: '',
  nextReview: '2027-11-01',
  createdAt: NOW,
  ...overrides,
});

const transfer = blankTransfer(NOW, {
  id: 'tr-1',
  thirdPartyId: 'tp-1',
  destinations: ['US'],
  reviewDate: '2027-03-01',
});

const register = (overrides: Partial<Register> = {}): Register =>
  smallRegister({
    organisation: validOrganisation({
      icoRenewalDate: '2026-12-10',
      audiences: [{ id: 'aud-1', name: 'Customers', description: '' }],
    }),
    activities: [
      validActivity({ id: 'act-1', name: 'Payroll', status: 'active', nextReview: '2026-10-01' }),
      validActivity({ id: 'act-2', name: 'Old list', status: 'retired', nextReview: '2020-01-01' }),
      validActivity({ id: 'act-3', name: 'Drafted', status: 'draft', nextReview: null }),
    ],
    thirdParties: [
      validThirdParty({
        reviewDate: '2027-06-30',
        contract: {
          status: 'in-place',
          reference: '',
          signedOn: '2025-01-01',
          expiresOn: '2027-01-31',
          document: '',
        },
      }),
    ],
    transfers: [transfer],
    lias: [
      blankLia(NOW, {
        id: 'lia-1',
        title: 'Fraud checks',
        activityIds: [],
        answers: { [reviewQuestion.id]: '2027-11-20' },
      }),
    ],
    tras: [blankTra(NOW, { id: 'tra-1', transferId: 'tr-1' })],
    ...overrides,
  });

const find = (items: DueItem[], kind: string, id: string) =>
  items.find((item) => item.record.kind === kind && item.record.id === id);

describe('schedule', () => {
  it('lists every dated review, contract renewal and the ICO registration, soonest first', () => {
    const items = schedule(register(), TODAY, intervals);
    expect(items.map((i) => [i.kind, i.record.kind, i.due, i.label])).toEqual([
      ['review', 'activity', '2026-10-01', 'Review “Payroll”'],
      ['ico-registration', 'organisation', '2026-12-10', 'Renew the ICO registration'],
      ['contract', 'thirdParty', '2027-01-31', 'Renew the contract with Mail Co'],
      ['review', 'transfer', '2027-03-01', 'Review “Transfer to Mail Co (United States)”'],
      ['review', 'thirdParty', '2027-06-30', 'Review “Mail Co”'],
      ['review', 'lia', '2027-11-20', 'Review “Fraud checks”'],
    ]);
  });

  it('points each item at the field holding its date', () => {
    const items = schedule(register(), TODAY, intervals);
    expect(find(items, 'activity', 'act-1')?.field).toBe('nextReview');
    expect(find(items, 'lia', 'lia-1')?.field).toBe(reviewQuestion.id);
    expect(items.find((i) => i.kind === 'contract')?.field).toBe('contract.expiresOn');
  });

  it('leaves out retired activities and records with no date', () => {
    const items = schedule(register(), TODAY, intervals);
    expect(find(items, 'activity', 'act-2')).toBeUndefined();
    expect(find(items, 'activity', 'act-3')).toBeUndefined();
  });

  it('takes the latest recorded review over the record’s own date', () => {
    const reg = register({
      reviews: [
        review({
          recordKind: 'activity',
          recordId: 'act-1',
          reviewedOn: '2026-09-01',
          nextReview: '2027-03-01',
        }),
        review({
          recordKind: 'activity',
          recordId: 'act-1',
          reviewedOn: '2026-11-20',
          nextReview: '2027-11-20',
        }),
        review({ recordKind: 'lia', recordId: 'lia-1', nextReview: '2027-05-01' }),
      ],
    });
    expect(nextReviewOf(reg, 'activity', 'act-1', intervals)).toBe('2027-11-20');
    expect(find(schedule(reg, TODAY, intervals), 'lia', 'lia-1')).toMatchObject({
      due: '2027-05-01',
      // The LIA's own answer is not edited by a review, so the link opens the record.
      field: null,
    });
  });

  it('drops a record whose latest review plans no further review', () => {
    const reg = register({
      reviews: [review({ recordKind: 'activity', recordId: 'act-1', nextReview: null })],
    });
    expect(nextReviewOf(reg, 'activity', 'act-1', intervals)).toBeNull();
    expect(find(schedule(reg, TODAY, intervals), 'activity', 'act-1')).toBeUndefined();
  });

  it('ignores a contract that is not needed', () => {
    const reg = register();
    const [party] = reg.thirdParties;
    if (!party) throw new Error('fixture');
    const notNeeded = { ...party, contract: { ...party.contract, status: 'not-needed' as const } };
    expect(
      schedule({ ...reg, thirdParties: [notNeeded] }, TODAY, intervals).some(
        (i) => i.kind === 'contract',
      ),
    ).toBe(false);
  });

  it('reviews a TRA with its transfer until the TRA has a review of its own', () => {
    expect(nextReviewOf(register(), 'tra', 'tra-1', intervals)).toBe('2027-03-01');
    expect(find(schedule(register(), TODAY, intervals), 'tra', 'tra-1')).toBeUndefined();
    const reviewed = register({
      reviews: [review({ recordKind: 'tra', recordId: 'tra-1', nextReview: '2027-02-01' })],
    });
    expect(find(schedule(reviewed, TODAY, intervals), 'tra', 'tra-1')).toMatchObject({
      due: '2027-02-01',
      label: 'Review “Transfer risk assessment: Transfer to Mail Co (United States)”',
    });
  });

  it('dates a notice’s review an interval after its latest version took effect', async () => {
    const reg = await exampleRegisterWithNotices(NOW);
    const notice = find(schedule(reg, TODAY, intervals), 'notice', 'all');
    expect(notice).toMatchObject({
      due: '2022-11-02',
      label: 'Review the privacy notice for all audiences',
    });
    expect(nextReviewOf(reg, 'notice', 'all', { ...intervals, notice: 6 })).toBe('2022-05-02');
    const reviewed = {
      ...reg,
      reviews: [review({ recordKind: 'notice', recordId: 'all', nextReview: '2027-11-01' })],
    };
    expect(nextReviewOf(reviewed, 'notice', 'all', intervals)).toBe('2027-11-01');
  });

  it('knows nothing of a record that is not in the register', () => {
    expect(nextReviewOf(register(), 'activity', 'nope', intervals)).toBeNull();
  });
});

describe('unscheduled', () => {
  it('counts records with no review date by kind, leaving out TRAs covered by their transfer', () => {
    const result = unscheduled(register(), intervals);
    expect(result.activity.map((r) => r.name)).toEqual(['Drafted']);
    expect(result.tra).toEqual([]);
    expect(result.thirdParty).toEqual([]);
  });
});

describe('reviewsOf', () => {
  it('lists one record’s reviews, latest first', () => {
    const reg = register({
      reviews: [
        review({
          id: 'a',
          recordKind: 'activity',
          recordId: 'act-1',
          reviewedOn: '2025-01-01',
          nextReview: null,
        }),
        review({
          id: 'b',
          recordKind: 'activity',
          recordId: 'act-1',
          reviewedOn: '2026-01-01',
          nextReview: null,
        }),
        review({ id: 'c', recordKind: 'thirdParty', recordId: 'act-1' }),
      ],
    });
    expect(reviewsOf(reg, 'activity', 'act-1').map((r) => r.id)).toEqual(['b', 'a']);
  });
});

describe('suggestNextReview', () => {
  it('adds the interval for the kind', () => {
    expect(suggestNextReview('transfer', '2026-11-25', { ...intervals, transfer: 6 })).toBe(
      '2027-05-25',
    );
  });
});

describe('bucketDue', () => {
  it('splits items into overdue, within 30 days, within 90 days and later', () => {
    const item = (due: string): DueItem => ({
      kind: 'review',
      record: { kind: 'activity', id: due, name: due },
      field: null,
      due,
      label: due,
    });
    const buckets = bucketDue(
      ['2026-11-24', '2026-11-25', '2026-12-25', '2026-12-26', '2027-02-23', '2027-02-24'].map(
        item,
      ),
      TODAY,
    );
    expect(buckets.overdue.map((i) => i.due)).toEqual(['2026-11-24']);
    expect(buckets.within30.map((i) => i.due)).toEqual(['2026-11-25', '2026-12-25']);
    expect(buckets.within90.map((i) => i.due)).toEqual(['2026-12-26', '2027-02-23']);
    expect(buckets.later.map((i) => i.due)).toEqual(['2027-02-24']);
  });
});
