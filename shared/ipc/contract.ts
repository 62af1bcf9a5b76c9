/**
 * The one bridge between the window and the Node side. Every channel is named here with its
 * request and response; the preload exposes one method per channel and `satisfies` this
 * contract, and main registers one handler per channel through a typed helper that checks
 * the sender. Nothing else crosses the process boundary.
 */
import { z } from 'zod';
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

/** Channel name → request schema. Main parses every request with these before acting. */
export const channelRequestSchemas = {
  'file:save': saveFileRequestSchema,
  'file:open': openFileRequestSchema,
  'data-folder:reveal': emptyRequestSchema,
  'pdf:open': openPdfRequestSchema,
} as const;

export type Channel = keyof typeof channelRequestSchemas;

export interface ChannelResponses {
  'file:save': SaveFileResponse;
  'file:open': OpenFileResponse;
  'data-folder:reveal': RevealDataFolderResponse;
  'pdf:open': OpenPdfResponse;
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
}

export { MENU_COMMAND_CHANNEL, menuCommands, type MenuCommand } from './menu';
