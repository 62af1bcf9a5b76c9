/** Every output format of a privacy notice, from one NoticeDocument. */
export { longDate, linkRuns, type RenderOptions, type TextRun } from './common';
export { escapeHtml, toHtml } from './html';
export { escapeMarkdownInline, toMarkdown } from './markdown';
export { noticePdfDefinition, type PdfOptions } from './pdf';
export {
  FURNITURE_STYLE,
  pageLabel,
  toPdfmakeDefinition,
  type PortablePdfDefinition,
  type RunningFooter,
  type RunningHeader,
} from './portablePdf';
export { TEXT_WIDTH, toPlainText, wrap } from './text';
