import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { UK_ADEQUACY_BASELINE } from '../../../shared/reference/adequacy';
import { RopaDatabase, useDatabase } from '../../../renderer/db/database';
import {
  getAdequacy,
  getAdequacyList,
  resetAdequacyList,
  saveAdequacyList,
} from '../../../renderer/db/repos/adequacy';

let db: RopaDatabase;

beforeEach(() => {
  db = new RopaDatabase(`adequacy-${crypto.randomUUID()}`);
  useDatabase(db);
});

const withoutKorea = {
  ...UK_ADEQUACY_BASELINE,
  checkedOn: '2026-12-01',
  entries: UK_ADEQUACY_BASELINE.entries.filter((entry) => entry.code !== 'KR'),
};

describe('the adequacy list', () => {
  it('is the shipped baseline until the person edits it', async () => {
    expect(await getAdequacy()).toEqual({
      list: UK_ADEQUACY_BASELINE,
      editedAt: null,
      problem: null,
    });
  });

  it('keeps the person’s list, dated, and goes back to the baseline on reset', async () => {
    await saveAdequacyList(withoutKorea, new Date('2026-12-01T09:00:00.000Z'));
    expect(await getAdequacy()).toEqual({
      list: withoutKorea,
      editedAt: '2026-12-01T09:00:00.000Z',
      problem: null,
    });
    await resetAdequacyList();
    expect(await getAdequacyList()).toEqual(UK_ADEQUACY_BASELINE);
  });

  it('refuses a list with an impossible entry and keeps the one it had', async () => {
    await saveAdequacyList(withoutKorea);
    const broken = {
      ...withoutKorea,
      entries: withoutKorea.entries.map((entry) => ({
        ...entry,
        from: '2026-01-01',
        until: '2025-01-01',
      })),
    };
    await expect(saveAdequacyList(broken)).rejects.toThrow(/end date must be after/);
    expect(await getAdequacyList()).toEqual(withoutKorea);
  });

  it('says so when a stored list cannot be read, and uses the baseline meanwhile', async () => {
    await db.settings.put({ key: 'adequacy', value: { list: { entries: 'garbled' } } });
    const state = await getAdequacy();
    expect(state.list).toEqual(UK_ADEQUACY_BASELINE);
    expect(state.problem).toMatch(/could not be read/);
  });
});
