/**
 * A worker of the Article 30 PDF: lays out a batch of activities and writes its pages' content
 * streams. Two run side by side (ropa-pool.ts), started by the record's own worker.
 */
import '../jitless';
import { chunkDrawer, type ChunkTask, type TaskReply } from '../../shared/reports/ropa-pdf/chunk';
import { windowDeflate } from './deflate';

declare const self: DedicatedWorkerGlobalScope;

const draw = chunkDrawer(windowDeflate);

self.addEventListener('message', (event: MessageEvent<ChunkTask>) => {
  let reply: TaskReply;
  try {
    reply = { ok: true, done: draw(event.data) };
  } catch (error) {
    reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
  self.postMessage(reply, reply.ok ? [reply.done.streams.buffer] : []);
});
