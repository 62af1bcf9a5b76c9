/**
 * One measurement in a fresh process: `node child.mjs JOB SIZE` (bundled by bundle.ts) builds
 * the synthetic register, runs JOB once and prints its wall time and the process's peak memory
 * (getrusage's maxRSS, which the kernel keeps for the whole life of the process), with the
 * resident memory just before the job so the job's own share is visible.
 */
import { performance } from 'node:perf_hooks';
import { childJobs, isChildJob } from './jobs';
import { syntheticRegister } from './synthetic';

const [job = '', size = ''] = process.argv.slice(2);
if (!isChildJob(job)) throw new Error(`unknown bench job “${job}”`);
const register = syntheticRegister({ activities: Number(size) });
const rssBeforeMiB = process.memoryUsage().rss / 2 ** 20;
const start = performance.now();
const bytes = await childJobs[job](register);
const ms = performance.now() - start;
const peakMiB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ ms, peakMiB, rssBeforeMiB, bytes })}\n`);
