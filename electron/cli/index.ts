/**
 * Command-line entry (`npm run cli -- <command>`): wires the real process and file system into
 * runCli and sets the exit code. Everything else lives in run.ts.
 */
import packageJson from '../../package.json' with { type: 'json' };
import { nodeCliFs } from './node-fs';
import { runCli } from './run';

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    fs: nodeCliFs,
    now: () => new Date().toISOString(),
    version: packageJson.version,
    passphrase: process.env.ROPA_DESK_PASSPHRASE,
  });
} catch (error) {
  // A bug, not bad input: say so plainly rather than print a stack trace at the user.
  process.stderr.write(
    `ropa-desk: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exitCode = 1;
}
