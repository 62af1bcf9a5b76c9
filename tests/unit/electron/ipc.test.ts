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
});
