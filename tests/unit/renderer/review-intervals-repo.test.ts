import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_REVIEW_INTERVALS } from '../../../shared/reviews/schedule';
import { RopaDatabase, useDatabase } from '../../../renderer/db/database';
import {
  getReviewIntervals,
  getReviewIntervalsState,
  resetReviewIntervals,
  saveReviewIntervals,
} from '../../../renderer/db/repos/review-intervals';

let db: RopaDatabase;

beforeEach(() => {
  db = new RopaDatabase(`review-intervals-${crypto.randomUUID()}`);
  useDatabase(db);
});

const sixMonthlyTransfers = { ...DEFAULT_REVIEW_INTERVALS, transfer: 6, tra: 6 };

describe('review intervals', () => {
  it('are the defaults until the person sets their own', async () => {
    expect(await getReviewIntervalsState()).toEqual({
      intervals: DEFAULT_REVIEW_INTERVALS,
      custom: false,
      problem: null,
    });
  });

  it('keep the person’s own, and go back to the defaults on reset', async () => {
    await saveReviewIntervals(sixMonthlyTransfers);
    expect(await getReviewIntervalsState()).toMatchObject({
      intervals: sixMonthlyTransfers,
      custom: true,
    });
    await resetReviewIntervals();
    expect(await getReviewIntervals()).toEqual(DEFAULT_REVIEW_INTERVALS);
  });

  it.each([0, 61, 2.5])('refuses %s months and keeps what it had', async (months) => {
    await saveReviewIntervals(sixMonthlyTransfers);
    await expect(saveReviewIntervals({ ...sixMonthlyTransfers, lia: months })).rejects.toThrow(
      /month/,
    );
    expect(await getReviewIntervals()).toEqual(sixMonthlyTransfers);
  });

  it('says so when stored intervals cannot be read, and uses the defaults meanwhile', async () => {
    await db.settings.put({ key: 'reviewIntervals', value: { activity: 'yearly' } });
    const state = await getReviewIntervalsState();
    expect(state.intervals).toEqual(DEFAULT_REVIEW_INTERVALS);
    expect(state.problem).toMatch(/could not be read/);
  });
});
