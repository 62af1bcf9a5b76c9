// `npm run web`: the browser edition; serves the built window on 127.0.0.1 until Ctrl+C.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { INDEX_FILE } from '../main/static-files';
import { choosePort } from './options';
import { startWebServer } from './server';

const rendererRoot = fileURLToPath(new URL('../../out/renderer', import.meta.url));

function exitWith(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

async function main(): Promise<void> {
  const choice = choosePort(process.argv.slice(2), process.env);
  if (!choice.ok) exitWith(choice.message);
  if (!existsSync(join(rendererRoot, INDEX_FILE))) {
    exitWith(
      `Ropa Desk has not been built yet (${rendererRoot} is missing): run npm run build first.`,
    );
  }
  try {
    const running = await startWebServer(rendererRoot, choice.port);
    process.stdout.write(
      `Ropa Desk is running at ${running.url} — open it in your browser. Your register is kept in that browser's storage. Press Ctrl+C to stop.\n`,
    );
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') {
      exitWith(
        `Port ${choice.port} is already in use (is Ropa Desk already running?). Start it on another port with: npm run web -- --port ${choice.port + 1}. The register is kept per address, so another port starts with an empty one.`,
      );
    }
    exitWith(
      `Ropa Desk could not start its web server: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}

void main();
