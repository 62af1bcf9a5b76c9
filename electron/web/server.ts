/**
 * The browser edition's HTTP server: serves out/renderer on 127.0.0.1 with the same path rules
 * and headers as the app:// protocol, through the shared static-files module.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { securityHeaders, serveStatic } from '../main/static-files';

export const HOST = '127.0.0.1';

/**
 * A page on another site can resolve its own name to 127.0.0.1 (DNS rebinding); answering only
 * requests addressed to this machine by name keeps such pages from reading ours.
 */
function isLocalHostHeader(host: string | undefined, port: number): boolean {
  return host === `${HOST}:${port}` || host === `localhost:${port}`;
}

function send(
  res: ServerResponse,
  status: number,
  headers: Record<string, string>,
  body: Uint8Array | null,
): void {
  res.writeHead(status, headers);
  res.end(body === null ? undefined : body);
}

async function answer(
  root: string,
  req: IncomingMessage,
  res: ServerResponse,
  port: number,
): Promise<void> {
  const plain = { ...securityHeaders(), 'Content-Type': 'text/plain; charset=utf-8' };
  if (!isLocalHostHeader(req.headers.host, port)) {
    send(res, 421, plain, new TextEncoder().encode('Misdirected request'));
    return;
  }
  // The raw target, not a URL-normalised one, so '..' reaches the traversal check.
  const target = req.url ?? '/';
  const rawPath = target.split(/[?#]/, 1)[0] ?? '/';
  try {
    const result = await serveStatic(root, rawPath, req.method ?? 'GET');
    send(res, result.status, result.headers, result.body);
  } catch {
    send(res, 500, plain, new TextEncoder().encode('Internal error'));
  }
}

export interface RunningServer {
  server: Server;
  port: number;
  url: string;
  close(): Promise<void>;
}

/** Listens on 127.0.0.1 only; port 0 picks a free one (tests). Rejects with the listen error. */
export function startWebServer(root: string, port: number): Promise<RunningServer> {
  return new Promise((resolve, reject) => {
    let boundPort = port;
    const server = createServer((req, res) => void answer(root, req, res, boundPort));
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      boundPort = (server.address() as AddressInfo).port;
      resolve({
        server,
        port: boundPort,
        // eslint-disable-next-line @microsoft/sdl/no-insecure-url -- HOST is loopback: nothing leaves the machine.
        url: `http://${HOST}:${boundPort}/`,
        close: () =>
          new Promise((done, failed) => server.close((error) => (error ? failed(error) : done()))),
      });
    });
  });
}
