import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  MENU_COMMAND_CHANNEL,
  menuCommands,
  type Bridge,
  type MenuCommand,
} from '../../../shared/ipc/contract';

type Relay = (event: unknown, command: unknown) => void;

const fake = vi.hoisted(() => ({
  exposed: new Map<string, unknown>(),
  invoke: vi.fn(async (..._args: unknown[]) => ({ status: 'cancelled' })),
  on: vi.fn<(channel: string, relay: Relay) => void>(),
  removeListener: vi.fn<(channel: string, relay: Relay) => void>(),
}));

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => fake.exposed.set(key, api),
  },
  ipcRenderer: { invoke: fake.invoke, on: fake.on, removeListener: fake.removeListener },
}));

let bridge: Bridge;
beforeAll(async () => {
  await import('../../../electron/preload/index');
  bridge = fake.exposed.get('ropaDesk') as Bridge;
});

function subscribe(): {
  listener: ReturnType<typeof vi.fn>;
  relay: Relay;
  unsubscribe: () => void;
} {
  fake.on.mockClear();
  const listener = vi.fn<(command: MenuCommand) => void>();
  const unsubscribe = bridge.onMenuCommand(listener);
  const call = fake.on.mock.calls[0];
  if (!call) throw new Error('onMenuCommand did not subscribe');
  expect(call[0]).toBe(MENU_COMMAND_CHANNEL);
  return { listener, relay: call[1], unsubscribe };
}

describe('preload bridge', () => {
  it('exposes only window.ropaDesk', () => {
    expect([...fake.exposed.keys()]).toEqual(['ropaDesk']);
  });

  it('has exactly one method per channel plus onMenuCommand, and nothing generic', () => {
    expect(Object.keys(bridge).sort()).toEqual([
      'backupProtection',
      'chooseBackupFolder',
      'latestBackup',
      'listBackups',
      'onMenuCommand',
      'openFile',
      'openPdf',
      'readBackup',
      'readyToQuit',
      'revealBackupFolder',
      'revealDataFolder',
      'saveFile',
      'setBackupProtection',
      'writeBackup',
    ]);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
  });

  it('sends each call on its own channel with the request as the only argument', async () => {
    const save = { suggestedName: 'a.pdf', filters: [], data: new Uint8Array([1]) };
    await bridge.saveFile(save);
    expect(fake.invoke).toHaveBeenLastCalledWith('file:save', save);
    const open = { filters: [], maxBytes: 10 };
    await bridge.openFile(open);
    expect(fake.invoke).toHaveBeenLastCalledWith('file:open', open);
    await bridge.revealDataFolder();
    expect(fake.invoke).toHaveBeenLastCalledWith('data-folder:reveal', undefined);
    const pdf = { name: 'r.pdf', data: new Uint8Array([37]) };
    await bridge.openPdf(pdf);
    expect(fake.invoke).toHaveBeenLastCalledWith('pdf:open', pdf);
    const backup = { reason: 'quit' as const, data: new Uint8Array([123, 125]) };
    await bridge.writeBackup(backup);
    expect(fake.invoke).toHaveBeenLastCalledWith('backup:write', backup);
    await bridge.readBackup({ name: 'b.ropa.json' });
    expect(fake.invoke).toHaveBeenLastCalledWith('backup:read', { name: 'b.ropa.json' });
    await bridge.setBackupProtection({ verifier: null });
    expect(fake.invoke).toHaveBeenLastCalledWith('backup:set-protection', { verifier: null });
    const empty = [
      [() => bridge.listBackups(), 'backup:list'],
      [() => bridge.latestBackup(), 'backup:latest'],
      [() => bridge.revealBackupFolder(), 'backup:reveal'],
      [() => bridge.chooseBackupFolder(), 'backup:choose-folder'],
      [() => bridge.backupProtection(), 'backup:protection'],
      [() => bridge.readyToQuit(), 'app:ready-to-quit'],
    ] as const;
    for (const [call, channel] of empty) {
      await call();
      expect(fake.invoke).toHaveBeenLastCalledWith(channel, undefined);
    }
  });

  it("passes main's own backup:quit command to the listener", () => {
    const { listener, relay } = subscribe();
    relay({}, 'backup:quit');
    expect(listener).toHaveBeenCalledExactlyOnceWith('backup:quit');
  });

  it('passes every known menu command to the listener, without the IPC event', () => {
    const { listener, relay } = subscribe();
    for (const command of menuCommands) relay({ sender: 'ipc event' }, command);
    expect(listener.mock.calls).toEqual(menuCommands.map((command) => [command]));
  });

  it.each([
    ['unknown'],
    ['register:delete-all'],
    ['toString'],
    ['__proto__'],
    [42],
    [null],
    [{ command: 'activity:new' }],
  ])('ignores %j', (command) => {
    const { listener, relay } = subscribe();
    relay({}, command);
    expect(listener).not.toHaveBeenCalled();
  });

  it('unsubscribes the same relay it subscribed', () => {
    const { relay, unsubscribe } = subscribe();
    unsubscribe();
    expect(fake.removeListener).toHaveBeenCalledWith(MENU_COMMAND_CHANNEL, relay);
  });

  it('imports nothing at run time but electron and the dependency-free menu list (a sandboxed preload cannot require more)', async () => {
    const runtimeImports = async (path: string) => {
      const source = await readFile(new URL(path, import.meta.url), 'utf8');
      return [...source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gms)].map(
        (match) => match[1],
      );
    };
    expect(await runtimeImports('../../../electron/preload/index.ts')).toEqual([
      'electron',
      '../../shared/ipc/menu',
    ]);
    expect(await runtimeImports('../../../shared/ipc/menu.ts')).toEqual([]);
  });
});
