/**
 * Lays content down pages: wrapped paragraphs and the record's two-column tables (shaded section
 * rows that repeat at the top of a page a section runs onto and never end a page alone; rows
 * kept whole when they fit on a page, split between lines when they do not).
 */
import { A4_LONG, A4_SHORT, ACCENT, INK, MUTED, PORTRAIT_MARGINS, RULE, SHADE } from '../look';
import type { RecordRow } from '../ropa';
import { wrapText, type DrawOp, type FontName, type Page, type TextMeasure } from './canvas';

export const PAGE_WIDTH = A4_SHORT;
export const PAGE_HEIGHT = A4_LONG;
export const [LEFT, TOP, RIGHT_MARGIN, BOTTOM_MARGIN] = PORTRAIT_MARGINS;
export const TEXT_WIDTH = PAGE_WIDTH - LEFT - RIGHT_MARGIN;
const BOTTOM = PAGE_HEIGHT - BOTTOM_MARGIN;

/** The report's line spacing (pdfmake's lineHeight 1.25 in the other reports). */
const LINE_SPACING = 1.25;
const PAD_X = 5;
const PAD_Y = 3.5;
const BORDER = 0.5;
const LABEL_SIZE = 9;
const VALUE_SIZE = 9.5;
const SECTION_SIZE = 9;
const NOT_RECORDED = 'Not recorded';

export interface TextStyle {
  font: FontName;
  size: number;
  color: string;
  spacing?: number;
}

interface CellText {
  lines: string[];
  style: TextStyle;
  lineHeight: number;
}

interface LaidRow {
  label: CellText;
  value: CellText;
}

/** Pages being filled from the top; `y` is where the next thing goes on the last page. */
export class Flow {
  readonly pages: Page[] = [];
  y = TOP;

  constructor(readonly measure: TextMeasure) {
    this.newPage();
  }

  get page(): Page {
    return this.pages[this.pages.length - 1] ?? [];
  }

  get pageNumber(): number {
    return this.pages.length;
  }

  newPage(): void {
    this.pages.push([]);
    this.y = TOP;
  }

  room(): number {
    return BOTTOM - this.y;
  }

  lineHeight(style: TextStyle): number {
    return this.measure.lineHeight(style.font, style.size, style.spacing ?? LINE_SPACING);
  }

  wrap(text: string, width: number, style: TextStyle): string[] {
    return wrapText(text, width, style.font, style.size, this.measure);
  }

  private textOp(text: string, x: number, y: number, style: TextStyle): DrawOp {
    return {
      op: 'text',
      text,
      x,
      y,
      font: style.font,
      size: style.size,
      color: style.color,
    };
  }

  /** A paragraph across the text width (or `width`), moving to a new page line by line. */
  paragraph(
    text: string,
    style: TextStyle,
    margin: { top?: number; bottom?: number } = {},
    width = TEXT_WIDTH,
  ): void {
    const height = this.lineHeight(style);
    if (this.y > TOP) this.y += margin.top ?? 0;
    for (const line of this.wrap(text, width, style)) {
      if (this.y + height > BOTTOM) this.newPage();
      this.page.push(this.textOp(line, LEFT, this.y, style));
      this.y += height;
    }
    this.y += margin.bottom ?? 0;
  }

  /** A line of text at a given place on the current page, not moving the flow. */
  place(text: string, x: number, y: number, style: TextStyle): void {
    this.page.push(this.textOp(text, x, y, style));
  }

  rule(y: number): void {
    this.page.push({
      op: 'rule',
      x1: LEFT,
      y1: y,
      x2: LEFT + TEXT_WIDTH,
      y2: y,
      color: RULE,
      width: 0.75,
    });
  }

  private cell(text: string[], width: number, style: TextStyle): CellText {
    return {
      lines: text.flatMap((line) => this.wrap(line, width - 2 * PAD_X, style)),
      style,
      lineHeight: this.lineHeight(style),
    };
  }

  private sectionRow(title: string): CellText {
    return this.cell([title], TEXT_WIDTH, {
      font: 'bold',
      size: SECTION_SIZE,
      color: ACCENT,
    });
  }

  private drawSection(section: CellText): void {
    const height = section.lines.length * section.lineHeight + 2 * PAD_Y;
    this.page.push({
      op: 'box',
      x: LEFT,
      y: this.y,
      width: TEXT_WIDTH,
      height,
      fill: SHADE,
      stroke: RULE,
    });
    section.lines.forEach((line, index) => {
      this.place(line, LEFT + PAD_X, this.y + PAD_Y + index * section.lineHeight, section.style);
    });
    this.y += height;
  }

