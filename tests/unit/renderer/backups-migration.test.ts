/** The backup before a schema migration holds the rows as the older version stored them. */
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { WriteBackupRequest } from '../../../shared/ipc/contract';
import { readRegisterFile } from '../../../shared/register-file';
import { RopaDatabase } from '../../../renderer/db/database';
import { backupBeforeMigration } from '../../../renderer/features/backups/migration-backup';
import type { BackupBridge } from '../../../renderer/platform/types';
import { olderDatabase } from './older-database';

function bridge() {
  const written: WriteBackupRequest[] = [];
  return {
    written,
    bridge: {
      writeBackup: vi.fn<BackupBridge['writeBackup']>(async (request) => {
        written.push(request);
        return { status: 'failed', message: 'recorded only' };
      }),
    },
  };
}

const storedVersion = async (name: string) =>
  (await indexedDB.databases()).find((db) => db.name === name)?.version;

describe('the backup before a migration', () => {
  it.each([1, 2, 3, 4] as const)(
    'writes a schema %i database’s rows as a register file of that version, changing nothing',
    async (version) => {
      const { name, register } = await olderDatabase(version, { auditEvents: true });
      const { bridge: fake, written } = bridge();
      await backupBeforeMigration(fake, { name });
      expect(written.map((w) => w.reason)).toEqual(['before-migration']);
      const text = new TextDecoder().decode(written[0]?.data);
      const read = await readRegisterFile(text);
      expect(read.migratedFrom).toBe(version);
      expect(read.register.activities.map((a) => a.id).sort()).toEqual(
        (register.activities as { id: string }[]).map((a) => a.id).sort(),
      );
      expect(read.register.auditEvents).toHaveLength(register.auditEvents?.length ?? 0);
      expect(await storedVersion(name)).toBe(version * 10);
      // Closed again, so the upgrade that follows is not blocked.
      const db = new RopaDatabase(name);
      expect(await db.activities.count()).toBe(register.activities?.length);
      db.close();
    },
  );

  it('writes nothing when the database is already at this version, or does not exist', async () => {
    const name = `migration-${crypto.randomUUID()}`;
    const { bridge: fake } = bridge();
    expect(await backupBeforeMigration(fake, { name })).toEqual({ status: 'not-needed' });
    const db = new RopaDatabase(name);
    await db.open();
    db.close();
    expect(await backupBeforeMigration(fake, { name })).toEqual({ status: 'not-needed' });
    expect(fake.writeBackup).not.toHaveBeenCalled();
  });

  it('writes nothing for an older database with no records', async () => {
    const { name } = await olderDatabase(1, { empty: true });
    const { bridge: fake } = bridge();
    expect(await backupBeforeMigration(fake, { name })).toEqual({ status: 'empty' });
    expect(fake.writeBackup).not.toHaveBeenCalled();
  });
});
