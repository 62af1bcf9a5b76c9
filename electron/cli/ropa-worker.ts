/** A worker thread of the Article 30 PDF in Node: lays out and writes the batches it is given. */
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { chunkDrawer, type ChunkTask, type TaskReply } from '../../shared/reports/ropa-pdf/chunk';
import { nodeDeflate } from './node-deflate';

/**
 * Each batch leaves its activities' rows and display lists behind, which V8, left to itself,
 * lets pile up into tens of MB a thread: the thread collects them once its heap passes 8 MB
 * (collecting after every batch would cost about a second over a thousand activities). A
 * worker cannot be started with --expose-gc, so the flag is set here and the collector taken
 * from a fresh context, where it then appears.
 */
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;
const COLLECT_ABOVE = 8 * 2 ** 20;

const draw = chunkDrawer(nodeDeflate);

parentPort?.on('message', (task: ChunkTask) => {
  let reply: TaskReply;
  try {
    reply = { ok: true, done: draw(task) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply, reply.ok ? [reply.done.streams.buffer as ArrayBuffer] : []);
  if (getHeapStatistics().used_heap_size > COLLECT_ABOVE) collect();
});
