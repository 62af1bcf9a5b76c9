/**
 * Only the rows in view of a long table are rendered, with spacer rows above and below keeping
 * the scroll height true, so a real, sortable <table> stays fast at 10,000 rows.
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';

/** `count` rows of `rowHeight` pixels; `overscan` rows beyond the view are rendered too. */
export function useVirtualRows(count: number, rowHeight: number, overscan = 12) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan,
  });
  const items = virtualizer.getVirtualItems();
  return {
    scrollRef,
    items,
    paddingTop: items[0]?.start ?? 0,
    paddingBottom: virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0),
    scrollToIndex: (index: number) => virtualizer.scrollToIndex(index, { align: 'auto' }),
  };
}

/** Which rows are in view and the space above and below them (useVirtualRows, less its ref). */
export type VirtualView = Pick<
  ReturnType<typeof useVirtualRows>,
  'items' | 'paddingTop' | 'paddingBottom'
>;

/** A table body's rows: those in view, between spacer rows that stand in for the rest. */
export function virtualRows<Row>(
  rows: readonly Row[],
  view: VirtualView,
  columns: number,
  /** One row in view, as a keyed <tr>, by its index in `rows`. */
  renderRow: (row: Row, index: number) => ReactNode,
): ReactNode {
  return (
    <>
      <SpacerRow height={view.paddingTop} columns={columns} />
      {view.items.map(({ index }) => {
        const row = rows[index];
        return row === undefined ? null : renderRow(row, index);
      })}
      <SpacerRow height={view.paddingBottom} columns={columns} />
    </>
  );
}

/** The empty row standing in for rows out of view. */
function SpacerRow({ height, columns }: { height: number; columns: number }) {
  if (height <= 0) return null;
  return (
    <tr aria-hidden>
      <td colSpan={columns} style={{ height, padding: 0, border: 0 }} />
    </tr>
  );
}
