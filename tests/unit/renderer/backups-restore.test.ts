import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Register } from '../../../shared/domain';
import type { BackupEntry, WriteBackupRequest } from '../../../shared/ipc/contract';
import { readRegisterFile, writeRegisterFile } from '../../../shared/register-file';
import { RopaDatabase, useDatabase } from '../../../renderer/db/database';
import { replaceRegister, snapshot } from '../../../renderer/db/repos/register';
import { getSettings } from '../../../renderer/db/repos/settings';
import { lastAuditEvent } from '../../../renderer/db/repos/audit-trail';
import {
  restoreBackup,
  RestoreBackupError,
} from '../../../renderer/features/backups/restore-backup';
import { takeBackup } from '../../../renderer/features/backups/take-backup';
import type { BackupBridge } from '../../../renderer/platform/types';
import { exampleWith } from './example-with';

const NOW = '2026-11-25T12:00:00.000Z';
const BACKUP = {
  name: 'ropa-desk-backup-2026-11-24T09-30-00.000Z-daily.ropa.json',
  time: '2026-11-24T09:30:00.000Z',
  reason: 'daily' as const,
};

beforeEach(() => {
  useDatabase(new RopaDatabase(`backups-${crypto.randomUUID()}`));
});

const encode = (text: string) => new TextEncoder().encode(text);

/** A bridge whose backup folder is a list in memory; `failWrite` fails every write. */
function fakeBridge(backupBytes: Uint8Array<ArrayBuffer>, { failWrite = false } = {}) {
  const written: WriteBackupRequest[] = [];
  const bridge = {
    writeBackup: vi.fn<BackupBridge['writeBackup']>(async (request) => {
      if (failWrite) {
        return {
          status: 'failed',
          message: 'There is not enough free space for a backup. Your register itself is safe.',
        };
      }
      written.push(request);
      const backup: BackupEntry = {
        name: `b-${written.length}`,
        time: NOW,
        reason: request.reason,
        size: request.data.length,
        protected: false,
        status: 'damaged',
        problem: 'not inspected by the fake',
      };
      return { status: 'written', backup };
    }),
    readBackup: vi.fn<BackupBridge['readBackup']>(async (request) => ({
      status: 'read',
      name: request.name,
      data: backupBytes,
    })),
  };
  return { bridge, written };
}

async function registerOf(request: WriteBackupRequest | undefined): Promise<Register> {
  if (!request) throw new Error('no backup was written');
  return (await readRegisterFile(new TextDecoder().decode(request.data))).register;
}

describe('restoring a backup', () => {
  it('backs up the register as it is first, then replaces it with the backup, recorded in the trail', async () => {
    await replaceRegister(exampleWith(5, NOW), 'test setup');
    const backupBytes = encode(await writeRegisterFile(exampleWith(2, NOW), NOW, 'test'));
    const { bridge, written } = fakeBridge(backupBytes);

    await restoreBackup(bridge, BACKUP, new Date(NOW));

    expect(written.map((w) => w.reason)).toEqual(['before-restore']);
    expect((await registerOf(written[0])).activities).toHaveLength(5);
    expect(bridge.writeBackup.mock.invocationCallOrder[0]).toBeLessThan(
      bridge.readBackup.mock.invocationCallOrder[0] ?? 0,
    );
    expect(bridge.readBackup).toHaveBeenCalledWith({ name: BACKUP.name });
    expect((await snapshot()).activities).toHaveLength(2);
    expect((await lastAuditEvent())?.summary).toBe(
      'Restored the backup of 24 November 2026 at 09:30 (daily)',
    );
    expect((await getSettings()).onboarded).toBe(true);
  });

  it('is itself undone by restoring the before-restore backup', async () => {
    await replaceRegister(exampleWith(5, NOW), 'test setup');
    const first = fakeBridge(encode(await writeRegisterFile(exampleWith(2, NOW), NOW, 'test')));
    await restoreBackup(first.bridge, BACKUP, new Date(NOW));
    const undoBytes = first.written[0]?.data;
    if (!undoBytes) throw new Error('no before-restore backup');
    await restoreBackup(fakeBridge(undoBytes).bridge, BACKUP, new Date(NOW));
    const ids = (activities: { id: string }[]) => activities.map((a) => a.id).sort();
    expect(ids((await snapshot()).activities)).toEqual(ids(exampleWith(5, NOW).activities));
  });

  it('changes nothing, and does not even read the backup, when the backup before it fails', async () => {
    await replaceRegister(exampleWith(5, NOW), 'test setup');
    const before = await snapshot();
    const { bridge } = fakeBridge(
      encode(await writeRegisterFile(exampleWith(2, NOW), NOW, 'test')),
      {
        failWrite: true,
      },
    );
    const error = await restoreBackup(bridge, BACKUP).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RestoreBackupError);
    expect((error as Error).message).toMatch(
      /Nothing was restored.*could not be undone.*not enough free space/,
    );
    expect(bridge.readBackup).not.toHaveBeenCalled();
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['a damaged file', encode('{"format":"ropa-desk-register","schemaVersion":5,')],
    ['bytes that are not text', new Uint8Array([0xff, 0xfe, 0x00])],
  ])('changes nothing and says to choose another backup when it is %s', async (_label, bytes) => {
    await replaceRegister(exampleWith(5, NOW), 'test setup');
    const before = await snapshot();
    const error = await restoreBackup(fakeBridge(bytes).bridge, BACKUP).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/Nothing was restored.*Choose another backup/);
    expect(await snapshot()).toEqual(before);
  });

  it('says why when the backup cannot be read', async () => {
    await replaceRegister(exampleWith(5, NOW), 'test setup');
    const { bridge } = fakeBridge(new Uint8Array());
    bridge.readBackup.mockResolvedValue({ status: 'failed', message: 'It is no longer there.' });
    await expect(restoreBackup(bridge, BACKUP)).rejects.toThrow(
      'Nothing was restored. It is no longer there.',
    );
    expect((await snapshot()).activities).toHaveLength(5);
  });
});

describe('taking a backup', () => {
  it('writes the whole register as a register file, with its audit trail', async () => {
    await replaceRegister(exampleWith(3, NOW), 'test setup');
    const { bridge, written } = fakeBridge(new Uint8Array());
    expect(await takeBackup(bridge, 'change')).toMatchObject({ status: 'written' });
    const backedUp = await registerOf(written[0]);
    expect(backedUp).toEqual(await snapshot());
    expect(written[0]?.reason).toBe('change');
  });

  it('writes nothing for an empty register, which has nothing to keep', async () => {
    const { bridge } = fakeBridge(new Uint8Array());
    expect(await takeBackup(bridge, 'daily')).toEqual({ status: 'empty' });
    expect(bridge.writeBackup).not.toHaveBeenCalled();
  });
});
