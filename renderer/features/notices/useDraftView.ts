/** The draft as it would be published, recomputed as the register or the wording changes. */
import { useEffect, useState } from 'react';
import type { NoticeDraft, Register } from '../../../shared/domain';
import { draftView, type DraftView } from '../../../shared/notice';

/**
 * Hashing is asynchronous, so the view arrives a moment after each change; until then the
 * previous view stays on screen (undefined only before the first one).
 */
export function useDraftView(
  register: Register,
  draft: NoticeDraft,
  lastUpdated: string,
): { view: DraftView | undefined; error: unknown } {
  const [state, setState] = useState<{ view: DraftView | undefined; error: unknown }>({
    view: undefined,
    error: null,
  });
  useEffect(() => {
    let current = true;
    draftView(register, draft, lastUpdated).then(
      (view) => {
        if (current) setState({ view, error: null });
      },
      (error: unknown) => {
        if (current) setState((previous) => ({ view: previous.view, error }));
      },
    );
    return () => {
      current = false;
    };
  }, [register, draft, lastUpdated]);
  return state;
}
