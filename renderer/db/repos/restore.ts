/**
 * Restoring a record to how an audit event shows it (before or after the change), itself a
 * recorded change. The state is brought up to today's schema and checked, and the register
 * with it put back must still hold together; otherwise nothing is written and the reason
 * names the records in the way.
 */
import { eventHash } from '../../../shared/audit/chain';
import { diffRecords, type FieldChange } from '../../../shared/audit/diff';
import {
  isRestorable,
  linkProblems,
  neverDeleted,
  notRestorableReason,
  upgradeState,
  recordsOf,
  withRecord,
  type NameOf,
  type RestorableKind,
  type RestorableRecord,
} from '../../../shared/audit/restore';
import { registerSchema, type AuditEvent, type Register } from '../../../shared/domain';
import { commit } from '../audit-log';
import { database } from '../database';
import { auditEvent, lastEventAbout, organisationEvents } from './audit-trail';
import { snapshot } from './register';

export type RestoreSide = 'before' | 'after';

export class RestoreRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RestoreRefusedError';
  }
}

export interface RestorePlan {
  event: AuditEvent;
  side: RestoreSide;
  kind: RestorableKind;
  /** The record's name as it is now (or was last), e.g. activity “Newsletter”. */
  name: string;
  /** The record as it is now; null when it is not in the register. */
  current: RestorableRecord | null;
  /** The record as it will be; null when restoring removes it. */
  target: RestorableRecord | null;
  /** What will change, field by field (from now to the restored state). */
  changes: FieldChange[];
}

const kindWords: Record<RestorableKind, string> = {
  organisation: 'organisation profile',
  activity: 'activity',
  thirdParty: 'third party',
  transfer: 'transfer',
  lia: 'legitimate interests assessment',
  tra: 'transfer risk assessment',
  breach: 'breach',
  rightsRequest: 'rights request',
  complaint: 'complaint',
};

type Row = Record<string, unknown>;
const isRow = (value: unknown): value is Row => typeof value === 'object' && value !== null;
const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

/** A record's own words for itself, from whichever field names it. */
const ownName = (state: unknown): string | null =>
  isRow(state)
    ? (text(state.name) ?? text(state.title) ?? text(state.requester) ?? text(state.complainant))
    : null;

/** The table holding one kind of record, typed for what a restore does with it. */
function tableOf(kind: RestorableKind) {
  const db = database();
  const tables = {
    organisation: db.organisation,
    activity: db.activities,
    thirdParty: db.thirdParties,
    transfer: db.transfers,
    lia: db.lias,
    tra: db.tras,
    breach: db.breaches,
    rightsRequest: db.rightsRequests,
    complaint: db.complaints,
  } as const;
  return tables[kind] as unknown as {
    get: (id: string) => Promise<RestorableRecord | undefined>;
    put: (row: RestorableRecord) => Promise<unknown>;
    delete: (id: string) => Promise<void>;
  };
}

/** Names records for messages: from the register, or from the trail for ones deleted since. */
function namer(
  register: Register,
): (kind: RestorableKind | 'audience', id: string) => Promise<string> {
  return async (kind, id) => {
    if (kind === 'audience') {
      const live = register.organisation?.audiences.find((a) => a.id === id);
      if (live) return `the audience “${live.name}”`;
      for (const event of await organisationEvents()) {
        for (const state of [event.after, event.before]) {
          const audiences = isRow(state) && Array.isArray(state.audiences) ? state.audiences : [];
          const name = ownName(audiences.filter(isRow).find((a) => a.id === id));
          if (name) return `the audience “${name}”`;
        }
      }
      return 'a privacy notice audience';
    }
    let state: unknown = recordsOf(register, kind).find((row) => row.id === id);
    if (!state) {
      const last = await lastEventAbout(kind, id);
      state = last?.before ?? last?.after;
    }
    if (kind === 'transfer' && isRow(state) && typeof state.thirdPartyId === 'string') {
      const party =
        register.thirdParties.find((p) => p.id === state.thirdPartyId)?.name ??
        ownName((await lastEventAbout('thirdParty', state.thirdPartyId))?.before);
      return party ? `the transfer to “${party}”` : 'a transfer';
    }
    const name = ownName(state);
    return name ? `the ${kindWords[kind]} “${name}”` : `a ${kindWords[kind]} (${id})`;
  };
}

/** Resolves every name a set of problems could use, so the pure check can name them at once. */
async function problemsFor(register: Register, kind: RestorableKind, id: string) {
  const asked: [RestorableKind | 'audience', string][] = [];
  linkProblems(register, kind, id, (k, i) => {
    asked.push([k, i]);
    return '';
  });
  const name = namer(register);
  const known = new Map(
    await Promise.all(asked.map(async ([k, i]) => [`${k}:${i}`, await name(k, i)] as const)),
  );
  const nameOf: NameOf = (k, i) => known.get(`${k}:${i}`) ?? `a record (${i})`;
  return linkProblems(register, kind, id, nameOf);
}

