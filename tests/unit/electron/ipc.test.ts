import { describe, expect, it, vi } from 'vitest';
import {
  RefusedIpcError,
  registerChannelHandlers,
  type ChannelHandlers,
  type InvokeEventLike,
  type IpcMainLike,
} from '../../../electron/main/ipc';
import { channelRequestSchemas } from '../../../shared/ipc/contract';

type Listener = (event: InvokeEventLike, ...args: unknown[]) => unknown;

function setup() {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle: (channel, listener) => {
      listeners.set(channel, listener);
    },
  };
  const handlers = {
    'file:save': vi.fn<ChannelHandlers['file:save']>(async (request) => ({
      status: 'saved' as const,
      path: `/tmp/${request.suggestedName}`,
    })),
    'file:open': vi.fn<ChannelHandlers['file:open']>(async () => ({
      status: 'cancelled' as const,
    })),
    'data-folder:reveal': vi.fn<ChannelHandlers['data-folder:reveal']>(async () => ({
      status: 'shown' as const,
      path: '/home/u/.config/Ropa Desk',
    })),
    'pdf:open': vi.fn<ChannelHandlers['pdf:open']>(async () => ({
      status: 'opened' as const,
      path: '/tmp/Ropa Desk PDFs/r.pdf',
    })),
    'backup:write': vi.fn<ChannelHandlers['backup:write']>(async () => ({
      status: 'failed' as const,
      message: 'No space.',
    })),
    'backup:list': vi.fn<ChannelHandlers['backup:list']>(async () => ({
      status: 'listed' as const,
      folder: '/b',
      source: 'default' as const,
      entries: [],
    })),
    'backup:read': vi.fn<ChannelHandlers['backup:read']>(async (request) => ({
      status: 'read' as const,
      name: request.name,
      data: new Uint8Array([1]),
    })),
    'backup:latest': vi.fn<ChannelHandlers['backup:latest']>(async () => ({
      status: 'none' as const,
    })),
    'backup:reveal': vi.fn<ChannelHandlers['backup:reveal']>(async () => ({
      status: 'shown' as const,
      path: '/b',
    })),
    'backup:choose-folder': vi.fn<ChannelHandlers['backup:choose-folder']>(async () => ({
      status: 'cancelled' as const,
    })),
    'backup:protection': vi.fn<ChannelHandlers['backup:protection']>(async () => ({
      status: 'off' as const,
    })),
    'backup:set-protection': vi.fn<ChannelHandlers['backup:set-protection']>(async () => ({
      status: 'saved' as const,
    })),
    'app:ready-to-quit': vi.fn<ChannelHandlers['app:ready-to-quit']>(async () => ({
      status: 'ok' as const,
    })),
  };
  registerChannelHandlers(ipcMain, handlers);
  const invoke = async (channel: string, url: string | null, ...args: unknown[]) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener({ senderFrame: url === null ? null : { url } }, ...args);
  };
  return { listeners, handlers, invoke };
}

const goodSave = {
  suggestedName: 'register.ropa.json',
  filters: [{ name: 'Register file', extensions: ['json'] }],
  data: new Uint8Array([123, 125]),
};

