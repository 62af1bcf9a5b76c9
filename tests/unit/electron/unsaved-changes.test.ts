import { describe, expect, it, vi } from 'vitest';
import type { MessageBoxSyncOptions } from 'electron';
import {
  askBeforeDiscardingChanges,
  unsavedChangesQuestion,
  type UnloadGuardedContents,
} from '../../../electron/main/unsaved-changes';

/** A web contents that records its will-prevent-unload listener, as Electron would call it. */
function fakeContents() {
  let listener: ((event: { preventDefault(): void }) => void) | undefined;
  const contents: UnloadGuardedContents = {
    on: (_event, handler) => {
      listener = handler;
    },
  };
  const preventUnload = () => {
    if (!listener) throw new Error('no will-prevent-unload listener');
    const event = { preventDefault: vi.fn() };
    listener(event);
    return event;
  };
  return { contents, preventUnload };
}

function buttonIndex(label: string): number {
  return unsavedChangesQuestion.buttons?.indexOf(label) ?? -1;
}

describe('askBeforeDiscardingChanges', () => {
  it('asks when the page refuses to unload because a form has unsaved changes', () => {
    const { contents, preventUnload } = fakeContents();
    const ask = vi.fn<(options: MessageBoxSyncOptions) => number>(() => buttonIndex('Stay'));
    askBeforeDiscardingChanges(contents, ask);
    preventUnload();
    expect(ask).toHaveBeenCalledTimes(1);
    expect(ask.mock.calls[0]?.[0]).toMatchObject({
      type: 'question',
      buttons: ['Leave without saving', 'Stay'],
      message: 'You have unsaved changes',
    });
  });

  it('lets the window close (or quit, or reload) when the user chooses to leave', () => {
    const { contents, preventUnload } = fakeContents();
    askBeforeDiscardingChanges(contents, () => buttonIndex('Leave without saving'));
    // On will-prevent-unload, preventDefault means "ignore the page's beforeunload and unload".
    expect(preventUnload().preventDefault).toHaveBeenCalledTimes(1);
  });

  it('keeps the window and the changes when the user chooses to stay', () => {
    const { contents, preventUnload } = fakeContents();
    askBeforeDiscardingChanges(contents, () => buttonIndex('Stay'));
    expect(preventUnload().preventDefault).not.toHaveBeenCalled();
  });

  it('stays when the dialog is dismissed (Escape or closing it gives the cancel button)', () => {
    const { contents, preventUnload } = fakeContents();
    askBeforeDiscardingChanges(contents, (options) => options.cancelId ?? 0);
    expect(preventUnload().preventDefault).not.toHaveBeenCalled();
  });

  it('makes staying the default, so Enter does not throw work away', () => {
    expect(unsavedChangesQuestion.defaultId).toBe(buttonIndex('Stay'));
    expect(unsavedChangesQuestion.cancelId).toBe(buttonIndex('Stay'));
  });
});
