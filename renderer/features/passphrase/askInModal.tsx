/** A modal that answers once: with what its form settles on, or `cancelled` when closed. */
import { modals } from '@mantine/modals';
import type { ReactNode } from 'react';

export interface ModalQuestion<T> {
  modalId: string;
  title: string;
  /** The close button's label. */
  close: string;
  /** The answer when the person closes the modal. */
  cancelled: T;
  /** The form, given the function that answers (and closes the modal). */
  form: (settle: (answer: T) => void) => ReactNode;
}

export function askInModal<T>({ modalId, title, close, cancelled, form }: ModalQuestion<T>) {
  return new Promise<T>((resolve) => {
    let settled = false;
    const settle = (answer: T) => {
      if (settled) return;
      settled = true;
      resolve(answer);
      modals.close(modalId);
    };
    modals.open({
      modalId,
      title,
      size: 'md',
      closeButtonProps: { 'aria-label': close },
      onClose: () => settle(cancelled),
      children: form(settle),
    });
  });
}
