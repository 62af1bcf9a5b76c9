/**
 * The whole trail as light rows, read in parts so the window stays responsive, then kept up
 * to date by reading only the events added since (or everything again, when the trail was
 * replaced by an import).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useRef, useState } from 'react';
import { auditEvent, auditEventsFrom, lastAuditEvent } from '../../db/repos/audit-trail';
import { toTrailRow, type TrailRow } from './trail-rows';

const PART = 2000;

export interface TrailState {
  rows: readonly TrailRow[];
  /** Events read so far, and how many there are, while reading. */
  progress: { read: number; total: number } | null;
  /** True once the first read has finished. */
  ready: boolean;
}

const nextFrame = () => new Promise((resolve) => setTimeout(resolve, 0));

export function useTrail(): TrailState {
  const last = useLiveQuery(lastAuditEvent, [], null);
  const [state, setState] = useState<TrailState>({ rows: [], progress: null, ready: false });
  const rowsRef = useRef<readonly TrailRow[]>([]);

  useEffect(() => {
    if (last === null) return;
    let cancelled = false;
    const read = async () => {
      const known = rowsRef.current.at(-1);
      const stored = known ? await auditEvent(known.seq) : undefined;
      // The rows kept still match the trail's start: read only what came after them.
      let rows = known && stored?.hash === known.hash ? rowsRef.current : [];
      const total = last?.seq ?? 0;
      while (!cancelled && (rows.at(-1)?.seq ?? 0) < total) {
        const part = await auditEventsFrom((rows.at(-1)?.seq ?? 0) + 1, PART);
        if (part.length === 0) break;
        rows = [...rows, ...part.map(toTrailRow)];
        if (!cancelled && total > PART)
          setState((s) => ({ ...s, progress: { read: rows.length, total } }));
        await nextFrame();
      }
      if (cancelled) return;
      rowsRef.current = rows;
      setState({ rows, progress: null, ready: true });
    };
    void read();
    return () => {
      cancelled = true;
    };
  }, [last]);

  return state;
}
