/**
 * A form with unsaved changes cancels the page's unload (beforeunload). Electron shows no
 * prompt for that by itself, so closing the window or quitting would silently do nothing:
 * ask instead, and unload only if the user chooses to leave.
 */
import type { MessageBoxSyncOptions } from 'electron';
import type { PreventableEvent } from './security';

const LEAVE = 0;
const STAY = 1;

export const unsavedChangesQuestion: MessageBoxSyncOptions = {
  type: 'question',
  buttons: ['Leave without saving', 'Stay'],
  defaultId: STAY,
  cancelId: STAY,
  title: 'Ropa Desk',
  message: 'You have unsaved changes',
  detail: 'If you leave now, the changes you have not saved will be lost.',
};

/** dialog.showMessageBoxSync bound to the window: the index of the button chosen. */
export type AskSync = (options: MessageBoxSyncOptions) => number;

/** The part of WebContents this uses. */
export interface UnloadGuardedContents {
  on(event: 'will-prevent-unload', listener: (event: PreventableEvent) => void): void;
}

export function askBeforeDiscardingChanges(contents: UnloadGuardedContents, ask: AskSync): void {
  contents.on('will-prevent-unload', (event) => {
    // Here preventDefault means "ignore the page's beforeunload and unload anyway".
    if (ask(unsavedChangesQuestion) === LEAVE) event.preventDefault();
  });
}
