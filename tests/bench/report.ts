/**
 * The printed tables: each figure beside its baseline and the target, whether it meets
 * it, and the 10k/5k ratio of every figure (linear growth keeps it at or under 2.2).
 */

/** One child-process measurement: medians of wall time, peak RSS, and RSS before the job. */
export interface ChildFigure {
  runs: number;
  ms: number;
  peakMiB: number;
  rssBeforeMiB: number;
}

export interface NodeRow {
  activities: number;
  fileMiB: number;
  readAndValidateMs: number;
  checksMs: number;
  findings: number;
  noticeMs: number;
  xlsx?: ChildFigure;
  xlsxStream?: ChildFigure;
  /** Reading the exported workbook back up to the import's preview. */
  xlsxImport?: ChildFigure;
  pdf?: ChildFigure;
  pdfTable?: ChildFigure;
}

export interface WindowFigures {
  activities: number;
  runs: number;
  /** From the file reaching the app: reading, parsing and checking it, then the import. */
  importStoredMs: number;
  /** The import as the issue defines it: validation, audit event, one transaction. */
  importFromReadMs: number;
  importShownMs: number;
  bulkPutMs: number;
  searchKeystrokeMs: number;
  openActivityMs: number;
  firstScreenMs: number;
  /** The Article 30 PDF made in the window (Reports ▸ Make PDF), one run. */
  ropaPdfMs: number;
  /** The longest task on the window's main thread while it was made. */
  ropaLongestTaskMs: number;
}

export const MAX_RATIO = 2.2;

const ms = (value: number) =>
  value >= 10_000
    ? `${(value / 1000).toFixed(1)} s`
    : `${value.toLocaleString('en-GB', { maximumFractionDigits: value < 100 ? 1 : 0 })} ms`;
const mib = (value: number) => `${Math.round(value).toLocaleString('en-GB')} MiB`;
const verdict = (met: boolean) => (met ? 'meets' : 'MISSES');

interface Line {
  figure: string;
  activities: string;
  median: string;
  baseline: string;
  target: string;
  verdict: string;
}

const line = (
  figure: string,
  activities: number,
  median: string,
  baseline = '',
  target = '',
  met?: boolean,
): Line => ({
  figure,
  activities: activities.toLocaleString('en-GB'),
  median,
  baseline,
  target,
  verdict: met === undefined ? '' : verdict(met),
});

function childLines(row: NodeRow): Line[] {
  const lines: Line[] = [];
  const size = row.activities;
  const at10k = size === 10_000;
  if (row.xlsx && row.xlsxStream) {
    const { xlsx, xlsxStream } = row;
    lines.push(
      line(
        'xlsx export: time',
        size,
        ms(xlsx.ms),
        `${ms(xlsxStream.ms)} (exceljs stream)`,
        at10k ? '≤ 4 s' : '',
        at10k ? xlsx.ms <= 4000 : undefined,
      ),
      line(
        'xlsx export: peak RSS',
        size,
        `${mib(xlsx.peakMiB)} (${mib(xlsx.rssBeforeMiB)} before)`,
        mib(xlsxStream.peakMiB),
        at10k ? '≤ 500 MB' : '',
        at10k ? xlsx.peakMiB * 1.048576 <= 500 : undefined,
      ),
    );
  }
  if (row.xlsxImport) {
    const { xlsxImport } = row;
    lines.push(
      line(
        'xlsx import to preview: time',
        size,
        ms(xlsxImport.ms),
        '',
        at10k ? '≤ 5 s' : '',
        at10k ? xlsxImport.ms <= 5000 : undefined,
      ),
      line(
        'xlsx import to preview: peak RSS',
        size,
        `${mib(xlsxImport.peakMiB)} (${mib(xlsxImport.rssBeforeMiB)} before)`,
      ),
    );
  }
  if (row.pdf) {
    const { pdf, pdfTable } = row;
    const at1k = size === 1_000 && pdfTable !== undefined;
    const at5k = size === 5_000;
    const added = (figure: ChildFigure) => figure.peakMiB - figure.rssBeforeMiB;
    lines.push(
      line(
        'Article 30 PDF: time',
        size,
        ms(pdf.ms),
        pdfTable ? `${ms(pdfTable.ms)} (single table)` : '',
        at1k ? '≥ 3× faster than baseline' : '',
        at1k ? pdf.ms * 3 <= pdfTable.ms : undefined,
      ),
      line(
        'Article 30 PDF: peak RSS',
        size,
        `${mib(pdf.peakMiB)} (${mib(pdf.rssBeforeMiB)} before)`,
        pdfTable ? mib(pdfTable.peakMiB) : '',
        at1k ? '≤ ⅓ of baseline' : at5k ? '≤ 600 MB' : '',
        at1k
          ? pdf.peakMiB * 3 <= pdfTable.peakMiB
          : at5k
            ? pdf.peakMiB * 1.048576 <= 600
            : undefined,
      ),
      line(
        'Article 30 PDF: RSS added by the job',
        size,
        mib(added(pdf)),
        pdfTable ? mib(added(pdfTable)) : '',
        at1k ? '≤ ⅓ of baseline' : '',
        at1k ? added(pdf) * 3 <= added(pdfTable) : undefined,
      ),
    );
  }
  return lines;
}

