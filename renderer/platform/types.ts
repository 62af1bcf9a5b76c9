/** What the window needs from its host, whether Electron (the bridge) or a plain browser. */
import type {
  Bridge,
  FileFilter,
  OpenFileResponse,
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
  /** Shows the data folder; null in a browser, where the data lives in the browser's storage. */
  revealDataFolder: (() => ReturnType<Bridge['revealDataFolder']>) | null;
  onMenuCommand: Bridge['onMenuCommand'];
}

declare global {
  interface Window {
    /** Present only inside the desktop app (set by the preload). */
    ropaDesk?: Bridge;
  }
}
