/** Medians, in-process timing with a warm-up, and the machine a run happened on. */
import { cpus, loadavg, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';

export const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
};

/** Runs `job` once to warm up, then `runs` times; the median wall time in milliseconds. */
export async function measure(job: () => unknown, runs: number): Promise<number> {
  await job();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await job();
    times.push(performance.now() - start);
  }
  return median(times);
}

/** A positive whole number from the environment, or the default. */
export function envCount(name: string, fallback: number): number {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}

/** Sizes from BENCH_SIZES ("1000,5000,10000"), or the default. */
export function envSizes(name: string, fallback: readonly number[]): number[] {
  const raw = process.env[name];
  if (!raw) return [...fallback];
  const sizes = raw.split(',').map((part) => Number(part.trim()));
  if (sizes.some((size) => !Number.isInteger(size) || size <= 0)) {
    throw new Error(`${name} must be a list of whole numbers such as 1000,5000,10000`);
  }
  return sizes;
}

export function machine() {
  const [one, five] = loadavg();
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: process.platform,
    loadAverageAtStart: { oneMinute: one ?? 0, fiveMinutes: five ?? 0 },
  };
}
