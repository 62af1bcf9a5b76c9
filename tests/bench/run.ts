/**
 * `npm run bench`: medians of several runs over the seeded synthetic register at 1,000, 5,000 and
 * 10,000 activities, printed as a table and written to tests/bench/results.json with the machine
 * it ran on. Measures what runs in Node; the window's figures come with the Chromium bench.
 */
import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { runChecks } from '../../shared/checks';
import { composeNotice } from '../../shared/notice/compose';
import { UK_ADEQUACY_BASELINE } from '../../shared/reference/adequacy';
import { readRegisterFile, writeRegisterFile } from '../../shared/register-file';
import { syntheticRegister } from './synthetic';

const SIZES = [1_000, 5_000, 10_000];
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TODAY = '2026-11-25';

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** Runs `job` once to warm up, then RUNS times; the median wall time in milliseconds. */
async function measure(job: () => unknown): Promise<number> {
  await job();
  const times: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    await job();
    times.push(performance.now() - start);
  }
  return median(times);
}

interface Row {
  activities: number;
  fileMiB: number;
  readAndValidateMs: number;
  checksMs: number;
  findings: number;
  noticeMs: number;
}

const rows: Row[] = [];
for (const size of SIZES) {
  const register = syntheticRegister({ activities: size });
  const text = await writeRegisterFile(register, '2026-11-25T12:00:00.000Z', 'bench');
  const context = { register, today: TODAY, adequacy: UK_ADEQUACY_BASELINE };
  rows.push({
    activities: size,
    fileMiB: Buffer.byteLength(text) / 2 ** 20,
    readAndValidateMs: await measure(() => readRegisterFile(text)),
    checksMs: await measure(() => runChecks(context)),
    findings: runChecks(context).length,
    noticeMs: await measure(() =>
      composeNotice(register, { audienceId: null, nameProcessors: false, lastUpdated: TODAY }),
    ),
  });
}

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  platform: process.platform,
};
writeFileSync(
  new URL('./results.json', import.meta.url),
  `${JSON.stringify({ measuredAt: new Date().toISOString(), runs: RUNS, machine, rows }, null, 2)}\n`,
);

const fixed = (value: number, digits = 0) => value.toFixed(digits);
console.log(
  `Medians of ${RUNS} runs · ${machine.cores} × ${machine.cpu} · ${machine.memoryGiB} GiB · Node ${machine.node}\n`,
);
console.table(
  rows.map((row) => ({
    activities: row.activities.toLocaleString('en-GB'),
    'file (MiB)': fixed(row.fileMiB, 1),
    'read + validate (ms)': fixed(row.readAndValidateMs),
    'checks (ms)': fixed(row.checksMs, 1),
    findings: row.findings.toLocaleString('en-GB'),
    'notice (ms)': fixed(row.noticeMs, 1),
  })),
);
