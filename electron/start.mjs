// `npm start`: runs `electron .` on the built app; if the Electron runtime cannot be fetched or started, says so in one line.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const WEB_HINT = 'Run `npm run web` to use Ropa Desk in your browser instead.';
// While the runtime downloads, its progress line is held back this long, so an offline first
// start (which fails at once) prints only our one line, yet a slow download still shows.
const PROGRESS_DELAY_MS = 3000;
// A runtime that cannot start (missing system library, no display) dies within this time.
const START_GRACE_MS = 2000;
const POLL_MS = 200;

// node_modules/electron/index.js downloads the binary the first time it is required; on
// failure it prints @electron/get's error stack to stderr and throws. These mean no network.
const NETWORK_FAILURE =
  /fetch failed|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ENETUNREACH|EHOSTUNREACH|socket hang up|getaddrinfo|RequestError|HTTPError|certificate/i;
const MISSING_LIBRARY = /error while loading shared libraries: ([^\s:]+)/;
const NO_DISPLAY = /Missing X server or \$DISPLAY/;

function fail(reason) {
  process.stderr.write(`Ropa Desk could not start its desktop window: ${reason}. ${WEB_HINT}\n`);
  process.exit(1);
}

function electronPackageDir() {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
}

/** Mirrors electron's own check in its index.js: path.txt names the binary under dist/. */
function runtimeInstalled(packageDir) {
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return true;
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return false;
  return existsSync(join(packageDir, 'dist', readFileSync(pathFile, 'utf8')));
}

/** The one line for a runtime that never came up, or null if its own output says it better. */
function startFailure(installed, stderrText) {
  if (!installed) {
    return NETWORK_FAILURE.test(stderrText)
      ? 'the Electron runtime could not be downloaded (no internet access?)'
      : 'the Electron runtime is missing and could not be installed (delete node_modules/electron, then run `npm install` with internet access)';
  }
  const library = MISSING_LIBRARY.exec(stderrText);
  if (library) {
    return `the Electron runtime needs the system library ${library[1]}, which is not installed (install it with your package manager)`;
  }
  if (NO_DISPLAY.test(stderrText))
    return 'no graphical display is available (start it from a desktop session)';
  return null;
}

/**
 * Holds the child's stderr until the runtime is on disk and has run for START_GRACE_MS, and
 * its stdout until the runtime is on disk or PROGRESS_DELAY_MS passed; then forwards both.
 */
function run(cli, packageDir) {
  const child = spawn(process.execPath, [cli, projectRoot, ...process.argv.slice(2)], {
    cwd: projectRoot,
    stdio: ['inherit', 'pipe', 'pipe'],
  });
  const held = { stdout: [], stderr: [] };
  const live = { stdout: false, stderr: false };
  const release = (stream) => {
    if (live[stream]) return;
    live[stream] = true;
    for (const chunk of held[stream]) process[stream].write(chunk);
    held[stream] = [];
  };
  for (const stream of ['stdout', 'stderr']) {
    child[stream].on('data', (chunk) => {
      if (live[stream]) process[stream].write(chunk);
      else held[stream].push(chunk);
    });
  }

  const timers = [setTimeout(() => release('stdout'), PROGRESS_DELAY_MS)];
  const onInstalled = () => {
    release('stdout');
    timers.push(setTimeout(() => release('stderr'), START_GRACE_MS));
  };
  if (runtimeInstalled(packageDir)) onInstalled();
  else {
    const poll = setInterval(() => {
      if (!runtimeInstalled(packageDir)) return;
      clearInterval(poll);
      onInstalled();
    }, POLL_MS);
    timers.push(poll);
  }

  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    });
  }

  child.on('close', (code) => {
    for (const timer of timers) clearTimeout(timer);
    if (!live.stderr && code !== 0) {
      const stderrText = Buffer.concat(held.stderr).toString('utf8');
      const reason = startFailure(runtimeInstalled(packageDir), stderrText);
      if (reason !== null) {
        if (process.env.ROPA_DESK_DEBUG) process.stderr.write(stderrText);
        fail(reason);
      }
    }
    release('stdout');
    release('stderr');
    // Killed by a signal, the child has no code; electron's own cli.js exits 1 then too.
    process.exit(code ?? 1);
  });
}

const packageDir = electronPackageDir();
if (packageDir === null) fail('the electron package is not installed (run `npm install`)');
else run(join(packageDir, 'cli.js'), packageDir);
