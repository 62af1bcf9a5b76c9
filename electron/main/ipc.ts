/**
 * The only way main answers the window: one handler per contract channel, each call checked
 * for its sender's origin and parsed with the channel's zod schema before the handler runs.
 */
import { z } from 'zod';
import {
  channelRequestSchemas,
  type Channel,
  type ChannelRequest,
  type ChannelResponses,
} from '../../shared/ipc/contract';
import { isAppUrl } from './trusted-url';

/** The parts of IpcMainInvokeEvent the checks read. */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
}

/** The parts of ipcMain the helper uses. */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => unknown): void;
}

export type ChannelHandler<C extends Channel> = (
  request: ChannelRequest<C>,
) => Promise<ChannelResponses[C]>;

/** One handler for every channel: the compiler rejects a missing or extra one. */
export type ChannelHandlers = { [C in Channel]: ChannelHandler<C> };

export class RefusedIpcError extends Error {
  override name = 'RefusedIpcError';
}

/** Frames from anywhere but app://ropa-desk (a navigated-away or injected frame) get nothing. */
export function assertTrustedSender(event: InvokeEventLike, channel: Channel): void {
  const url = event.senderFrame?.url ?? '';
  if (!isAppUrl(url)) {
    throw new RefusedIpcError(`Refused ${channel}: the request did not come from the app window.`);
  }
}

export function parseRequest<C extends Channel>(channel: C, args: unknown[]): ChannelRequest<C> {
  if (args.length > 1) {
    throw new RefusedIpcError(`Refused ${channel}: expected one request, got ${args.length}.`);
  }
  const result = channelRequestSchemas[channel].safeParse(args[0]);
  if (!result.success) {
    throw new RefusedIpcError(
      `Refused ${channel}: malformed request. ${z.prettifyError(result.error)}`,
    );
  }
  // The schema indexed by C parses to ChannelRequest<C>; TypeScript cannot follow the index.
  return result.data as ChannelRequest<C>;
}

export function createTypedHandle(ipcMain: IpcMainLike) {
  return function handle<C extends Channel>(channel: C, handler: ChannelHandler<C>): void {
    ipcMain.handle(channel, async (event, ...args) => {
      assertTrustedSender(event, channel);
      return handler(parseRequest(channel, args));
    });
  };
}

export function registerChannelHandlers(ipcMain: IpcMainLike, handlers: ChannelHandlers): void {
  const handle = createTypedHandle(ipcMain);
  handle('file:save', handlers['file:save']);
  handle('file:open', handlers['file:open']);
  handle('data-folder:reveal', handlers['data-folder:reveal']);
  handle('pdf:open', handlers['pdf:open']);
  handle('backup:write', handlers['backup:write']);
  handle('backup:list', handlers['backup:list']);
  handle('backup:read', handlers['backup:read']);
  handle('backup:latest', handlers['backup:latest']);
  handle('backup:reveal', handlers['backup:reveal']);
  handle('backup:choose-folder', handlers['backup:choose-folder']);
  handle('backup:protection', handlers['backup:protection']);
  handle('backup:set-protection', handlers['backup:set-protection']);
  handle('app:ready-to-quit', handlers['app:ready-to-quit']);
}
