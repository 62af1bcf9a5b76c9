/** Backups in the person's words: why each was taken, what it holds, when (UK time). */
import type { BackupManifestInfo, BackupReasonName } from '../../../shared/ipc/contract';

export const reasonWords: Record<BackupReasonName, string> = {
  change: 'After changes',
  manual: 'Backed up by hand',
  daily: 'Daily',
  quit: 'When Ropa Desk closed',
  'before-import': 'Before an import',
  'before-restore': 'Before a restore',
  'before-migration': 'Before an upgrade',
};

export type Counts = BackupManifestInfo['counts'];

/** Singular and plural names of what each table holds, in the order people look for them. */
export const tableWords: { [K in keyof Counts]: [string, string] } = {
  organisation: ['organisation profile', 'organisation profiles'],
  activities: ['activity', 'activities'],
  thirdParties: ['third party', 'third parties'],
  transfers: ['transfer', 'transfers'],
  lias: ['legitimate interests assessment', 'legitimate interests assessments'],
  tras: ['transfer risk assessment', 'transfer risk assessments'],
  noticeDrafts: ['privacy notice draft', 'privacy notice drafts'],
  noticeVersions: ['published privacy notice', 'published privacy notices'],
  acceptedRisks: ['accepted risk', 'accepted risks'],
  reviews: ['review', 'reviews'],
  breaches: ['breach', 'breaches'],
  rightsRequests: ['rights request', 'rights requests'],
  complaints: ['complaint', 'complaints'],
  auditEvents: ['audit trail entry', 'audit trail entries'],
};

export const countOf = (table: keyof Counts, n: number): string =>
  `${n.toLocaleString('en-GB')} ${tableWords[table][n === 1 ? 0 : 1]}`;

const HEADLINE: (keyof Counts)[] = ['activities', 'thirdParties', 'transfers'];

/** "12 activities, 8 third parties, 3 transfers, 2 breaches": the main three always, others when any. */
export function countsSummary(counts: Omit<Counts, 'auditEvents'>): string {
  // The audit trail is not a record count people look for in a backup.
  const tables = (Object.keys(counts) as (keyof typeof counts)[]).filter(
    (table) => (table as keyof Counts) !== 'auditEvents',
  );
  return tables
    .filter((table) => HEADLINE.includes(table) || (table !== 'organisation' && counts[table] > 0))
    .map((table) => countOf(table, counts[table]))
    .join(', ');
}

/** A whole protected backup whose counts, kept beside it, were lost: only the passphrase tells. */
export const COUNTS_NEED_PASSPHRASE =
  'Record counts unknown until it is opened with its passphrase: the small file beside it that lists them is missing or unreadable. It restores like any other protected backup.';

/** What a listed backup holds: its counts, or why they are not known. */
export const holdsWords = (manifest: BackupManifestInfo | null): string =>
  manifest ? countsSummary(manifest.counts) : COUNTS_NEED_PASSPHRASE;

const ukTimeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** "26 November 2026 at 14:05", in UK time whatever the computer's time zone. */
export const ukDateTime = (time: string): string =>
  ukTimeFormat.format(new Date(time)).replace(', ', ' at ');

/** 1536 → "1.5 KB", as file managers show sizes. */
export function sizeWords(bytes: number | null): string {
  if (bytes === null) return 'unknown size';
  if (bytes < 1024) return `${bytes} bytes`;
  const kb = bytes / 1024;
  if (kb < 1024) return `${kb < 10 ? kb.toFixed(1) : Math.round(kb)} KB`;
  const mb = kb / 1024;
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}
