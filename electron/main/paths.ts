/** Where the built pieces sit relative to the main bundle (out/main/index.js). */
import { join } from 'node:path';

export interface AppPaths {
  preload: string;
  renderer: string;
}

/** `mainDir` is the folder of the running main bundle; the layout is electron.vite.config.ts's. */
export function appPaths(mainDir: string): AppPaths {
  return {
    preload: join(mainDir, '..', 'preload', 'index.cjs'),
    renderer: join(mainDir, '..', 'renderer'),
  };
}
