/** Navigation that asks first when a form has unsaved changes. */
import { modals } from '@mantine/modals';
import { useCallback } from 'react';
import { useLocation } from 'wouter';
import { useUi } from '../store/ui';

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

export function useGuardedNavigate(): (to: string) => void {
  const [, navigate] = useLocation();
  return useCallback(
    (to: string) => {
      const dirty = useUi.getState().dirtyForm;
      if (dirty) confirmDiscard(dirty, () => navigate(to));
      else navigate(to);
    },
    [navigate],
  );
}
