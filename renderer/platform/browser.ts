/** The browser fallback: downloads instead of a save dialog, a file picker instead of an open dialog. */
import type {
  FileFilter,
  OpenFileResponse,
  OpenPdfResponse,
  SaveFileResponse,
} from '../../shared/ipc/contract';
import type { Platform } from './types';

function saveByDownload(
  suggestedName: string,
  _filters: FileFilter[],
  data: Uint8Array<ArrayBuffer>,
): Promise<SaveFileResponse> {
  const url = URL.createObjectURL(new Blob([data]));
  const link = document.createElement('a');
  link.href = url;
  link.download = suggestedName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke later: the download reads the blob asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  return Promise.resolve({ status: 'saved', path: suggestedName });
}

function openByPicker(filters: FileFilter[], maxBytes: number): Promise<OpenFileResponse> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
    input.style.display = 'none';
    input.setAttribute('data-testid', 'file-picker');
    const finish = (response: OpenFileResponse) => {
      input.remove();
      resolve(response);
    };
    input.addEventListener('cancel', () => finish({ status: 'cancelled' }));
    input.addEventListener('change', () => {
      const file = input.files?.[0];
      if (!file) return finish({ status: 'cancelled' });
      if (file.size > maxBytes) {
        return finish({
          status: 'failed',
          message: `“${file.name}” is ${Math.round(file.size / 1_048_576)} MB, larger than any register file: choose the right file.`,
        });
      }
      file.arrayBuffer().then(
        (buffer) => finish({ status: 'opened', name: file.name, data: new Uint8Array(buffer) }),
        () =>
          finish({
            status: 'failed',
            message: `“${file.name}” could not be read. Check it is not open elsewhere and try again.`,
          }),
      );
    });
    document.body.append(input);
    input.click();
  });
}

/** A browser shows a PDF in a tab of its own, with its own print button. */
function openPdfInTab(name: string, data: Uint8Array<ArrayBuffer>): Promise<OpenPdfResponse> {
  const url = URL.createObjectURL(new Blob([data], { type: 'application/pdf' }));
  const tab = window.open(url, '_blank');
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
  if (tab === null) {
    URL.revokeObjectURL(url);
    return Promise.resolve({
      status: 'failed',
      message:
        'The browser blocked the new tab. Allow pop-ups for Ropa Desk, or save the PDF and print it from there.',
    });
  }
  return Promise.resolve({ status: 'opened', path: name });
}

export const browserPlatform: Platform = {
  kind: 'browser',
  saveFile: saveByDownload,
  openFile: openByPicker,
  openPdf: openPdfInTab,
  revealDataFolder: null,
  onMenuCommand: () => () => undefined,
  backups: null,
};
