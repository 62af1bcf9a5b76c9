/**
 * The browser's storage under the register: asks for it to be persistent (so the browser
 * never evicts it to free space) and says when the disk is nearly full, before a save fails.
 */

/** Below this much room left, every save risks failing: warn. */
export const LOW_STORAGE_BYTES = 200 * 1024 * 1024;

export interface StorageState {
  /** True when the browser promises not to evict the data; null when it cannot say. */
  persisted: boolean | null;
  /** Bytes left for this app's data; null when the browser does not say. */
  available: number | null;
}

/** Asks for persistent storage and measures what is left; never throws. */
export async function checkStorage(storage: StorageManager | undefined): Promise<StorageState> {
  if (storage === undefined) return { persisted: null, available: null };
  const persisted = await (storage.persisted?.() ?? Promise.resolve(false))
    .then((already) => already || (storage.persist?.() ?? Promise.resolve(false)))
    .catch(() => null);
  const available = await storage
    .estimate()
    .then(({ quota, usage }) => (quota === undefined ? null : Math.max(0, quota - (usage ?? 0))))
    .catch(() => null);
  return { persisted, available };
}

export const isStorageLow = (state: StorageState): boolean =>
  state.available !== null && state.available < LOW_STORAGE_BYTES;

/** "143 MB" */
export const megabytesLeft = (bytes: number): string => `${Math.floor(bytes / 1_048_576)} MB`;
