/**
 * Automatic backups from the desktop window: 30 seconds after the last change, once a UK day
 * (at start, and when the day turns while the app is open), and at quit when main asks. At
 * start the register is first compared with the last backup, so no automatic backup is written
 * over the evidence of lost records before the person has been asked about them.
 *
 * Changes are noticed through the audit trail's last event, read live: every write to the
 * register (commits, imports, restores, from this window or another) appends an event, so this
 * needs no hook in the write path and cannot miss a writer that bypasses commit().
 *
 * Protected backups: when main says backups are protected and no passphrase is in memory, the
 * first automatic backup asks for it once; on "Not now" automatic backups pause (and say so)
 * until it is entered in Settings. The quit backup never asks: the window is closing.
 */
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef } from 'react';
import { useLocation } from 'wouter';
import type { BackupReasonName, LatestBackupResponse } from '../../../shared/ipc/contract';
import { lastAuditEvent } from '../../db/repos/audit-trail';
import { showReplacedRegister } from '../../navigation/useGuardedNavigate';
import { platform } from '../../platform';
import type { BackupBridge } from '../../platform/types';
import { askToResumeBackups, hideBackupsPaused, showBackupsPaused } from './askBackupPassphrase';
import { loadProtection } from './backup-passphrase';
import { askAboutMissingRecords } from './MissingRecords';
import { missingRecords, registerCounts } from './missing-records';
import { openRestoreBackup } from './openRestoreBackup';
import { takeBackup } from './take-backup';
import { ukDay } from '../../../shared/util/uk-day';

export const CHANGE_DELAY_MS = 30_000;
const DAY_CHECK_MS = 60_000;
const FAILURE_ID = 'backup-failed';

// One notification for a run of failures, not one per attempt; a success takes it away.
let failureShown = false;
// The passphrase is asked for once a session; after "Not now", Settings is where to enter it.
let askedForPassphrase = false;

async function backUp(bridge: BackupBridge, reason: BackupReasonName): Promise<void> {
  let outcome = await takeBackup(bridge, reason);
  if (outcome.status === 'paused' && reason !== 'quit' && !askedForPassphrase) {
    askedForPassphrase = true;
    if (await askToResumeBackups()) outcome = await takeBackup(bridge, reason);
  }
  if (outcome.status === 'paused') {
    if (reason !== 'quit') showBackupsPaused();
    return;
  }
  if (outcome.status === 'written') hideBackupsPaused();
  if (outcome.status === 'failed') {
    if (failureShown) return;
    failureShown = true;
    notifications.show({
      id: FAILURE_ID,
      color: 'red',
      title: 'A backup could not be written',
      message: outcome.message,
      autoClose: false,
      withCloseButton: true,
      onClose: () => {
        failureShown = false;
      },
    });
  } else if (outcome.status === 'written' && failureShown) {
    failureShown = false;
    notifications.hide(FAILURE_ID);
  }
}

export function AutoBackup() {
  const bridge = platform.backups;
  return bridge ? <AutoBackupRunner bridge={bridge} /> : null;
}

function AutoBackupRunner({ bridge }: { bridge: BackupBridge }) {
  const [, navigate] = useLocation();
  // Read through a ref, so a new navigate function never re-runs the start sequence.
  const navigateRef = useRef(navigate);
  useEffect(() => {
    navigateRef.current = navigate;
  }, [navigate]);
  const lastChange = useLiveQuery(async () => (await lastAuditEvent())?.hash ?? null, []);
  const baseline = useRef<string | null | undefined>(undefined);
  const pending = useRef<ReturnType<typeof setTimeout> | null>(null);

  // Start: the missing-records question, then the daily backup and the day watch.
  useEffect(() => {
    let live = true;
    let checkedDay: string | null = null;
    // The newest readable backup says whether today has one: reading the whole list would
    // read and check every backup, tens of megabytes each for a large register.
    const daily = async (known?: LatestBackupResponse) => {
      const today = ukDay(new Date());
      if (checkedDay === today) return;
      checkedDay = today;
      const latest = known ?? (await bridge.latestBackup());
      const hasToday = latest.status === 'found' && ukDay(latest.backup.time) === today;
      if (!hasToday && live) await backUp(bridge, 'daily');
    };
    let watch: ReturnType<typeof setInterval> | null = null;
    const start = async () => {
      await loadProtection(bridge);
      const latest = await bridge.latestBackup();
      if (latest.status === 'found') {
        const missing = missingRecords(await registerCounts(), latest.backup.manifest.counts);
        if (live && missing.length > 0 && (await askAboutMissingRecords(latest.backup, missing))) {
          await openRestoreBackup({
            bridge,
            backup: latest.backup,
            onRestored: () => showReplacedRegister(navigateRef.current),
          });
        }
      }
      if (!live) return;
      await daily(latest);
      watch = setInterval(() => void daily().catch(() => undefined), DAY_CHECK_MS);
    };
    start().catch(() => undefined);
    return () => {
      live = false;
      if (watch) clearInterval(watch);
    };
  }, [bridge]);

  // After changes: one backup once the register has been still for CHANGE_DELAY_MS.
  useEffect(() => {
    if (lastChange === undefined) return;
    if (baseline.current === undefined || baseline.current === lastChange) {
      baseline.current = lastChange;
      return;
    }
    baseline.current = lastChange;
    if (pending.current) clearTimeout(pending.current);
    pending.current = setTimeout(() => {
      pending.current = null;
      void backUp(bridge, 'change');
    }, CHANGE_DELAY_MS);
  }, [bridge, lastChange]);

  useEffect(
    () => () => {
      if (pending.current) clearTimeout(pending.current);
    },
    [],
  );

  // At quit: the quit backup stands in for a pending change backup; main waits for the answer.
  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command !== 'backup:quit') return;
        if (pending.current) clearTimeout(pending.current);
        pending.current = null;
        void backUp(bridge, 'quit')
          .catch(() => undefined)
          .finally(() => void bridge.readyToQuit());
      }),
    [bridge],
  );

  return null;
}
