/** A database from a newer Ropa Desk is refused before Dexie opens it, and left as it was. */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { RopaDatabase } from '../../../renderer/db/database';
import { checkDatabaseVersion } from '../../../renderer/db/version-guard';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/register-file/format';

const uniqueName = () => `guard-${crypto.randomUUID()}`;

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('request failed'));
  });
}

/** A database as a newer release might leave it: native version 60, one row. */
async function newerDatabase(name: string): Promise<void> {
  const open = indexedDB.open(name, 60);
  open.onupgradeneeded = () => {
    open.result.createObjectStore('activities', { keyPath: 'id' }).add({ id: 'a1', name: 'Kept' });
  };
  (await request(open)).close();
}

async function storedRows(name: string): Promise<{ version: number; rows: unknown[] }> {
  const db = await request(indexedDB.open(name));
  const rows = await request(db.transaction('activities').objectStore('activities').getAll());
  const version = db.version;
  db.close();
  return { version, rows };
}

describe('checkDatabaseVersion', () => {
  it('lets the first start through, creating nothing', async () => {
    const name = uniqueName();
    expect(await checkDatabaseVersion(indexedDB, name)).toEqual({ status: 'ok' });
    expect((await indexedDB.databases()).some((db) => db.name === name)).toBe(false);
  });

  it('lets this release’s own database through', async () => {
    const name = uniqueName();
    const db = new RopaDatabase(name);
    await db.open();
    db.close();
    expect(await checkDatabaseVersion(indexedDB, name)).toEqual({ status: 'ok' });
  });

  it('declares exactly the schema version register files carry', () => {
    expect(new RopaDatabase(uniqueName()).verno).toBe(CURRENT_SCHEMA_VERSION);
  });

  it('refuses a newer database, naming both versions, and changes nothing in it', async () => {
    const name = uniqueName();
    await newerDatabase(name);
    expect(await checkDatabaseVersion(indexedDB, name)).toEqual({
      status: 'newer',
      found: 6,
      supported: CURRENT_SCHEMA_VERSION,
    });
    expect(await storedRows(name)).toEqual({ version: 60, rows: [{ id: 'a1', name: 'Kept' }] });
  });

  it('says so when the browser cannot list its databases', async () => {
    const broken = {
      databases: () => Promise.reject(new Error('storage unavailable')),
    } as unknown as IDBFactory;
    expect(await checkDatabaseVersion(broken)).toEqual({
      status: 'unknown',
      message: 'storage unavailable',
    });
  });
});
