/** Moves the keyboard focus to a field by its path (or its list's) and brings it into view. */
import { listFieldOf } from './fieldPaths';

export function focusField(path: string): void {
  const target = [path, listFieldOf(path)]
    .map((p) => document.querySelector<HTMLElement>(`[data-path="${CSS.escape(p)}"]`))
    .find((element) => element !== null);
  if (!target) return;
  const focusable = target.matches('input:not([type="hidden"]), textarea, button, [tabindex]')
    ? target
    : target.querySelector<HTMLElement>(
        'input:not([type="hidden"]):not([disabled]), textarea, button, [tabindex]:not([tabindex="-1"])',
      );
  (focusable ?? target).scrollIntoView({ block: 'center' });
  focusable?.focus({ preventScroll: true });
}
