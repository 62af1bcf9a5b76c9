/**
 * pdfmake moves to a new page when a node's bottom margin does not fit on the page, and a
 * heading that starts a page then adds another: so the content before a page break ends
 * with no bottom margin, or a page that ends full is followed by a blank one.
 */
import type { Content, Margins } from 'pdfmake/interfaces';

/** The bottom margins the report styles give (frame.ts), for nodes that take theirs from a style. */
const STYLE_MARGINS: Readonly<Record<string, [number, number, number, number]>> = {
  paragraph: [0, 0, 0, 7],
  note: [0, 0, 0, 8],
};

const fourSides = (
  margin: Margins | undefined,
  style: unknown,
): [number, number, number, number] => {
  if (Array.isArray(margin) && margin.length === 4) return margin;
  return (typeof style === 'string' ? STYLE_MARGINS[style] : undefined) ?? [0, 0, 0, 0];
};

/** The content with its last node's bottom margin removed: it is followed by a page break. */
export function endsPage(content: readonly Content[]): Content[] {
  const last = content.at(-1);
  if (last === undefined || typeof last !== 'object' || last === null || Array.isArray(last)) {
    return [...content];
  }
  const node = last as { margin?: Margins; style?: unknown };
  const [left, top, right] = fourSides(node.margin, node.style);
  return [...content.slice(0, -1), { ...last, margin: [left, top, right, 0] } as Content];
}
