/**
 * The one bridge between the window and the Node side. Every channel is named here with its
 * request and response; the preload exposes one method per channel and `satisfies` this
 * contract, and main registers one handler per channel through a typed helper that checks
 * the sender. Nothing else crosses the process boundary.
 */
import { z } from 'zod';
import type { Register } from '../domain/register';
import type { MenuCommand } from './menu';

export const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9.]+$/i))
    .min(1)
    .max(10),
});
export type FileFilter = z.infer<typeof fileFilterSchema>;

export const saveFileRequestSchema = z.object({
  suggestedName: z.string().min(1).max(255),
  filters: z.array(fileFilterSchema).max(10),
  /** The bytes to write, as sent by structured clone. */
  data: z.instanceof(Uint8Array),
});
export type SaveFileRequest = z.infer<typeof saveFileRequestSchema>;

export type SaveFileResponse =
  | { status: 'saved'; path: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export const openFileRequestSchema = z.object({
  filters: z.array(fileFilterSchema).max(10),
  /** Files larger than this are refused before they are read. */
  maxBytes: z
    .number()
    .int()
    .positive()
    .max(512 * 1024 * 1024),
});
export type OpenFileRequest = z.infer<typeof openFileRequestSchema>;

export type OpenFileResponse =
  | { status: 'opened'; name: string; data: Uint8Array }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

export const emptyRequestSchema = z.undefined();

/** A PDF to open in the system's PDF viewer, where the person prints it. */
export const openPdfRequestSchema = z.object({
  /** The file's name, e.g. "Konnect Communities C.I.C. Article 30 record 2026-11-26.pdf". */
  name: z.string().min(1).max(255),
  data: z.instanceof(Uint8Array),
});
export type OpenPdfRequest = z.infer<typeof openPdfRequestSchema>;

export type OpenPdfResponse =
  { status: 'opened'; path: string } | { status: 'failed'; message: string };

export type RevealDataFolderResponse =
  { status: 'shown'; path: string } | { status: 'failed'; message: string };

/** Why a backup was taken; electron/backup names its files by these. */
export const backupReasons = [
  'change',
  'manual',
  'daily',
  'quit',
  'before-import',
  'before-restore',
  'before-migration',
] as const;
export type BackupReasonName = (typeof backupReasons)[number];

const recordCount = z.number().int().nonnegative().max(100_000_000);

/** A backup's manifest as the window sends it beside a protected backup, which main cannot read. */
export const backupManifestSchema = z.strictObject({
  schemaVersion: z.number().int().min(1).max(1000),
  exportedAt: z.iso.datetime({ offset: true }),
  checksum: z.string().regex(/^sha256:[0-9a-f]{64}$/),
  counts: z.strictObject({
    organisation: recordCount,
    activities: recordCount,
    thirdParties: recordCount,
    transfers: recordCount,
    lias: recordCount,
    tras: recordCount,
    noticeDrafts: recordCount,
    noticeVersions: recordCount,
    acceptedRisks: recordCount,
    reviews: recordCount,
    breaches: recordCount,
    rightsRequests: recordCount,
    complaints: recordCount,
    auditEvents: recordCount,
  } satisfies Record<keyof Register, typeof recordCount>),
});

export const writeBackupRequestSchema = z.object({
  reason: z.enum(backupReasons),
  /** A register file's bytes, as "Export register file" writes them, or its protected form. */
  data: z.instanceof(Uint8Array).refine((data) => data.byteLength <= 512 * 1024 * 1024, {
    message: 'The backup is larger than any register file.',
  }),
  /** Only with a protected file: its record counts and checksum, kept beside it. */
  manifest: backupManifestSchema.optional(),
});
export type WriteBackupRequest = z.infer<typeof writeBackupRequestSchema>;

export const readBackupRequestSchema = z.object({ name: z.string().min(1).max(255) });
export type ReadBackupRequest = z.infer<typeof readBackupRequestSchema>;

/** What a backup holds, read from the file itself: record counts per table and its checksum. */
export interface BackupManifestInfo {
  schemaVersion: number;
  exportedAt: string;
  checksum: string;
  counts: Record<keyof Register, number>;
}

export type BackupEntry = {
  name: string;
  /** ISO timestamp (UTC). */
  time: string;
  reason: BackupReasonName;
  size: number | null;
  /** Protected with a passphrase: the counts come from the manifest kept beside it. */
  protected: boolean;
} & (
  | {
      status: 'ok';
      /** Null for a whole protected backup whose manifest beside it is missing or unreadable. */
      manifest: BackupManifestInfo | null;
    }
  | { status: 'damaged'; problem: string }
);

export type WriteBackupResponse =
  { status: 'written'; backup: BackupEntry } | { status: 'failed'; message: string };

/**
 * Where backups go: the default folder, the one the person chose, or the default because the
 * saved choice could not be read (`problem` says why).
 */
export type BackupFolderInfo =
  | { folder: string; source: 'default' | 'chosen' }
  | { folder: string; source: 'fallback'; problem: string };

export type ListBackupsResponse =
  | ({ status: 'listed'; entries: BackupEntry[] } & BackupFolderInfo)
  | ({ status: 'failed'; message: string } & BackupFolderInfo);

export type ReadBackupResponse =
  { status: 'read'; name: string; data: Uint8Array } | { status: 'failed'; message: string };

export type LatestBackupResponse =
  | {
      status: 'found';
      backup: {
        name: string;
        time: string;
        reason: BackupReasonName;
        manifest: BackupManifestInfo;
      };
    }
  | { status: 'none' }
  | { status: 'failed'; message: string };

/**
 * Whether backups are protected: `verifier` is a protected file of a known text, so the window
 * can tell whether a passphrase typed later is the one backups are protected with. 'damaged'
 * means the record of it could not be read: main then writes only protected backups.
 */
export type BackupProtectionResponse =
  { status: 'off' } | { status: 'on'; verifier: string } | { status: 'damaged'; message: string };

/** A new verifier turns protection on (or changes the passphrase); null turns it off. */
export const setBackupProtectionRequestSchema = z.strictObject({
  verifier: z.string().min(1).max(4096).nullable(),
});
export type SetBackupProtectionRequest = z.infer<typeof setBackupProtectionRequestSchema>;

export type SetBackupProtectionResponse =
  { status: 'saved' } | { status: 'failed'; message: string };

export type ChooseBackupFolderResponse =
  | { status: 'chosen'; folder: string }
  | { status: 'cancelled' }
  | { status: 'failed'; message: string };

/** Channel name → request schema. Main parses every request with these before acting. */
export const channelRequestSchemas = {
  'file:save': saveFileRequestSchema,
  'file:open': openFileRequestSchema,
  'data-folder:reveal': emptyRequestSchema,
  'pdf:open': openPdfRequestSchema,
  'backup:write': writeBackupRequestSchema,
  'backup:list': emptyRequestSchema,
  'backup:read': readBackupRequestSchema,
  'backup:latest': emptyRequestSchema,
  'backup:reveal': emptyRequestSchema,
  'backup:choose-folder': emptyRequestSchema,
  'backup:protection': emptyRequestSchema,
  'backup:set-protection': setBackupProtectionRequestSchema,
  'app:ready-to-quit': emptyRequestSchema,
} as const;

export type Channel = keyof typeof channelRequestSchemas;

export interface ChannelResponses {
  'file:save': SaveFileResponse;
  'file:open': OpenFileResponse;
  'data-folder:reveal': RevealDataFolderResponse;
  'pdf:open': OpenPdfResponse;
  'backup:write': WriteBackupResponse;
  'backup:list': ListBackupsResponse;
  'backup:read': ReadBackupResponse;
  'backup:latest': LatestBackupResponse;
  'backup:reveal': RevealDataFolderResponse;
  'backup:choose-folder': ChooseBackupFolderResponse;
  'backup:protection': BackupProtectionResponse;
  'backup:set-protection': SetBackupProtectionResponse;
  'app:ready-to-quit': { status: 'ok' };
}

export type ChannelRequest<C extends Channel> = z.infer<(typeof channelRequestSchemas)[C]>;

/** What the preload puts on `window.ropaDesk`. */
export interface Bridge {
  saveFile(request: SaveFileRequest): Promise<SaveFileResponse>;
  openFile(request: OpenFileRequest): Promise<OpenFileResponse>;
  revealDataFolder(): Promise<RevealDataFolderResponse>;
  /** Opens a PDF in the system's viewer (to print it) from a copy in the temporary folder. */
  openPdf(request: OpenPdfRequest): Promise<OpenPdfResponse>;
  /** Subscribes to menu commands sent by main (File ▸ Export…); returns an unsubscribe. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Writes an automatic backup (a register file) to the backup folder, then rotates. */
  writeBackup(request: WriteBackupRequest): Promise<WriteBackupResponse>;
  listBackups(): Promise<ListBackupsResponse>;
  readBackup(request: ReadBackupRequest): Promise<ReadBackupResponse>;
  /** The newest readable backup's manifest, to notice records lost from the database. */
  latestBackup(): Promise<LatestBackupResponse>;
  revealBackupFolder(): Promise<RevealDataFolderResponse>;
  chooseBackupFolder(): Promise<ChooseBackupFolderResponse>;
  /** Whether backups are protected with a passphrase (never the passphrase itself). */
  backupProtection(): Promise<BackupProtectionResponse>;
  setBackupProtection(request: SetBackupProtectionRequest): Promise<SetBackupProtectionResponse>;
  /** Answers main's 'backup:quit' command: the quit backup is done (or failed), so quit. */
  readyToQuit(): Promise<{ status: 'ok' }>;
}

export { MENU_COMMAND_CHANNEL, menuCommands, type MenuCommand } from './menu';
