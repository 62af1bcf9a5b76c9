/** A worker thread of the Article 30 PDF in Node: lays out and writes the batches it is given. */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { drawChunk, type ChunkTask, type TaskReply } from '../../shared/reports/ropa-pdf/chunk';
import { nodeDeflate } from './node-deflate';

/**
 * Each batch leaves its pages' text and display lists behind, which V8, left to itself, lets
 * pile up over a few batches into tens of MB a thread: the thread collects them after each one.
 * A worker cannot be started with --expose-gc, so the flag is set here and the collector taken
 * from a fresh context, where it then appears.
 */
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

parentPort?.on('message', (task: ChunkTask) => {
  let reply: TaskReply;
  try {
    reply = { ok: true, done: drawChunk(task, nodeDeflate) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply, reply.ok ? [reply.done.streams.buffer as ArrayBuffer] : []);
  collect();
});
