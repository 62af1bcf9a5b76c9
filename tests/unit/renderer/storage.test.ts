import { describe, expect, it, vi } from 'vitest';
import { checkStorage, isStorageLow, LOW_STORAGE_BYTES } from '../../../renderer/db/storage';

function manager(parts: {
  persisted?: boolean;
  persist?: boolean | Error;
  quota?: number;
  usage?: number;
  estimate?: Error;
}) {
  return {
    persisted: vi.fn(() => Promise.resolve(parts.persisted ?? false)),
    persist: vi.fn(() =>
      parts.persist instanceof Error
        ? Promise.reject(parts.persist)
        : Promise.resolve(parts.persist ?? false),
    ),
    estimate: vi.fn(() =>
      parts.estimate
        ? Promise.reject(parts.estimate)
        : Promise.resolve({ quota: parts.quota, usage: parts.usage }),
    ),
    getDirectory: vi.fn(),
  } satisfies StorageManager;
}

describe('checkStorage', () => {
  it('asks for persistent storage once, when not yet granted', async () => {
    const storage = manager({ persisted: false, persist: true, quota: 10e9, usage: 1e6 });
    expect(await checkStorage(storage)).toEqual({ persisted: true, available: 10e9 - 1e6 });
    expect(storage.persist).toHaveBeenCalledOnce();
  });

  it('does not ask again when storage is already persistent', async () => {
    const storage = manager({ persisted: true, quota: 1e9, usage: 0 });
    expect((await checkStorage(storage)).persisted).toBe(true);
    expect(storage.persist).not.toHaveBeenCalled();
  });

  it('reports a refusal or an error as it is, and never throws', async () => {
    expect(
      await checkStorage(manager({ persist: new Error('denied'), estimate: new Error('x') })),
    ).toEqual({ persisted: null, available: null });
    expect(await checkStorage(undefined)).toEqual({ persisted: null, available: null });
  });
});

describe('isStorageLow', () => {
  it('warns below 200 MB left, and not when the browser does not say', () => {
    expect(isStorageLow({ persisted: true, available: LOW_STORAGE_BYTES - 1 })).toBe(true);
    expect(isStorageLow({ persisted: true, available: LOW_STORAGE_BYTES })).toBe(false);
    expect(isStorageLow({ persisted: true, available: null })).toBe(false);
  });
});
