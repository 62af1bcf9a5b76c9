/**
 * Every change to the register is written together with its audit events in one
 * transaction. Hashing uses WebCrypto, which an IndexedDB transaction cannot wait on, so the
 * events are sealed first and the transaction then checks that nobody appended meanwhile;
 * writes from this window are queued so they never race each other.
 */
import type { AuditAction, AuditEntity, AuditEvent } from '../../shared/domain';
import { sealEvent } from '../../shared/audit/chain';
import { database, registerTables } from './database';
import { currentActor } from './repos/settings';

export interface Change {
  entity: AuditEntity;
  entityId: string;
  action: AuditAction;
  summary: string;
  before: unknown;
  after: unknown;
}

export class ConcurrentChangeError extends Error {
  constructor() {
    super(
      'The register was changed in another window at the same moment. Your change was not saved: try again.',
    );
    this.name = 'ConcurrentChangeError';
  }
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs jobs one after another, whatever each one's outcome. */
export function serialised<T>(job: () => Promise<T>): Promise<T> {
  const run = queue.then(job, job);
  queue = run.catch(() => undefined);
  return run;
}

/** Dexie stores structured clones; the trail keeps plain JSON so that hashes are stable. */
const plain = (value: unknown): unknown =>
  value === undefined ? null : JSON.parse(JSON.stringify(value));

export interface Plan<T> {
  changes: Change[];
  /** Dexie operations only: it runs inside the transaction. */
  apply: () => Promise<void>;
  result: T;
}

/**
 * Runs `plan` (which reads the current state and says what to change) in the write queue,
 * seals its changes onto the chain, then applies them and appends the events in one
 * transaction.
 */
export function commit<T>(plan: () => Promise<Plan<T>>, now = () => new Date()): Promise<T> {
  return serialised(async () => {
    const db = database();
    // Read before planning: a write from another tab after this point is caught below.
    const last = await db.auditEvents.orderBy('seq').last();
    const { changes, apply, result } = await plan();
    if (changes.length === 0) return result;
    const actor = await currentActor();
    const at = now().toISOString();
    const events: AuditEvent[] = [];
    let previous = last;
    for (const change of changes) {
      const event = await sealEvent(
        { ...change, at, actor, before: plain(change.before), after: plain(change.after) },
        previous,
      );
      events.push(event);
      previous = event;
    }
    await db.transaction('rw', registerTables(db), async () => {
      const nowLast = await db.auditEvents.orderBy('seq').last();
      if (nowLast?.seq !== last?.seq) throw new ConcurrentChangeError();
      await apply();
      await db.auditEvents.bulkAdd(events);
    });
    return result;
  });
}
