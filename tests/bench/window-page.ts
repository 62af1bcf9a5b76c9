/**
 * What the window bench runs inside the page (each function is serialised by page.evaluate, so
 * it may use nothing from outside itself): timestamps from performance.now() around DOM and
 * IndexedDB changes, taken in the page so no round trip to Node is counted.
 */

declare global {
  interface Window {
    Dexie?: new (name: string, options?: object) => BenchDexie;
    __benchMark?: number;
  }
}

interface BenchTable {
  bulkPut(rows: unknown[]): Promise<unknown>;
}
interface BenchDexie {
  version(n: number): { stores(schema: Record<string, string>): unknown };
  table(name: string): BenchTable;
  tables: BenchTable[];
  transaction(mode: 'rw', tables: BenchTable[], job: () => Promise<void>): Promise<void>;
  delete(): Promise<void>;
  close(): void;
}

/** Marks the moment the chosen file reaches the app (the input's change event). */
export function markFileChosen(): void {
  window.__benchMark = undefined;
  document.addEventListener(
    'change',
    () => {
      window.__benchMark = performance.now();
    },
    { capture: true, once: true },
  );
}

/**
 * Milliseconds until every activity is committed in its database, polled with raw IndexedDB
 * reads (each waits behind the import's transaction): from the file reaching the app, and from
 * the app's mark `readMark` (the file read, its checksum matched; validation starts).
 */
export async function waitForStored({
  database,
  activities,
  readMark,
}: {
  database: string;
  activities: number;
  readMark: string;
}): Promise<{ fromChosen: number; fromRead: number }> {
  const count = () =>
    new Promise<number>((resolve) => {
      const open = indexedDB.open(database);
      open.onerror = () => resolve(0);
      open.onsuccess = () => {
        const db = open.result;
        if (!db.objectStoreNames.contains('activities')) {
          db.close();
          resolve(0);
          return;
        }
        const request = db.transaction('activities', 'readonly').objectStore('activities').count();
        request.onsuccess = () => {
          db.close();
          resolve(request.result);
        };
        request.onerror = () => {
          db.close();
          resolve(0);
        };
      };
    });
  for (;;) {
    const start = window.__benchMark;
    if (start !== undefined && (await count()) >= activities) {
      const now = performance.now();
      const read = performance.getEntriesByName(readMark, 'mark').at(-1)?.startTime;
      if (read === undefined) throw new Error(`the app never marked ${readMark}`);
      return { fromChosen: now - start, fromRead: now - read };
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/**
 * The baseline: the same rows put with Dexie's bulkPut in one transaction, into a database of
 * the app's schema (same indexes, same strict durability), in this page. Parsing the file is
 * not timed; only the writes are.
 */
export async function rawBulkPut({
  text,
  schema,
}: {
  text: string;
  schema: Record<string, string>;
}): Promise<number> {
  const Dexie = window.Dexie;
  if (!Dexie) throw new Error('Dexie was not loaded into the page');
  const register = (JSON.parse(text) as { register: Record<string, unknown> }).register;
  const db = new Dexie(`ropa-bench-baseline-${Date.now()}`, {
    chromeTransactionDurability: 'strict',
  });
  db.version(1).stores(schema);
  const rows = Object.keys(schema).map((name) => {
    const value = register[name];
    return { table: db.table(name), rows: Array.isArray(value) ? value : value ? [value] : [] };
  });
  const start = performance.now();
  await db.transaction('rw', db.tables, async () => {
    for (const { table, rows: list } of rows) await table.bulkPut(list);
  });
  const elapsed = performance.now() - start;
  await db.delete();
  return elapsed;
}

/**
 * Presses nothing itself: resolves with the milliseconds from the next keydown to the first
 * frame after the list's row count changes.
 */
export function watchKeystroke(): Promise<number> {
  return new Promise((resolve) => {
    const table = document.querySelector('table[aria-rowcount]');
    if (!table) throw new Error('The activity list is not on screen');
    let pressed = 0;
    const before = table.getAttribute('aria-rowcount');
    const observer = new MutationObserver(() => {
      if (pressed === 0 || table.getAttribute('aria-rowcount') === before) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - pressed));
    });
    observer.observe(table, { attributes: true, attributeFilter: ['aria-rowcount'] });
    document.addEventListener(
      'keydown',
      () => {
        pressed = performance.now();
      },
      { capture: true, once: true },
    );
  });
}

/** Milliseconds from the next click to the first frame showing a level-2 heading `name`. */
export function watchOpen(name: string): Promise<number> {
  return new Promise((resolve) => {
    let clicked = 0;
    const shown = () =>
      Array.from(document.querySelectorAll('h2')).some((heading) => heading.textContent === name);
    const observer = new MutationObserver(() => {
      if (clicked === 0 || !shown()) return;
      observer.disconnect();
      requestAnimationFrame(() => resolve(performance.now() - clicked));
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    document.addEventListener(
      'click',
      () => {
        clicked = performance.now();
      },
      { capture: true, once: true },
    );
  });
}

/**
 * Installed before the app's scripts run: records the first frame with a row of the activity
 * list, in milliseconds since navigation started.
 */
export function recordFirstRow(): void {
  const observer = new MutationObserver(() => {
    if (!document.querySelector('table[aria-rowcount] tbody tr')) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      window.__benchMark = performance.now();
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

/** Records every long task (over 50 ms) on the main thread from now on. */
export function watchLongTasks(): void {
  const durations: number[] = [];
  (window as unknown as { __longTasks: number[] }).__longTasks = durations;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) durations.push(entry.duration);
  }).observe({ type: 'longtask' });
}

/** The longest task recorded by watchLongTasks, or 0 when none was over 50 ms. */
export const longestTask = (): number =>
  Math.max(0, ...(window as unknown as { __longTasks: number[] }).__longTasks);
