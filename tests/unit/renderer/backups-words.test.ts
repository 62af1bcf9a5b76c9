/** What a backup's row in Settings ▸ Backups says it holds. */
import { describe, expect, it } from 'vitest';
import type { BackupManifestInfo } from '../../../shared/ipc/contract';
import { countsOf } from '../../../renderer/features/backups/missing-records';
import { holdsWords } from '../../../renderer/features/backups/words';
import { exampleWith } from './example-with';

const NOW = '2026-11-25T12:00:00.000Z';

const manifestWith = (activities: number): BackupManifestInfo => {
  const register = exampleWith(activities, NOW);
  return {
    schemaVersion: 5,
    exportedAt: NOW,
    checksum: 'sha256:0',
    counts: { ...countsOf(register), auditEvents: 40 },
  };
};

describe('what a backup holds, in its row', () => {
  it('gives the record counts when they are known', () => {
    const words = holdsWords(manifestWith(3));
    expect(words).toMatch(/^3 activities, \d+ third parties, \d+ transfers/);
    expect(words).not.toMatch(/audit/);
  });

  it('says a protected backup whose counts were lost is whole and needs its passphrase, not that it is damaged', () => {
    const words = holdsWords(null);
    expect(words).toMatch(/^Record counts unknown until it is opened with its passphrase/);
    expect(words).toMatch(/restores like any other protected backup/);
    expect(words).not.toMatch(/damaged/i);
  });
});
