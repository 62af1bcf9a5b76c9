import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type {
  BackupEntry,
  BackupManifestInfo,
  BackupProtectionResponse,
} from '../../../shared/ipc/contract';
import { readRegisterFile, writeRegisterFile } from '../../../shared/register-file';
import {
  isEncryptedRegister,
  WrongPassphraseError,
} from '../../../shared/register-file/encryption';
import { RopaDatabase, useDatabase } from '../../../renderer/db/database';
import { replaceRegister, snapshot } from '../../../renderer/db/repos/register';
import {
  backupPassphraseState,
  loadProtection,
  protectionSaved,
  unlockBackups,
} from '../../../renderer/features/backups/backup-passphrase';
import { makeVerifier, manifestOfText } from '../../../renderer/features/backups/protected-backup';
import {
  restoreBackup,
  RestoreBackupError,
  type RestorePrompts,
} from '../../../renderer/features/backups/restore-backup';
import { takeBackup } from '../../../renderer/features/backups/take-backup';
import type { BackupBridge } from '../../../renderer/platform/types';
import { exampleWith } from './example-with';

const NOW = '2026-11-25T12:00:00.000Z';
const PASSPHRASE = 'kettle harbour violet';

interface Stored {
  entry: BackupEntry;
  data: Uint8Array<ArrayBuffer>;
}

let folder: Stored[];
let protection: BackupProtectionResponse;
let bridge: BackupBridge;

/**
 * A backup folder in memory that behaves as main's does (tested in tests/unit/electron): it
 * refuses an unprotected backup while protection is on, and lists a protected one with the
 * manifest sent beside it.
 */
function fakeMain(): BackupBridge {
  let time = Date.parse(NOW);
  const manifestOf = async (data: Uint8Array): Promise<BackupManifestInfo> => {
    const file = await readRegisterFile(new TextDecoder().decode(data));
    return manifestOfText(await writeRegisterFile(file.register, file.exportedAt, 'test'));
  };
  return {
    writeBackup: async ({ reason, data, manifest }) => {
      const sealed = isEncryptedRegister(data);
      if (protection.status !== 'off' && !sealed) {
        return { status: 'failed', message: 'Refused: backups are protected.' };
      }
      const at = new Date((time += 60_000)).toISOString();
      const entry: BackupEntry = {
        name: `ropa-desk-backup-${at.replace(/:/g, '-')}-${reason}.ropa.json`,
        time: at,
        reason,
        size: data.length,
        protected: sealed,
        status: 'ok',
        manifest: sealed && manifest ? manifest : await manifestOf(data),
      };
      folder.unshift({ entry, data: new Uint8Array(data) });
      return { status: 'written', backup: entry };
    },
    listBackups: async () => ({
      status: 'listed',
      folder: '/backups',
      source: 'default',
      entries: folder.map((b) => b.entry),
    }),
    readBackup: async ({ name }) => {
      const found = folder.find((b) => b.entry.name === name);
      return found
        ? { status: 'read', name, data: new Uint8Array(found.data) }
        : { status: 'failed', message: 'gone' };
    },
    latestBackup: () => Promise.reject(new Error('not used')),
    revealBackupFolder: () => Promise.reject(new Error('not used')),
    chooseBackupFolder: () => Promise.reject(new Error('not used')),
    readyToQuit: () => Promise.reject(new Error('not used')),
    backupProtection: async () => protection,
    setBackupProtection: async ({ verifier }) => {
      protection = verifier === null ? { status: 'off' } : { status: 'on', verifier };
      return { status: 'saved' };
    },
  };
}

/** Protection turned on as Settings does it, with the passphrase in this session's memory. */
async function protectInThisSession(): Promise<void> {
  const verifier = await makeVerifier(PASSPHRASE);
  await bridge.setBackupProtection({ verifier });
  protectionSaved(verifier, PASSPHRASE);
}

/** As after a restart: main says backups are protected, the window has no passphrase. */
async function protectedAfterRestart(): Promise<void> {
  await bridge.setBackupProtection({ verifier: null });
  await loadProtection(bridge);
  await bridge.setBackupProtection({ verifier: await makeVerifier(PASSPHRASE) });
  await loadProtection(bridge);
}

