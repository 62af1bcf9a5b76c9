/**
 * A pdfmake document definition that survives postMessage (to the PDF worker) and JSON: no
 * functions. What pdfmake takes as callbacks (the running header and footer, keeping headings
 * with what follows) is described here as data, and `toPdfmakeDefinition` builds the callbacks
 * where the PDF is made: in the worker, or in Node for the command line.
 */
import type { Content, Node, NodeQueries, TDocumentDefinitions } from 'pdfmake/interfaces';

export interface RunningFooter {
  /** Left of every page's footer, e.g. "Konnect Communities C.I.C. · Privacy notice · Version 2". */
  text: string;
  /** A second, smaller line under it, e.g. "SHA-256 3f2a9c1b7e04". */
  detail?: string;
  /** Right of the footer; "{page}" and "{pages}" are replaced, e.g. "Page {page} of {pages}". */
  pageLabel: string;
}

export interface RunningHeader {
  text: string;
  /** The first page to carry it (the title page usually does not). */
  fromPage: number;
}

export interface PortablePdfDefinition extends Omit<
  TDocumentDefinitions,
  'header' | 'footer' | 'background' | 'pageBreakBefore'
> {
  runningHeader?: RunningHeader;
  runningFooter?: RunningFooter;
  /** Move a heading (any node with a headlineLevel) to the next page rather than end a page with it. */
  keepHeadingsWithNext?: boolean;
}

/** Left and right page margins the furniture lines up with when the definition gives none. */
const DEFAULT_SIDE_MARGIN = 40;

function sideMargins(definition: PortablePdfDefinition): [number, number] {
  const margins = definition.pageMargins;
  if (typeof margins === 'number') return [margins, margins];
  if (Array.isArray(margins)) {
    return margins.length === 2 ? [margins[0], margins[0]] : [margins[0], margins[2]];
  }
  return [DEFAULT_SIDE_MARGIN, DEFAULT_SIDE_MARGIN];
}

export function pageLabel(template: string, page: number, pages: number): string {
  return template.replaceAll('{page}', String(page)).replaceAll('{pages}', String(pages));
}

/**
 * The style every header and footer node carries: pdfmake lists a page's header and footer
 * among the nodes that follow a heading on that page, so they must be told apart from content.
 */
export const FURNITURE_STYLE = 'pageFurniture';

/**
 * A heading ends its page when nothing but the page's furniture, or other headings (which
 * will move themselves), follows it there. pdfmake asks once per node, in order, so a heading
 * followed only by a subheading must move now: it will not be asked again.
 */
const headingAtPageEnd = (node: Node, queries: NodeQueries): boolean =>
  node.headlineLevel !== undefined &&
  queries
    .getFollowingNodesOnPage()
    .every((next) => next.style === FURNITURE_STYLE || next.headlineLevel !== undefined);

/** The definition pdfmake takes, with the furniture described as data turned into callbacks. */
export function toPdfmakeDefinition(definition: PortablePdfDefinition): TDocumentDefinitions {
  const { runningHeader, runningFooter, keepHeadingsWithNext, ...rest } = definition;
  const [left, right] = sideMargins(definition);
  const result: TDocumentDefinitions = {
    ...rest,
    styles: { ...rest.styles, [FURNITURE_STYLE]: {} },
  };
  if (runningFooter) {
    result.footer = (page, pages, pageSize): Content => ({
      style: FURNITURE_STYLE,
      margin: [left, 14, right, 0],
      fontSize: 8,
      color: '#5a6270',
      stack: [
        {
          canvas: [
            {
              type: 'line',
              x1: 0,
              y1: 0,
              x2: pageSize.width - left - right,
              y2: 0,
              lineWidth: 0.5,
              lineColor: '#c9ced6',
            },
          ],
          margin: [0, 0, 0, 5],
          style: FURNITURE_STYLE,
        },
        {
          style: FURNITURE_STYLE,
          columns: [
            {
              style: FURNITURE_STYLE,
              width: '*',
              stack: [
                { text: runningFooter.text, style: FURNITURE_STYLE },
                ...(runningFooter.detail
                  ? [{ text: runningFooter.detail, fontSize: 7, style: FURNITURE_STYLE }]
                  : []),
              ],
            },
            {
              style: FURNITURE_STYLE,
              width: 'auto',
              text: pageLabel(runningFooter.pageLabel, page, pages),
              // Its width is its whole text, so a long footer beside it wraps instead of it.
              noWrap: true,
              alignment: 'right',
            },
          ],
        },
      ],
    });
  }
  if (runningHeader) {
    result.header = (page): Content | null =>
      page < runningHeader.fromPage
        ? null
        : {
            style: FURNITURE_STYLE,
            text: runningHeader.text,
            margin: [left, 28, right, 0],
            alignment: 'right',
            fontSize: 8,
            color: '#5a6270',
          };
  }
  if (keepHeadingsWithNext) result.pageBreakBefore = headingAtPageEnd;
  return result;
}
