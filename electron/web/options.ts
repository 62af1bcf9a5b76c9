/** Reads the port for `npm run web` from `--port N` (or `--port=N`), then ROPA_DESK_PORT. */
export const DEFAULT_PORT = 5178;

export type PortChoice = { ok: true; port: number } | { ok: false; message: string };

function parsePort(raw: string, source: string): PortChoice {
  const port = Number(raw);
  if (!/^\d+$/.test(raw) || port < 1 || port > 65535) {
    return { ok: false, message: `${source} must be a port number from 1 to 65535, not "${raw}".` };
  }
  return { ok: true, port };
}

export function choosePort(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
): PortChoice {
  const index = argv.findIndex((arg) => arg === '--port' || arg.startsWith('--port='));
  if (index !== -1) {
    const arg = argv[index] ?? '';
    const value = arg.startsWith('--port=') ? arg.slice('--port='.length) : argv[index + 1];
    return value === undefined
      ? { ok: false, message: '--port needs a number, e.g. --port 5179.' }
      : parsePort(value, '--port');
  }
  const fromEnv = env['ROPA_DESK_PORT'];
  if (fromEnv !== undefined && fromEnv !== '') return parsePort(fromEnv, 'ROPA_DESK_PORT');
  return { ok: true, port: DEFAULT_PORT };
}
