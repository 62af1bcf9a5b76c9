/** What the window needs from its host, whether Electron (the bridge) or a plain browser. */
import type {
  Bridge,
  FileFilter,
  OpenFileResponse,
  OpenPdfResponse,
  SaveFileResponse,
} from '../../shared/ipc/contract';

export interface Platform {
  kind: 'desktop' | 'browser';
  saveFile(
    suggestedName: string,
    filters: FileFilter[],
    data: Uint8Array<ArrayBuffer>,
  ): Promise<SaveFileResponse>;
  openFile(filters: FileFilter[], maxBytes: number): Promise<OpenFileResponse>;
  /** Opens a PDF where it can be printed: the system's viewer, or a browser tab. */
  openPdf(name: string, data: Uint8Array<ArrayBuffer>): Promise<OpenPdfResponse>;
  /** Shows the data folder; null in a browser, where the data lives in the browser's storage. */
  revealDataFolder: (() => ReturnType<Bridge['revealDataFolder']>) | null;
  onMenuCommand: Bridge['onMenuCommand'];
  /** Automatic backups, written by main; null in a browser, which has no folder to write to. */
  backups: BackupBridge | null;
}

/** The backup channels of the bridge, as the window uses them. */
export type BackupBridge = Pick<
  Bridge,
  | 'writeBackup'
  | 'listBackups'
  | 'readBackup'
  | 'latestBackup'
  | 'revealBackupFolder'
  | 'chooseBackupFolder'
  | 'backupProtection'
  | 'setBackupProtection'
  | 'readyToQuit'
>;

declare global {
  interface Window {
    /** Present only inside the desktop app (set by the preload). */
    ropaDesk?: Bridge;
  }
}