const entries = (): BackupEntry[] => folder.map((b) => b.entry);

/** Stands in for the passphrase dialog: a wrong passphrase first (refused), then `typed`. */
const prompts = (typed: string, resume = vi.fn(async () => false)) => {
  const seen: unknown[] = [];
  const asked: RestorePrompts = {
    unlock: async (_backup, open) => {
      seen.push(await open('not the passphrase at all').catch((e: unknown) => e));
      try {
        return { status: 'opened', value: await open(typed) };
      } catch (error) {
        seen.push(error);
        return { status: 'cancelled' };
      }
    },
    resume,
  };
  return { asked, seen, resume };
};

beforeEach(async () => {
  useDatabase(new RopaDatabase(`protected-${crypto.randomUUID()}`));
  folder = [];
  protection = { status: 'off' };
  bridge = fakeMain();
  await loadProtection(bridge);
});

describe('taking a backup while backups are protected', () => {
  it('writes the register encrypted, listed with a lock and the counts of the register', async () => {
    await replaceRegister(exampleWith(4, NOW), 'test setup');
    await protectInThisSession();
    const outcome = await takeBackup(bridge, 'change', new Date(NOW));
    expect(outcome).toMatchObject({ status: 'written', backup: { protected: true } });
    const [entry] = entries();
    expect(entry).toMatchObject({ protected: true, status: 'ok' });
    expect(entry?.status === 'ok' && entry.manifest?.counts).toMatchObject({
      activities: 4,
      thirdParties: exampleWith(4, NOW).thirdParties.length,
    });
  });

  it('never sends main an activity name, or the passphrase', async () => {
    const register = exampleWith(4, NOW);
    await replaceRegister(register, 'test setup');
    await protectInThisSession();
    await takeBackup(bridge, 'change', new Date(NOW));
    const names = register.activities.map((a) => a.name);
    expect(names.length).toBeGreaterThan(0);
    expect(folder).toHaveLength(1);
    for (const { data, entry } of folder) {
      const sent = new TextDecoder().decode(data) + JSON.stringify(entry);
      for (const name of names) expect(sent).not.toContain(name);
      expect(sent).not.toContain(PASSPHRASE);
    }
  });

  it('writes nothing without the passphrase (paused), and goes on once the right one is entered', async () => {
    await replaceRegister(exampleWith(2, NOW), 'test setup');
    await protectedAfterRestart();
    expect(backupPassphraseState()).toMatchObject({
      protection: { status: 'on' },
      unlocked: false,
    });
    expect(await takeBackup(bridge, 'daily')).toEqual({ status: 'paused' });
    expect(folder).toEqual([]);

    await expect(unlockBackups('kettle harbour violte')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    expect(backupPassphraseState().unlocked).toBe(false);
    await unlockBackups(PASSPHRASE);
    expect(await takeBackup(bridge, 'daily')).toMatchObject({
      status: 'written',
      backup: { protected: true },
    });
  });

  it('gives a manifest that matches the register file it describes', async () => {
    const text = await writeRegisterFile(exampleWith(3, NOW), NOW, 'test');
    const manifest = manifestOfText(text);
    expect(manifest).toMatchObject({ schemaVersion: 5, exportedAt: NOW });
    expect(manifest.checksum).toBe((JSON.parse(text) as { checksum: string }).checksum);
    expect(manifest.counts.activities).toBe(3);
  });
});

describe('restoring a protected backup', () => {
  async function protectedBackupOf(activities: number): Promise<BackupEntry> {
    await replaceRegister(exampleWith(activities, NOW), 'test setup');
    await protectInThisSession();
    const outcome = await takeBackup(bridge, 'daily', new Date(NOW));
    if (outcome.status !== 'written') throw new Error(`no backup: ${outcome.status}`);
    return outcome.backup;
  }

  it('asks its passphrase, says a wrong one is wrong, and restores with the right one', async () => {
    const backup = await protectedBackupOf(2);
    await replaceRegister(exampleWith(5, NOW), 'later changes');
    const { asked, seen } = prompts(PASSPHRASE);
    const restored = await restoreBackup(bridge, backup, new Date(NOW), asked);
    expect(restored?.activities).toHaveLength(2);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toBeInstanceOf(WrongPassphraseError);
    expect((seen[0] as Error).message).toMatch(/not the one this file was protected with/);
    expect((await snapshot()).activities).toHaveLength(2);
    // Still reversible: the register as it was is backed up first, protected too.
    const undo = entries().find((e) => e.reason === 'before-restore');
    expect(undo).toMatchObject({ protected: true, status: 'ok' });
    expect(undo?.status === 'ok' && undo.manifest?.counts.activities).toBe(5);
  });

  it('changes nothing and asks nothing when a byte of the backup was changed', async () => {
    const backup = await protectedBackupOf(2);
    await replaceRegister(exampleWith(5, NOW), 'later changes');
    const stored = folder.find((b) => b.entry.name === backup.name);
    if (!stored) throw new Error('the backup is not in the folder');
    const at = new TextDecoder().decode(stored.data).indexOf('"ciphertext": "') + 40;
    stored.data[at] = stored.data[at] === 65 ? 66 : 65;
    const before = await snapshot();
    const unlock = vi.fn<RestorePrompts['unlock']>();
    const error = await restoreBackup(bridge, backup, new Date(NOW), {
      unlock,
      resume: async () => false,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestoreBackupError);
    expect((error as Error).message).toMatch(
      /Nothing was restored: the backup of .* cannot be used\. This file has been changed or damaged since it was protected/,
    );
    expect(unlock).not.toHaveBeenCalled();
    expect(await snapshot()).toEqual(before);
  });

  it('changes nothing when the person gives up on the passphrase', async () => {
    const backup = await protectedBackupOf(2);
    await replaceRegister(exampleWith(5, NOW), 'later changes');
    const { asked } = prompts('still not the passphrase');
    expect(await restoreBackup(bridge, backup, new Date(NOW), asked)).toBeNull();
    expect((await snapshot()).activities).toHaveLength(5);
  });

  it('after a restart, one passphrase opens the backup and lets the safety backup be taken', async () => {
    const backup = await protectedBackupOf(2);
    await replaceRegister(exampleWith(5, NOW), 'later changes');
    await loadProtection(bridge);
    await protectedAfterRestart();
    // The verifier changed with the restart above, but the passphrase is the same.
    const { asked, resume } = prompts(PASSPHRASE);
    await restoreBackup(bridge, backup, new Date(NOW), asked);
    expect(resume).not.toHaveBeenCalled();
    expect((await snapshot()).activities).toHaveLength(2);
    const undo = entries().find((e) => e.reason === 'before-restore');
    expect(undo).toMatchObject({ protected: true });
  });

  it('refuses, changing nothing, when backups are paused and the passphrase is not given', async () => {
    const backup = await protectedBackupOf(2);
    await replaceRegister(exampleWith(5, NOW), 'later changes');
    // Backups now protected with another passphrase than this backup's, and not entered.
    await bridge.setBackupProtection({ verifier: null });
    await loadProtection(bridge);
    await bridge.setBackupProtection({ verifier: await makeVerifier('a different passphrase') });
    await loadProtection(bridge);
    const { asked, resume } = prompts(PASSPHRASE);
    const error = await restoreBackup(bridge, backup, new Date(NOW), asked).catch(
      (e: unknown) => e,
    );
    expect(resume).toHaveBeenCalledOnce();
    expect((error as Error).message).toMatch(
      /Nothing was restored: your backups are protected.*could not be undone/,
    );
    expect((await snapshot()).activities).toHaveLength(5);
  });

  it('refuses a protected backup where no passphrase can be asked', async () => {
    const backup = await protectedBackupOf(2);
    const error = await restoreBackup(bridge, backup, new Date(NOW)).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/cannot be used\. It is protected with a passphrase/);
  });
});
