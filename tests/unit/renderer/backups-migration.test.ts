/** The backup before a schema migration holds the rows as the older version stored them. */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { BackupProtectionResponse, WriteBackupRequest } from '../../../shared/ipc/contract';
import { decryptRegisterBytes } from '../../../shared/register-file/encryption';
import { readRegisterFile } from '../../../shared/register-file';
import { RopaDatabase } from '../../../renderer/db/database';
import {
  protectionTurnedOff,
  unlockBackups,
} from '../../../renderer/features/backups/backup-passphrase';
import {
  backupBeforeMigration,
  NO_PASSPHRASE_FOR_UPGRADE,
} from '../../../renderer/features/backups/migration-backup';
import { makeVerifier } from '../../../renderer/features/backups/protected-backup';
import type { BackupBridge } from '../../../renderer/platform/types';
import { olderDatabase } from './older-database';

function bridge(protection: BackupProtectionResponse = { status: 'off' }) {
  const written: WriteBackupRequest[] = [];
  return {
    written,
    bridge: {
      writeBackup: vi.fn<BackupBridge['writeBackup']>(async (request) => {
        written.push(request);
        return { status: 'failed', message: 'recorded only' };
      }),
      backupProtection: vi.fn<BackupBridge['backupProtection']>(async () => protection),
    },
  };
}

/** No one is asked in these tests unless they say so. */
const notAsked = { askPassphrase: () => Promise.reject(new Error('not asked for a passphrase')) };

afterEach(() => protectionTurnedOff());

const storedVersion = async (name: string) =>
  (await indexedDB.databases()).find((db) => db.name === name)?.version;

describe('the backup before a migration', () => {
  it.each([1, 2, 3, 4] as const)(
    'writes a schema %i database’s rows as a register file of that version, changing nothing',
    async (version) => {
      const { name, register } = await olderDatabase(version, { auditEvents: true });
      const { bridge: fake, written } = bridge();
      await backupBeforeMigration(fake, { name, ...notAsked });
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
    expect(await backupBeforeMigration(fake, { name, ...notAsked })).toEqual({
      status: 'not-needed',
    });
    const db = new RopaDatabase(name);
    await db.open();
    db.close();
    expect(await backupBeforeMigration(fake, { name, ...notAsked })).toEqual({
      status: 'not-needed',
    });
    expect(fake.writeBackup).not.toHaveBeenCalled();
  });

  it('answers with the reason when main cannot be reached, rather than leaving the window waiting', async () => {
    const { name } = await olderDatabase(1);
    const { bridge: fake } = bridge();
    fake.writeBackup.mockRejectedValueOnce(new Error('the main process went away'));
    expect(await backupBeforeMigration(fake, { name, ...notAsked })).toEqual({
      status: 'failed',
      message: 'The backup before the upgrade could not be written (the main process went away).',
    });
  });

  it('writes nothing for an older database with no records', async () => {
    const { name } = await olderDatabase(1, { empty: true });
    const { bridge: fake } = bridge();
    expect(await backupBeforeMigration(fake, { name, ...notAsked })).toEqual({ status: 'empty' });
    expect(fake.writeBackup).not.toHaveBeenCalled();
  });

  describe('when backups are protected', () => {
    const passphrase = 'correct horse battery staple';

    it('asks for the passphrase first and writes the backup encrypted, with every count', async () => {
      const { name, register } = await olderDatabase(2, { auditEvents: true });
      const { bridge: fake, written } = bridge({
        status: 'on',
        verifier: await makeVerifier(passphrase),
      });
      const askPassphrase = vi.fn(async () => {
        await unlockBackups(passphrase);
        return true;
      });
      await backupBeforeMigration(fake, { name, askPassphrase });
      expect(askPassphrase).toHaveBeenCalledTimes(1);
      expect(written).toHaveLength(1);
      const [request] = written;
      const firstName = (register.activities as { name: string }[])[0]?.name ?? '';
      expect(firstName).not.toBe('');
      expect(new TextDecoder().decode(request?.data)).not.toContain(firstName);
      const plain = await decryptRegisterBytes(request?.data ?? new Uint8Array(), passphrase);
      const read = await readRegisterFile(new TextDecoder().decode(plain));
      expect(read.migratedFrom).toBe(2);
      // The tables schema 2 did not have yet are counted as empty, as main's manifest requires.
      expect(request?.manifest?.counts).toMatchObject({
        activities: register.activities?.length,
        complaints: 0,
        breaches: 0,
      });
      expect(request?.manifest?.schemaVersion).toBe(2);
    }, 60_000);

    it('writes nothing, and says why, when the passphrase is not given', async () => {
      const { name } = await olderDatabase(3);
      const { bridge: fake } = bridge({ status: 'on', verifier: await makeVerifier(passphrase) });
      const outcome = await backupBeforeMigration(fake, {
        name,
        askPassphrase: async () => false,
      });
      expect(outcome).toEqual({ status: 'failed', message: NO_PASSPHRASE_FOR_UPGRADE });
      expect(fake.writeBackup).not.toHaveBeenCalled();
      expect(await storedVersion(name)).toBe(30);
    }, 30_000);

    it('says to set the passphrase again when its record cannot be read, writing nothing', async () => {
      const { name } = await olderDatabase(3);
      const { bridge: fake } = bridge({ status: 'damaged', message: 'unreadable' });
      const outcome = await backupBeforeMigration(fake, { name, askPassphrase: async () => false });
      expect(outcome).toMatchObject({
        status: 'failed',
        message: expect.stringMatching(/set the passphrase again in Settings ▸ Backups/),
      });
      expect(fake.writeBackup).not.toHaveBeenCalled();
    });
  });
});
