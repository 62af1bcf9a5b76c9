/**
 * The 'backup:*' channels: write, list, read and find the latest backup in the backup folder,
 * show the folder, choose another one, and whether backups are protected. Failures come back as
 * the store's sentences. While protection is on, main refuses an unprotected backup, so no
 * path in the window can write one by mistake.
 */
import type {
  BackupEntry,
  BackupProtectionResponse,
  ChooseBackupFolderResponse,
  LatestBackupResponse,
  ListBackupsResponse,
  ReadBackupResponse,
  ReadBackupRequest,
  RevealDataFolderResponse,
  SetBackupProtectionRequest,
  SetBackupProtectionResponse,
  WriteBackupRequest,
  WriteBackupResponse,
} from '../../../shared/ipc/contract';
import { BackupError, describeCause, type Backup, type BackupStore } from '../../backup';
import { isEncryptedRegister } from '../../../shared/register-file/encryption';
import {
  isWholeVerifier,
  readBackupFolder,
  readBackupProtection,
  saveBackupFolder,
  saveBackupProtection,
  type BackupConfig,
} from '../backup-config';

export interface FolderDialogOptionsLike {
  title: string;
  defaultPath: string;
  buttonLabel: string;
  properties: Array<'openDirectory' | 'createDirectory'>;
}

export interface BackupHandlerDeps {
  config: BackupConfig;
  /** The store for a folder; the same one each time, so its queue orders every operation. */
  storeFor(folder: string): BackupStore;
  mkdir(path: string): Promise<void>;
  /** shell.openPath: resolves to '' on success, or to an error message. */
  openPath(path: string): Promise<string>;
  showOpenDialog(
    options: FolderDialogOptionsLike,
  ): Promise<{ canceled: boolean; filePaths: string[] }>;
}

/** One store per folder, made on first use. */
export function storesByFolder(create: (folder: string) => BackupStore) {
  const stores = new Map<string, BackupStore>();
  return (folder: string): BackupStore => {
    const existing = stores.get(folder);
    if (existing) return existing;
    const store = create(folder);
    stores.set(folder, store);
    return store;
  };
}

const messageOf = (error: unknown, fallback: string): string =>
  error instanceof BackupError ? error.message : `${fallback} (${describeCause(error)}).`;

const entry = (backup: Backup): BackupEntry => backup;

async function currentStore(deps: BackupHandlerDeps) {
  const info = await readBackupFolder(deps.config);
  return { info, store: deps.storeFor(info.folder) };
}

export async function writeBackup(
  request: WriteBackupRequest,
  deps: BackupHandlerDeps,
): Promise<WriteBackupResponse> {
  const protection = await readBackupProtection(deps.config);
  if (protection.status !== 'off' && !isEncryptedRegister(request.data)) {
    return {
      status: 'failed',
      message:
        'Your backups are protected with a passphrase, so Ropa Desk did not write this one unprotected. Enter the passphrase in Settings ▸ Backups to keep backing up. Your register itself is safe.',
    };
  }
  const { store } = await currentStore(deps);
  try {
    // A plain copy: the IPC buffer may be a view into a larger one.
    const backup = await store.write(
      new Uint8Array(request.data),
      request.reason,
      request.manifest,
    );
    return { status: 'written', backup: entry(backup) };
  } catch (error) {
    return {
      status: 'failed',
      message: messageOf(
        error,
        'The backup could not be written. Your register itself is safe; Ropa Desk tries again at the next backup',
      ),
    };
  }
}

export async function listBackups(deps: BackupHandlerDeps): Promise<ListBackupsResponse> {
  const { info, store } = await currentStore(deps);
  try {
    return { status: 'listed', entries: (await store.list()).map(entry), ...info };
  } catch (error) {
    return {
      status: 'failed',
      message: messageOf(error, 'The backup folder could not be read'),
      ...info,
    };
  }
}

export async function readBackup(
  request: ReadBackupRequest,
  deps: BackupHandlerDeps,
): Promise<ReadBackupResponse> {
  const { store } = await currentStore(deps);
  try {
    const data = await store.read(request.name);
    return { status: 'read', name: request.name, data: new Uint8Array(data) };
  } catch (error) {
    return { status: 'failed', message: messageOf(error, 'The backup could not be read') };
  }
}

export async function latestBackup(deps: BackupHandlerDeps): Promise<LatestBackupResponse> {
  const { store } = await currentStore(deps);
  try {
    const latest = await store.latestManifest();
    return latest ? { status: 'found', backup: latest } : { status: 'none' };
  } catch (error) {
    return { status: 'failed', message: messageOf(error, 'The backup folder could not be read') };
  }
}

export async function revealBackupFolder(
  deps: BackupHandlerDeps,
): Promise<RevealDataFolderResponse> {
  const { info } = await currentStore(deps);
  const path = info.folder;
  try {
    // Before the first backup the folder does not exist yet, and there is nothing to open.
    await deps.mkdir(path);
  } catch (error) {
    return {
      status: 'failed',
      message: `The backup folder ${path} cannot be reached (${describeCause(error)}). Reconnect its drive, or choose another backup folder.`,
    };
  }
  const error = await deps.openPath(path);
  if (error === '') return { status: 'shown', path };
  return {
    status: 'failed',
    message: `The backup folder could not be opened (${error}). It is at ${path}; open it in your file manager.`,
  };
}

export async function chooseBackupFolder(
  deps: BackupHandlerDeps,
): Promise<ChooseBackupFolderResponse> {
  const { info } = await currentStore(deps);
  const choice = await deps.showOpenDialog({
    title: 'Choose a folder for backups',
    defaultPath: info.folder,
    buttonLabel: 'Keep backups here',
    properties: ['openDirectory', 'createDirectory'],
  });
  const folder = choice.filePaths[0];
  if (choice.canceled || folder === undefined) return { status: 'cancelled' };
  try {
    await saveBackupFolder(deps.config, folder);
  } catch (error) {
    return {
      status: 'failed',
      message: `The new backup folder could not be kept (${describeCause(error)}). Backups still go to ${info.folder}; try again.`,
    };
  }
  return { status: 'chosen', folder };
}

export const backupProtection = (deps: BackupHandlerDeps): Promise<BackupProtectionResponse> =>
  readBackupProtection(deps.config);

export async function setBackupProtection(
  request: SetBackupProtectionRequest,
  deps: BackupHandlerDeps,
): Promise<SetBackupProtectionResponse> {
  if (request.verifier !== null && !(await isWholeVerifier(request.verifier))) {
    return {
      status: 'failed',
      message:
        'The passphrase check Ropa Desk made could not be kept: it is not a whole protected text. Nothing was changed; try again.',
    };
  }
  try {
    await saveBackupProtection(deps.config, request.verifier);
    return { status: 'saved' };
  } catch (error) {
    const what = request.verifier === null ? 'turned off' : 'saved';
    return {
      status: 'failed',
      message: `Backup protection could not be ${what} (${describeCause(error)}). Nothing was changed; try again.`,
    };
  }
}
