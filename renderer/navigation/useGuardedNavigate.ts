/** Navigation, and other steps that would lose a form's unsaved changes, ask first. */
import { modals } from '@mantine/modals';
import { useCallback } from 'react';
import { useLocation } from 'wouter';
import { useUi } from '../store/ui';
import { paths } from './paths';

export function confirmDiscard(formName: string, onDiscard: () => void): void {
  modals.openConfirmModal({
    title: 'Leave without saving?',
    children: `You have unsaved changes to ${formName}. If you leave now they will be lost.`,
    labels: { confirm: 'Discard changes', cancel: 'Stay and keep editing' },
    confirmProps: { color: 'red' },
    onConfirm: () => {
      useUi.getState().setDirtyForm(null);
      onDiscard();
    },
  });
}

/**
 * Runs `go` at once when no form has unsaved changes; otherwise asks, and runs it (with
 * `discarded` true) only if the person discards them. Staying runs nothing.
 */
export function unlessUnsavedChanges(go: (discarded: boolean) => void): void {
  const dirty = useUi.getState().dirtyForm;
  if (dirty) confirmDiscard(dirty, () => go(true));
  else go(false);
}

/**
 * After the whole register has been replaced (an import, starting again), goes to the activity
 * list, so that no editor keeps showing, and could save over, what the register held before.
 */
export function showReplacedRegister(navigate: (to: string) => void): void {
  useUi.getState().setDirtyForm(null);
  navigate(paths.activities);
}

export function useGuardedNavigate(): (to: string) => void {
  const [, navigate] = useLocation();
  return useCallback((to: string) => unlessUnsavedChanges(() => navigate(to)), [navigate]);
}
