/**
 * The bench's child process and the Article 30 PDF's Node worker, each bundled into plain
 * modules as the window's code is bundled by Vite: a child measures its job, not tsx compiling
 * TypeScript (whose loader runs a thread of its own and would count in every peak). Written
 * under node_modules/.cache so their packages resolve from the project.
 */
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const OUT = `${ROOT}node_modules/.cache/ropa-bench`;

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'error',
} as const;

/** The worker ropaPdfBytes starts, as one module. */
export function bundleRopaWorker(): string {
  const outfile = `${OUT}/ropa-worker.mjs`;
  buildSync({ ...common, entryPoints: [`${ROOT}electron/cli/ropa-worker.ts`], outfile });
  return outfile;
}

/** child.ts, its jobs' modules split out so each job loads only its own when it starts. */
export function bundleChild(): string {
  const outdir = `${OUT}/child`;
  buildSync({
    ...common,
    entryPoints: [`${ROOT}tests/bench/child.ts`],
    outdir,
    splitting: true,
    outExtension: { '.js': '.mjs' },
  });
  return `${outdir}/child.mjs`;
}
