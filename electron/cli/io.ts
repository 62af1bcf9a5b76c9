/** What the command line needs from the outside world, injected so runCli is tested in memory. */

export type CliFsProblem =
  'not-found' | 'exists' | 'is-directory' | 'no-folder' | 'too-large' | 'denied' | 'other';

/** A file-system failure the CLI reports as bad input (exit 1), with the errno detail if any. */
export class CliFsError extends Error {
  constructor(
    readonly problem: CliFsProblem,
    readonly path: string,
    detail = '',
  ) {
    super(detail || problem);
    this.name = 'CliFsError';
  }
}

export interface CliFs {
  /** The file's text as UTF-8; throws CliFsError. */
  readText(path: string): Promise<string>;
  /** Writes all of `text` or nothing; without `overwrite` an existing file is never replaced. */
  writeTextAtomic(path: string, text: string, options: { overwrite: boolean }): Promise<void>;
  /** The same for bytes, such as a PDF. */
  writeBytesAtomic(path: string, bytes: Uint8Array, options: { overwrite: boolean }): Promise<void>;
}

export interface CliIo {
  /** Receives whole lines, each ending in a newline. */
  stdout(text: string): void;
  stderr(text: string): void;
  fs: CliFs;
  /** The current instant as an ISO timestamp. */
  now(): string;
  version: string;
  /**
   * The passphrase for protected register files, from the ROPA_DESK_PASSPHRASE environment
   * variable (never an argument, which other users of the machine could see in the process list).
   */
  passphrase: string | undefined;
}
