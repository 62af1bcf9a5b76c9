/**
 * Whether backups are protected, and the passphrase for this session. The passphrase lives only
 * in this module's memory: never in IndexedDB, settings, zustand's devtools or a file, and it
 * goes to main only inside an encrypted backup. Main keeps only whether backups are protected
 * (with a verifier); after a restart the passphrase is asked for again.
 */
import { useSyncExternalStore } from 'react';
import type { BackupProtectionResponse } from '../../../shared/ipc/contract';
import type { BackupBridge } from '../../platform/types';
import { checkVerifier } from './protected-backup';

/** 'unknown' until main has answered; main refuses unprotected backups meanwhile if it must. */
export type Protection = BackupProtectionResponse | { status: 'unknown' };

export interface BackupPassphraseState {
  protection: Protection;
  /** The passphrase is in memory, so protected backups can be written. */
  unlocked: boolean;
}

let state: BackupPassphraseState = { protection: { status: 'unknown' }, unlocked: false };
let passphrase: string | null = null;
const listeners = new Set<() => void>();

function update(next: Partial<BackupPassphraseState>): void {
  state = { ...state, ...next };
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const backupPassphraseState = (): BackupPassphraseState => state;

export const useBackupPassphrase = (): BackupPassphraseState =>
  useSyncExternalStore(subscribe, backupPassphraseState);

/** Backups must be protected: on, or its record damaged (then only protected ones are safe). */
export const mustProtect = (protection: Protection): boolean =>
  protection.status === 'on' || protection.status === 'damaged';

/** Automatic backups wait for the passphrase. */
export const isPaused = ({ protection, unlocked }: BackupPassphraseState): boolean =>
  mustProtect(protection) && !unlocked;

/** The passphrase to protect a backup with, or null when backups are not protected. */
export function passphraseForBackup():
  { protect: false } | { protect: true; passphrase: string | null } {
  return mustProtect(state.protection) ? { protect: true, passphrase } : { protect: false };
}

/** Asks main; an unreadable answer leaves 'unknown' (main still guards every write). */
export async function loadProtection(
  bridge: Pick<BackupBridge, 'backupProtection'>,
): Promise<void> {
  try {
    const protection = await bridge.backupProtection();
    if (protection.status === 'off') passphrase = null;
    update({ protection, unlocked: protection.status !== 'off' && passphrase !== null });
  } catch {
    update({ protection: { status: 'unknown' } });
  }
}

/** Keeps `typed` for the session once it matches the verifier; throws as decryption does. */
export async function unlockBackups(typed: string): Promise<void> {
  const { protection } = state;
  if (protection.status !== 'on') return;
  await checkVerifier(protection.verifier, typed);
  passphrase = typed;
  update({ unlocked: true });
}

/** After main has kept a new verifier (protection on, or a new passphrase). */
export function protectionSaved(verifier: string, chosen: string): void {
  passphrase = chosen;
  update({ protection: { status: 'on', verifier }, unlocked: true });
}

/** After main has recorded that backups are no longer protected. */
export function protectionTurnedOff(): void {
  passphrase = null;
  update({ protection: { status: 'off' }, unlocked: false });
}
