/**
 * Saving and printing what the app produces (a notice as PDF, HTML, Markdown or text): through
 * the platform's save dialog in the desktop app, as a download in a browser.
 */
import type { FileFilter, SaveFileResponse } from '../../shared/ipc/contract';
import { platform } from '../platform';

const FILTERS: Readonly<Record<string, FileFilter>> = {
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  html: { name: 'Web page', extensions: ['html', 'htm'] },
  md: { name: 'Markdown', extensions: ['md'] },
  txt: { name: 'Plain text', extensions: ['txt'] },
  json: { name: 'JSON', extensions: ['json'] },
  csv: { name: 'Spreadsheet (CSV)', extensions: ['csv'] },
  xlsx: { name: 'Excel workbook', extensions: ['xlsx'] },
};

/** The save dialog's file types for a name, from its extension; none if it is not one we make. */
export function filtersFor(fileName: string): FileFilter[] {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const filter = extension === undefined ? undefined : FILTERS[extension];
  return filter ? [filter] : [];
}

/** Saves bytes, or text as UTF-8, under a suggested name the user may change in the dialog. */
export function saveOutput(
  suggestedName: string,
  data: Uint8Array<ArrayBuffer> | string,
): Promise<SaveFileResponse> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data;
  return platform.saveFile(suggestedName, filtersFor(suggestedName), bytes);
}

/** Leave the frame long enough for a print dialog that does not block to read it. */
const FRAME_LIFETIME_MS = 60_000;

/**
 * Prints a complete HTML page (such as a notice's toHtml) from a hidden frame, so the window
 * itself is not what gets printed. The frame may not run scripts: the page needs none.
 */
export function printHtml(html: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const frame = document.createElement('iframe');
    // Same origin so the window can call print(); no allow-scripts, so nothing in it runs.
    frame.setAttribute('sandbox', 'allow-same-origin allow-modals');
    frame.setAttribute('aria-hidden', 'true');
    frame.setAttribute('data-testid', 'print-frame');
    frame.tabIndex = -1;
    frame.title = 'Page to print';
    Object.assign(frame.style, {
      position: 'fixed',
      right: '0',
      bottom: '0',
      width: '0',
      height: '0',
      border: '0',
    });
    let removed = false;
    const remove = (): void => {
      if (removed) return;
      removed = true;
      frame.remove();
    };
    frame.addEventListener(
      'load',
      () => {
        const view = frame.contentWindow;
        if (!view) {
          remove();
          reject(
            new Error(
              'The page could not be prepared for printing. Try again, or export it as PDF and print that.',
            ),
          );
          return;
        }
        view.addEventListener('afterprint', remove, { once: true });
        setTimeout(remove, FRAME_LIFETIME_MS);
        try {
          view.focus();
          view.print();
          resolve();
        } catch (error) {
          remove();
          reject(
            new Error(
              `Printing did not start (${error instanceof Error ? error.message : String(error)}). Export the notice as PDF and print that instead.`,
            ),
          );
        }
      },
      { once: true },
    );
    frame.srcdoc = html;
    document.body.append(frame);
  });
}
