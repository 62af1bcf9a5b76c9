import { beforeEach, describe, expect, it } from 'vitest';
import { blankActivity } from '../../../shared/domain';
import {
  recallFirstScreen,
  rememberFirstScreen,
} from '../../../renderer/features/activities/list-memory';

const NOW = '2026-03-01T10:00:00.000Z';
const KEY = 'ropa-desk.activity-list.first-screen';
const store = new Map<string, string>();

beforeEach(() => {
  store.clear();
  // The window's localStorage, as far as the module uses it.
  globalThis.localStorage = {
    getItem: (key: string) => store.get(key) ?? null,
    setItem: (key: string, value: string) => void store.set(key, value),
  } as Storage;
});

const activities = ['Payroll', 'CCTV', 'newsletter', 'Bookings'].map((name, i) =>
  blankActivity(NOW, { id: `a${i}`, name }),
);

describe('the activity list’s remembered first screen', () => {
  it('gives back the first ids each way, with the total and the version read at', () => {
    rememberFirstScreen({ activities, version: 'v1' }, 3);
    expect(recallFirstScreen('asc')).toEqual({ version: 'v1', total: 4, ids: ['a3', 'a1', 'a2'] });
    expect(recallFirstScreen('desc')).toEqual({ version: 'v1', total: 4, ids: ['a0', 'a2', 'a1'] });
  });

  it('keeps ids only, never names', () => {
    rememberFirstScreen({ activities, version: 'v1' }, 3);
    expect(store.get(KEY)).not.toMatch(/Payroll|CCTV|newsletter|Bookings/);
  });

  it('remembers nothing for a register without a version, and recalls nothing unreadable', () => {
    rememberFirstScreen({ activities, version: null }, 3);
    expect(recallFirstScreen('asc')).toBeNull();
    store.set(KEY, '{"version": 3}');
    expect(recallFirstScreen('asc')).toBeNull();
    store.set(KEY, 'not json');
    expect(recallFirstScreen('desc')).toBeNull();
  });

  it('loses only the memory when storage refuses it', () => {
    globalThis.localStorage.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    expect(() => rememberFirstScreen({ activities, version: 'v1' }, 3)).not.toThrow();
    expect(recallFirstScreen('asc')).toBeNull();
  });
});
