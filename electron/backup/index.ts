/** Automatic backups of the register, written by the main process (no Electron here). */
export * from './errors';
export * from './manifest';
export * from './names';
export * from './rotation';
export * from './store';
