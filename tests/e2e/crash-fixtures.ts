/**
 * A Chromium the crash tests can kill: started here with its own profile folder and process
 * group, driven over the DevTools protocol, and ended with SIGKILL as a crash or power cut would.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium, type Browser, type FileChooser, type Page } from '@playwright/test';

const systemChromium = '/usr/bin/chromium';
const executablePath =
  process.env.CHROMIUM_PATH ?? (existsSync(systemChromium) ? systemChromium : 'chromium');

export interface KillableBrowser {
  browser: Browser;
  page: Page;
  /** SIGKILL to every process of this Chromium at once; resolves when the browser is gone. */
  kill: () => Promise<void>;
  /** A clean close, for the end of a test. */
  close: () => Promise<void>;
}

/** Resolves with the DevTools address Chromium prints once it listens. */
function devToolsEndpoint(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    let listening = false;
    const timer = setTimeout(
      () => reject(new Error(`Chromium did not start within 30 s:\n${output}`)),
      30_000,
    );
    // Read stderr to the end even once the address is known: a full pipe would stall Chromium.
    child.stderr?.on('data', (chunk: Buffer) => {
      if (listening) return;
      output += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(output);
      if (found?.[1]) {
        listening = true;
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`Chromium exited (${code ?? signal}) before it listened:\n${output}`));
    });
  });
}

/**
 * Starts Chromium on `profileDir` (kept between launches, so IndexedDB is what the last
 * browser left on disk). It runs in its own process group so that one signal reaches the
 * browser, its renderers and its storage processes together: none can finish a write after
 * the others are gone.
 */
export async function launchKillable(profileDir: string): Promise<KillableBrowser> {
  const child = spawn(
    executablePath,
    [
      '--headless',
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--no-default-browser-check',
      `--user-data-dir=${profileDir}`,
      '--remote-debugging-port=0',
      'about:blank',
    ],
    { detached: true, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const pid = child.pid;
  if (pid === undefined) throw new Error(`Could not start ${executablePath}`);
  const browser = await chromium.connectOverCDP(await devToolsEndpoint(child));
  const context = browser.contexts()[0];
  if (!context) throw new Error('Chromium started without its default context');
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1366, height: 860 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  return {
    browser,
    page,
    kill: async () => {
      process.kill(-pid, 'SIGKILL');
      await exited;
    },
    close: async () => {
      await browser.close().catch(() => undefined);
      if (child.exitCode === null && child.signalCode === null) process.kill(-pid, 'SIGKILL');
      await exited;
    },
  };
}

/** Every object store of the app's database, read in one transaction: all of what is on disk. */
export async function readEveryStore(page: Page): Promise<Record<string, unknown[]>> {
  return page.evaluate(async () => {
    const open = indexedDB.open('ropa-desk');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const names = Array.from(db.objectStoreNames);
    const tx = db.transaction(names, 'readonly');
    const entries = await Promise.all(
      names.map(
        (name) =>
          new Promise<[string, unknown[]]>((resolve, reject) => {
            const request = tx.objectStore(name).getAll();
            request.onsuccess = () => resolve([name, request.result as unknown[]]);
            request.onerror = () => reject(request.error);
          }),
      ),
    );
    db.close();
    return Object.fromEntries(entries);
  });
}

/**
 * Each store's row count and a SHA-256 of its rows, computed in the page: comparing registers
 * of 10,000 activities this way spares copying 40 MB out of the browser twice.
 */
export async function digestEveryStore(
  page: Page,
): Promise<Record<string, { rows: number; sha256: string }>> {
  return page.evaluate(async () => {
    const open = indexedDB.open('ropa-desk');
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    const names = Array.from(db.objectStoreNames);
    const tx = db.transaction(names, 'readonly');
    const entries = await Promise.all(
      names.map(async (name): Promise<[string, { rows: number; sha256: string }]> => {
        const list = await new Promise<unknown[]>((resolve, reject) => {
          const request = tx.objectStore(name).getAll();
          request.onsuccess = () => resolve(request.result as unknown[]);
          request.onerror = () => reject(request.error);
        });
        const bytes = new TextEncoder().encode(JSON.stringify(list));
        const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
        const sha256 = Array.from(hash, (b) => b.toString(16).padStart(2, '0')).join('');
        return [name, { rows: list.length, sha256 }];
      }),
    );
    db.close();
    return Object.fromEntries(entries);
  });
}

declare global {
  interface Window {
    __importProbe?: ImportProgress;
  }
}

/** What the page has seen of the import's write transaction. */
export interface ImportProgress {
  /** The import's transaction has begun: it has asked to clear the activities. */
  started: boolean;
  /** Add requests made in it, and how many of those the database has answered. */
  requested: number;
  answered: number;
  /** Its complete event: the data is on disk (the app asks for strict durability). */
  completed: boolean;
}

/**
 * Watches, from inside the page, the first read-write transaction that clears the activities (the
 * import's) and counts its add requests and answers. The test wraps the page's IndexedDB calls; the app's
 * code is unchanged. A transaction cannot commit while any of its requests is unanswered, so
 * `answered < requested` means the import is still writing.
 */
export async function watchImport(page: Page): Promise<void> {
  await page.evaluate(() => {
    const progress: ImportProgress = {
      started: false,
      requested: 0,
      answered: 0,
      completed: false,
    };
    window.__importProbe = progress;
    let watched: IDBTransaction | undefined;
    // Dexie binds IDBDatabase.transaction when it opens, so the import's transaction is
    // recognised by its first step instead: it clears the activities, which nothing else does.
    const clear = IDBObjectStore.prototype.clear;
    IDBObjectStore.prototype.clear = function (this: IDBObjectStore) {
      const request = clear.call(this);
      if (!watched && this.name === 'activities' && this.transaction.mode === 'readwrite') {
        watched = this.transaction;
        progress.started = true;
        watched.addEventListener('complete', () => {
          progress.completed = true;
        });
      }
      return request;
    };
    const add = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['add']>
    ) {
      const request = add.apply(this, args);
      if (this.transaction === watched) {
        progress.requested += 1;
        request.addEventListener('success', () => {
          progress.answered += 1;
        });
      }
      return request;
    };
  });
}

/** Polls the page's view of the import until `reached` holds, then returns it. */
export async function importReaches(
  page: Page,
  reached: (progress: ImportProgress) => boolean,
  timeout = 60_000,
): Promise<ImportProgress> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const progress = await page.evaluate(() => window.__importProbe);
    if (!progress) throw new Error('watchImport(page) was not called');
    if (reached(progress)) return progress;
    if (Date.now() > deadline) {
      throw new Error(`The import did not reach the kill point: ${JSON.stringify(progress)}`);
    }
    await page.waitForTimeout(5);
  }
}

/**
 * Gives the app's file picker a file by its path. Playwright treats a browser reached over the
 * DevTools protocol as remote and would stream a large file into the page (a minute for 40 MB);
 * Chromium on this machine reads the path itself in well under a second.
 */
export async function chooseLocalFile(chooser: FileChooser, path: string): Promise<void> {
  const page = chooser.page();
  const session = await page.context().newCDPSession(page);
  try {
    const input = (await session.send('Runtime.evaluate', {
      expression: 'document.querySelector(\'input[type="file"]\')',
    })) as { result: { objectId?: string } };
    if (!input.result.objectId) throw new Error('The file picker is not in the page');
    await session.send('DOM.setFileInputFiles', { files: [path], objectId: input.result.objectId });
  } finally {
    await session.detach();
  }
}
