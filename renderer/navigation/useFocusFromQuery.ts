/**
 * "?field=path" on a record's screen: once the screen has drawn its form, the keyboard focus
 * moves to that field, so a finding's "Fix" link lands where the fix is typed.
 */
import { useEffect, useRef } from 'react';
import { useSearch } from 'wouter';
import { focusField } from '../components/focusField';
import { listFieldOf } from '../components/fieldPaths';

const byPath = (path: string): HTMLElement | null =>
  document.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`) ??
  document.querySelector<HTMLElement>(`[data-path="${CSS.escape(listFieldOf(path))}"]`);

/** A section by its id ("#reviews"): its first button is where the fix starts. */
function focusSection(selector: string): boolean {
  const section = document.querySelector<HTMLElement>(selector);
  if (!section) return false;
  const button = section.querySelector<HTMLElement>('button:not([disabled])');
  (button ?? section).scrollIntoView({ block: 'center' });
  button?.focus({ preventScroll: true });
  return true;
}

/**
 * Focuses the first of `places` on the screen: a field's data-path, or "#id" for a section;
 * false when none is there.
 */
export function focusFirstOf(places: readonly string[]): boolean {
  for (const place of places) {
    if (place.startsWith('#')) {
      if (focusSection(place)) return true;
    } else if (byPath(place) !== null) {
      focusField(place);
      return true;
    }
  }
  return false;
}

/**
 * Focuses the field the query names once `ready`; `alternatives` gives other places to try
 * where the field itself is not on the screen (e.g. a read-only view offering "Revise").
 */
export function useFocusFromQuery(
  ready = true,
  alternatives: (field: string) => string[] = () => [],
): string | null {
  const field = new URLSearchParams(useSearch()).get('field');
  const done = useRef<string | null>(null);
  const alternativesRef = useRef(alternatives);
  useEffect(() => {
    alternativesRef.current = alternatives;
  });
  useEffect(() => {
    if (!ready || !field || done.current === field) return;
    // After the browser has laid the form out, so the field exists and can scroll into view.
    const frame = requestAnimationFrame(() => {
      done.current = field;
      focusFirstOf([field, ...alternativesRef.current(field)]);
    });
    return () => cancelAnimationFrame(frame);
  }, [ready, field]);
  return field;
}