describe('registerChannelHandlers', () => {
  it('registers exactly one handler per contract channel', () => {
    const { listeners } = setup();
    expect([...listeners.keys()].sort()).toEqual(Object.keys(channelRequestSchemas).sort());
  });

  it('passes a valid request from the app window to the handler and returns its answer', async () => {
    const { invoke, handlers } = setup();
    const answer = await invoke('file:save', 'app://ropa-desk/activities', goodSave);
    expect(answer).toEqual({ status: 'saved', path: '/tmp/register.ropa.json' });
    expect(handlers['file:save']).toHaveBeenCalledWith(goodSave);
  });

  it('accepts the empty request of data-folder:reveal', async () => {
    const { invoke, handlers } = setup();
    await expect(invoke('data-folder:reveal', 'app://ropa-desk/')).resolves.toMatchObject({
      status: 'shown',
    });
    expect(handlers['data-folder:reveal']).toHaveBeenCalledOnce();
  });

  it.each([
    ['another origin', 'https://evil.example/'],
    ['a look-alike host', 'app://ropa-desk.evil/'],
    ['a file page', 'file:///tmp/index.html'],
    ['the dev server', 'http://127.0.0.1:5178/'],
    ['no frame', null],
  ])('refuses a sender from %s', async (_label, url) => {
    const { invoke, handlers } = setup();
    await expect(invoke('file:save', url, goodSave)).rejects.toThrow(RefusedIpcError);
    await expect(invoke('file:save', url, goodSave)).rejects.toThrow(
      /did not come from the app window/,
    );
    expect(handlers['file:save']).not.toHaveBeenCalled();
  });

  it.each([
    ['no request', []],
    ['data as a string', [{ ...goodSave, data: 'not bytes' }]],
    ['an empty name', [{ ...goodSave, suggestedName: '' }]],
    ['a bad extension', [{ ...goodSave, filters: [{ name: 'x', extensions: ['../x'] }] }]],
    ['two arguments', [goodSave, goodSave]],
  ])('refuses a malformed file:save request: %s', async (_label, args) => {
    const { invoke, handlers } = setup();
    await expect(invoke('file:save', 'app://ropa-desk/', ...args)).rejects.toThrow(
      /Refused file:save/,
    );
    expect(handlers['file:save']).not.toHaveBeenCalled();
  });

  it('refuses a file:open request over the size ceiling and names the field', async () => {
    const { invoke, handlers } = setup();
    const request = { filters: [], maxBytes: 10 * 1024 * 1024 * 1024 };
    await expect(invoke('file:open', 'app://ropa-desk/', request)).rejects.toThrow(/maxBytes/);
    expect(handlers['file:open']).not.toHaveBeenCalled();
  });

  it('refuses an argument to data-folder:reveal', async () => {
    const { invoke, handlers } = setup();
    await expect(
      invoke('data-folder:reveal', 'app://ropa-desk/', { path: '/etc' }),
    ).rejects.toThrow(/malformed/);
    expect(handlers['data-folder:reveal']).not.toHaveBeenCalled();
  });

  it('refuses a pdf:open request whose bytes are not bytes, or with no name', async () => {
    const { invoke, handlers } = setup();
    await expect(
      invoke('pdf:open', 'app://ropa-desk/', { name: 'r.pdf', data: '%PDF-' }),
    ).rejects.toThrow(/Refused pdf:open/);
    await expect(
      invoke('pdf:open', 'app://ropa-desk/', { name: '', data: new Uint8Array([37]) }),
    ).rejects.toThrow(/Refused pdf:open/);
    expect(handlers['pdf:open']).not.toHaveBeenCalled();
  });

  it('passes a backup:write request with a known reason and bytes', async () => {
    const { invoke, handlers } = setup();
    const request = { reason: 'before-import', data: new Uint8Array([123, 125]) };
    await invoke('backup:write', 'app://ropa-desk/', request);
    expect(handlers['backup:write']).toHaveBeenCalledWith(request);
  });

  it.each([
    ['an unknown reason', [{ reason: 'hourly', data: new Uint8Array([1]) }]],
    ['data as a string', [{ reason: 'change', data: '{}' }]],
    ['data as a plain array', [{ reason: 'change', data: [123, 125] }]],
    ['no request', []],
  ])('refuses a malformed backup:write request: %s', async (_label, args) => {
    const { invoke, handlers } = setup();
    await expect(invoke('backup:write', 'app://ropa-desk/', ...args)).rejects.toThrow(
      /Refused backup:write/,
    );
    expect(handlers['backup:write']).not.toHaveBeenCalled();
  });

  it('refuses backup requests from a frame that is not the app', async () => {
    const { invoke, handlers } = setup();
    await expect(
      invoke('backup:read', 'https://evil.example/', { name: 'x.ropa.json' }),
    ).rejects.toThrow(/did not come from the app window/);
    await expect(invoke('backup:choose-folder', null)).rejects.toThrow(RefusedIpcError);
    await expect(invoke('app:ready-to-quit', 'file:///x')).rejects.toThrow(RefusedIpcError);
    expect(handlers['backup:read']).not.toHaveBeenCalled();
    expect(handlers['backup:choose-folder']).not.toHaveBeenCalled();
    expect(handlers['app:ready-to-quit']).not.toHaveBeenCalled();
  });

  it('refuses a backup:read without a name, and arguments to the empty backup channels', async () => {
    const { invoke, handlers } = setup();
    await expect(invoke('backup:read', 'app://ropa-desk/', {})).rejects.toThrow(/malformed/);
    await expect(invoke('backup:read', 'app://ropa-desk/', { name: '' })).rejects.toThrow(
      /malformed/,
    );
    for (const channel of [
      'backup:list',
      'backup:latest',
      'backup:reveal',
      'backup:choose-folder',
    ]) {
      await expect(invoke(channel, 'app://ropa-desk/', { folder: '/etc' })).rejects.toThrow(
        /malformed/,
      );
    }
    expect(handlers['backup:read']).not.toHaveBeenCalled();
    expect(handlers['backup:list']).not.toHaveBeenCalled();
  });
});
