/**
 * The Article 30 PDF's Node worker bundled into one plain module, as the window's workers are
 * bundled by Vite: the bench measures the engine, not tsx compiling TypeScript in each thread.
 * It is written under node_modules/.cache so its packages resolve from the project.
 */
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function bundleRopaWorker(): string {
  const outfile = `${ROOT}node_modules/.cache/ropa-bench/ropa-worker.mjs`;
  buildSync({
    entryPoints: [`${ROOT}electron/cli/ropa-worker.ts`],
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}
