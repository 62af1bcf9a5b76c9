/**
 * `npm run bench`, the Node part: medians over the seeded synthetic register at 1,000, 5,000 and
 * 10,000 activities, each figure beside its baseline and target, written to
 * tests/bench/results.json with the machine it ran on. The window's figures follow (window.ts).
 *
 * BENCH_SIZES (1000,5000,10000), BENCH_RUNS (7: in-process figures), BENCH_CHILD_RUNS (3: xlsx
 * and PDF, one fresh process each), BENCH_PDF_BASELINE_SIZES (1000: the single-table pdfmake
 * baseline takes about three minutes and 2 GB at 5,000, so larger sizes run only when asked for;
 * the Article 30 PDF itself runs at every size) and BENCH_PDF_RUNS (1 above 1,000).
 */
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runChecks } from '../../shared/checks';
import { composeNotice } from '../../shared/notice/compose';
import { UK_ADEQUACY_BASELINE } from '../../shared/reference/adequacy';
import { readRegisterFile, writeRegisterFile } from '../../shared/register-file';
import { prepareXlsxImport, type ChildJob } from './jobs';
import { bundleChild, bundleRopaWorker } from './bundle';
import { printNode, type ChildFigure, type NodeRow } from './report';
import { envCount, envSizes, machine, measure, median } from './stats';
import { syntheticRegister } from './synthetic';

const SIZES = envSizes('BENCH_SIZES', [1_000, 5_000, 10_000]);
const PDF_BASELINE_SIZES = envSizes('BENCH_PDF_BASELINE_SIZES', [1_000]);
const RUNS = envCount('BENCH_RUNS', 7);
const CHILD_RUNS = envCount('BENCH_CHILD_RUNS', 3);
const TODAY = '2026-11-25';
const CHILD = bundleChild();
const ROPA_WORKER = bundleRopaWorker();
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Medians over `runs` fresh processes, one measurement each. */
function inChildren(job: ChildJob, size: number, runs: number): ChildFigure {
  const samples = Array.from({ length: runs }, () => {
    const output = execFileSync(process.execPath, [CHILD, job, String(size)], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 20,
      env: { ...process.env, BENCH_ROPA_WORKER: ROPA_WORKER },
    });
    return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as Omit<ChildFigure, 'runs'>;
  });
  return {
    runs,
    ms: median(samples.map((s) => s.ms)),
    peakMiB: median(samples.map((s) => s.peakMiB)),
    rssBeforeMiB: median(samples.map((s) => s.rssBeforeMiB)),
  };
}

const pdfRuns = (size: number) => envCount('BENCH_PDF_RUNS', size <= 1_000 ? CHILD_RUNS : 1);

const started = machine();
const rows: NodeRow[] = [];
for (const size of SIZES) {
  process.stderr.write(`measuring ${size.toLocaleString('en-GB')} activities…\n`);
  const register = syntheticRegister({ activities: size });
  const text = await writeRegisterFile(register, '2026-11-25T12:00:00.000Z', 'bench');
  const context = { register, today: TODAY, adequacy: UK_ADEQUACY_BASELINE };
  const row: NodeRow = {
    activities: size,
    fileMiB: Buffer.byteLength(text) / 2 ** 20,
    readAndValidateMs: await measure(() => readRegisterFile(text), RUNS),
    checksMs: await measure(() => runChecks(context), RUNS),
    findings: runChecks(context).length,
    noticeMs: await measure(
      () =>
        composeNotice(register, { audienceId: null, nameProcessors: false, lastUpdated: TODAY }),
      RUNS,
    ),
    xlsx: inChildren('xlsx', size, CHILD_RUNS),
    xlsxStream: inChildren('xlsx-stream', size, CHILD_RUNS),
  };
  const importFile = await prepareXlsxImport(register);
  try {
    row.xlsxImport = inChildren('xlsx-import', size, CHILD_RUNS);
  } finally {
    rmSync(importFile, { force: true });
  }
  row.pdf = inChildren('pdf', size, pdfRuns(size));
  if (PDF_BASELINE_SIZES.includes(size)) {
    row.pdfTable = inChildren('pdf-table', size, pdfRuns(size));
  }
  rows.push(row);
}

writeFileSync(
  new URL('./results.json', import.meta.url),
  `${JSON.stringify(
    {
      measuredAt: new Date().toISOString(),
      runs: { inProcess: RUNS, childProcesses: CHILD_RUNS },
      peakMemory:
        'process.resourceUsage().maxRSS of a fresh child process running one job (peakMiB); rssBeforeMiB is its RSS just before the job, with the register built',
      machine: { ...started, loadAverageAtEnd: machine().loadAverageAtStart },
      rows,
    },
    null,
    2,
  )}\n`,
);

printNode(
  rows,
  `Medians: ${RUNS} runs in process, ${CHILD_RUNS} fresh processes for xlsx and PDF (PDFs above 1,000: ${pdfRuns(5_000)}) · ${started.cores} × ${started.cpu} · ${started.memoryGiB} GiB · Node ${started.node} · load ${started.loadAverageAtStart.oneMinute.toFixed(1)} at start`,
);