export function nodeLines(rows: readonly NodeRow[]): Line[] {
  return rows.flatMap((row) => {
    const size = row.activities;
    const at10k = size === 10_000;
    return [
      line('read + validate', size, ms(row.readAndValidateMs)),
      line(
        `checks (${row.findings.toLocaleString('en-GB')} findings)`,
        size,
        ms(row.checksMs),
        '',
        at10k ? '≤ 300 ms' : '',
        at10k ? row.checksMs <= 300 : undefined,
      ),
      line(
        'notice composition',
        size,
        ms(row.noticeMs),
        '',
        at10k ? '≤ 100 ms' : '',
        at10k ? row.noticeMs <= 100 : undefined,
      ),
      ...childLines(row),
    ];
  });
}

/** Every figure measured at both sizes, as later ÷ earlier. */
export function ratios(rows: readonly NodeRow[], from = 5_000, to = 10_000) {
  const a = rows.find((row) => row.activities === from);
  const b = rows.find((row) => row.activities === to);
  if (!a || !b) return [];
  const pairs: [string, number | undefined, number | undefined][] = [
    ['read + validate', a.readAndValidateMs, b.readAndValidateMs],
    ['checks', a.checksMs, b.checksMs],
    ['notice composition', a.noticeMs, b.noticeMs],
    ['xlsx export: time', a.xlsx?.ms, b.xlsx?.ms],
    ['xlsx export: peak RSS', a.xlsx?.peakMiB, b.xlsx?.peakMiB],
    ['xlsx baseline: time', a.xlsxStream?.ms, b.xlsxStream?.ms],
    ['xlsx baseline: peak RSS', a.xlsxStream?.peakMiB, b.xlsxStream?.peakMiB],
    ['xlsx import to preview: time', a.xlsxImport?.ms, b.xlsxImport?.ms],
    ['xlsx import to preview: peak RSS', a.xlsxImport?.peakMiB, b.xlsxImport?.peakMiB],
    ['Article 30 PDF: time', a.pdf?.ms, b.pdf?.ms],
    ['Article 30 PDF: peak RSS', a.pdf?.peakMiB, b.pdf?.peakMiB],
    ['PDF baseline: time', a.pdfTable?.ms, b.pdfTable?.ms],
    ['PDF baseline: peak RSS', a.pdfTable?.peakMiB, b.pdfTable?.peakMiB],
  ];
  return pairs.flatMap(([figure, x, y]) =>
    x === undefined || y === undefined
      ? []
      : [{ figure, ratio: y / x, verdict: verdict(y / x <= MAX_RATIO) }],
  );
}

export function printNode(rows: readonly NodeRow[], heading: string): void {
  console.log(`${heading}\n`);
  console.table(nodeLines(rows));
  const grown = ratios(rows);
  if (grown.length > 0) {
    console.log(`\n10k/5k ratio of every figure measured at both (target ≤ ${MAX_RATIO}):`);
    console.table(grown.map((r) => ({ ...r, ratio: r.ratio.toFixed(2) })));
  }
}

export function windowLines(figures: WindowFigures): Line[] {
  const size = figures.activities;
  return [
    line(
      'import into IndexedDB (validation, audit, transaction)',
      size,
      ms(figures.importFromReadMs),
      `${ms(figures.bulkPutMs)} (raw Dexie bulkPut)`,
      '≤ 1.5× baseline',
      figures.importFromReadMs <= 1.5 * figures.bulkPutMs,
    ),
    line(
      'file chosen → stored (read, checksum, import)',
      size,
      ms(figures.importStoredMs),
      `${ms(figures.bulkPutMs)} (raw Dexie bulkPut)`,
    ),
    line('import until the dashboard shows', size, ms(figures.importShownMs)),
    line(
      'search keystroke to updated list',
      size,
      ms(figures.searchKeystrokeMs),
      '',
      '≤ 50 ms',
      figures.searchKeystrokeMs <= 50,
    ),
    line(
      'open an activity',
      size,
      ms(figures.openActivityMs),
      '',
      '≤ 100 ms',
      figures.openActivityMs <= 100,
    ),
    line(
      'activity list first screen after start',
      size,
      ms(figures.firstScreenMs),
      '',
      '≤ 500 ms',
      figures.firstScreenMs <= 500,
    ),
    line('Article 30 PDF made in the window (one run)', size, ms(figures.ropaPdfMs)),
    line(
      'longest main-thread task meanwhile',
      size,
      ms(figures.ropaLongestTaskMs),
      '',
      '≤ 50 ms',
      figures.ropaLongestTaskMs <= 50,
    ),
  ];
}

export function printWindow(figures: WindowFigures, chromium: string): void {
  console.log(`\nThe window in Chromium ${chromium}, medians of ${figures.runs} runs:\n`);
  console.table(windowLines(figures));
}