/**
 * Works out what restoring the record of event `seq` to its `side` state would do, or throws
 * RestoreRefusedError saying why it cannot be done.
 */
export async function planRestore(seq: number, side: RestoreSide): Promise<RestorePlan> {
  const event = await auditEvent(seq);
  if (!event) throw new RestoreRefusedError(`There is no event #${seq} in the audit trail.`);
  if (!isRestorable(event.entity)) throw new RestoreRefusedError(notRestorableReason[event.entity]);
  const { hash, ...unhashed } = event;
  if ((await eventHash(unhashed)) !== hash) {
    throw new RestoreRefusedError(
      `Event #${seq} was changed after it was recorded, so what it says cannot be trusted to restore from. Verify the trail, and restore from an event that is intact.`,
    );
  }
  const kind = event.entity;
  const id = event.entityId;
  const state = event[side];
  let target: RestorableRecord | null = null;
  if (state !== null) {
    const upgraded = upgradeState(kind, state);
    if (!upgraded.ok) {
      throw new RestoreRefusedError(
        `The ${kindWords[kind]} as it was then does not meet today’s rules (${upgraded.problems.slice(0, 3).join('; ')}). Change it by hand instead.`,
      );
    }
    target = upgraded.record;
  } else if (neverDeleted[kind]) {
    throw new RestoreRefusedError(neverDeleted[kind]);
  }
  const current = (await tableOf(kind).get(id)) ?? null;
  const name = `${kindWords[kind]} “${ownName(current ?? target ?? event.before ?? event.after) ?? id}”`;
  if (kind === 'organisation' && target) {
    const other = await database().organisation.toCollection().first();
    if (other && other.id !== id) {
      throw new RestoreRefusedError(
        'This event is about another organisation’s profile, from before a different register was imported. It cannot be restored here.',
      );
    }
  }
  const changes = diffRecords(current, target);
  if (changes.length === 0) {
    throw new RestoreRefusedError(
      target
        ? `The ${name} is already as it was ${side} this change: there is nothing to restore.`
        : `The ${name} is not in the register: there is nothing to remove.`,
    );
  }
  return { event, side, kind, name, current, target, changes };
}

/** Checks the whole register with the restored record in place; throws what stops it. */
async function assertRegisterHolds(plan: RestorePlan, target: RestorableRecord | null) {
  const register = withRecord(
    await snapshot({ auditTrail: false }),
    plan.kind,
    plan.event.entityId,
    target,
  );
  const problems = await problemsFor(register, plan.kind, plan.event.entityId);
  if (problems.length > 0)
    throw new RestoreRefusedError(`The ${plan.name} was not restored. ${problems.join(' ')}`);
  const parsed = registerSchema.safeParse(register);
  if (!parsed.success) {
    const first = parsed.error.issues
      .slice(0, 3)
      .map((issue) => issue.message)
      .join('; ');
    throw new RestoreRefusedError(
      `The ${plan.name} was not restored: the register would no longer hold together (${first}).`,
    );
  }
}

export interface RestoreResult {
  plan: RestorePlan;
  /** The record as restored; null when the restore removed it. */
  record: RestorableRecord | null;
}

/** Restores the record of event `seq` to its `side` state as a 'restore' audit event. */
export function restoreFromEvent(
  seq: number,
  side: RestoreSide,
  now = new Date(),
): Promise<RestoreResult> {
  return commit(
    async () => {
      const plan = await planRestore(seq, side);
      const target = plan.target
        ? ({ ...plan.target, updatedAt: now.toISOString() } as RestorableRecord)
        : null;
      await assertRegisterHolds(plan, target);
      const table = tableOf(plan.kind);
      // A restore that renames the record is summarised under the name it gets back.
      const restored = `${kindWords[plan.kind]} “${ownName(target) ?? plan.event.entityId}”`;
      const summary = target
        ? plan.current
          ? `Restored ${restored} to how it was ${side} change #${seq}`
          : `Restored deleted ${restored} as it was ${side} change #${seq}`
        : side === 'before'
          ? `Removed ${plan.name}, restoring it to before it was created (change #${seq})`
          : `Removed ${plan.name} again, as it was after change #${seq}`;
      return {
        changes: [
          {
            entity: plan.kind,
            entityId: plan.event.entityId,
            action: 'restore',
            summary,
            before: plan.current,
            after: target,
          },
        ],
        apply: async () => {
          if (target) await table.put(target);
          else await table.delete(plan.event.entityId);
        },
        result: { plan, record: target },
      };
    },
    () => now,
  );
}