  /** Draws `count` lines of each cell from `from`, as one row segment on this page. */
  private drawRow(
    row: LaidRow,
    labelWidth: number,
    labelFrom: number,
    valueFrom: number,
    height: number,
  ): void {
    const inner = height - 2 * PAD_Y;
    const segment = (cell: CellText, from: number, x: number): number => {
      const count = Math.max(
        0,
        Math.min(cell.lines.length - from, Math.floor(inner / cell.lineHeight + 1e-6)),
      );
      for (let index = 0; index < count; index += 1) {
        this.place(
          cell.lines[from + index] ?? '',
          x + PAD_X,
          this.y + PAD_Y + index * cell.lineHeight,
          cell.style,
        );
      }
      return count;
    };
    segment(row.label, labelFrom, LEFT);
    segment(row.value, valueFrom, LEFT + labelWidth);
    this.page.push(
      { op: 'box', x: LEFT, y: this.y, width: TEXT_WIDTH, height, stroke: RULE },
      {
        op: 'rule',
        x1: LEFT + labelWidth,
        y1: this.y,
        x2: LEFT + labelWidth,
        y2: this.y + height,
        color: RULE,
        width: BORDER,
      },
    );
    this.y += height;
  }

  private rowHeight(row: LaidRow, labelFrom = 0, valueFrom = 0): number {
    const label = (row.label.lines.length - labelFrom) * row.label.lineHeight;
    const value = (row.value.lines.length - valueFrom) * row.value.lineHeight;
    return Math.max(label, value, 0) + 2 * PAD_Y;
  }

  /** Label and value rows under shaded section rows, as one table of fixed column widths. */
  table(rows: readonly RecordRow[], labelWidth: number): void {
    const valueWidth = TEXT_WIDTH - labelWidth;
    let section: CellText | null = null;
    const sectionHeight = (): number =>
      section === null ? 0 : section.lines.length * section.lineHeight + 2 * PAD_Y;
    const freshPage = (): void => {
      this.newPage();
      if (section !== null) this.drawSection(section);
    };
    let pendingSection = false;
    for (const row of rows) {
      if ('section' in row) {
        section = this.sectionRow(row.section);
        pendingSection = true;
        continue;
      }
      const laid: LaidRow = {
        label: this.cell([row.label], labelWidth, { font: 'bold', size: LABEL_SIZE, color: INK }),
        value:
          row.lines.length === 0
            ? this.cell([NOT_RECORDED], valueWidth, {
                font: 'italic',
                size: VALUE_SIZE,
                color: MUTED,
              })
            : this.cell(row.lines, valueWidth, { font: 'regular', size: VALUE_SIZE, color: INK }),
      };
      const whole = this.rowHeight(laid);
      const firstLine = Math.max(laid.label.lineHeight, laid.value.lineHeight) + 2 * PAD_Y;
      const pageRoom = BOTTOM - TOP - sectionHeight();
      if (pendingSection) {
        // A section title never ends a page: it goes with its first row, whole if that row is to
        // be kept whole, or with its first line if the row is taller than a page.
        const need = sectionHeight() + (whole <= pageRoom ? whole : firstLine);
        if (need > this.room()) this.newPage();
        if (section !== null) this.drawSection(section);
        pendingSection = false;
      }
      if (whole > this.room() && whole <= pageRoom) freshPage();
      let labelFrom = 0;
      let valueFrom = 0;
      for (;;) {
        const remaining = this.rowHeight(laid, labelFrom, valueFrom);
        if (remaining <= this.room()) {
          this.drawRow(laid, labelWidth, labelFrom, valueFrom, remaining);
          break;
        }
        const height = this.room();
        const fits = (cell: CellText): number =>
          Math.floor((height - 2 * PAD_Y) / cell.lineHeight + 1e-6);
        if (fits(laid.value) < 1 || fits(laid.label) < 1) {
          freshPage();
          continue;
        }
        this.drawRow(laid, labelWidth, labelFrom, valueFrom, height);
        labelFrom = Math.min(laid.label.lines.length, labelFrom + fits(laid.label));
        valueFrom = Math.min(laid.value.lines.length, valueFrom + fits(laid.value));
        freshPage();
      }
    }
    if (pendingSection && section !== null) {
      if (sectionHeight() > this.room()) this.newPage();
      this.drawSection(section);
    }
  }
}
