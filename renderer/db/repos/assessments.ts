/**
 * Legitimate interests and transfer risk assessments. A draft is saved as often as the person
 * likes; revising a completed assessment keeps the earlier revision, read-only, in `history`.
 */
import {
  screeningItems,
  screeningOutcome,
  type ScreeningAnswers,
} from '../../../shared/dpia/screening';
import {
  activitySchema,
  liaSchema,
  traSchema,
  type Activity,
  type AuditEntity,
  type Lia,
  type LiaRevision,
  type Tra,
  type TraRevision,
} from '../../../shared/domain';
import { commit, type Change } from '../audit-log';
import { database } from '../database';
import { NotFoundError } from './activities';
import { IntegrityError } from './integrity';

export const listLias = (): Promise<Lia[]> => database().lias.toArray();
export const getLia = (id: string): Promise<Lia | undefined> => database().lias.get(id);
export const liasFor = (activityId: string): Promise<Lia[]> =>
  database().lias.where('activityIds').equals(activityId).toArray();
export const listTras = (): Promise<Tra[]> => database().tras.toArray();
export const getTra = (id: string): Promise<Tra | undefined> => database().tras.get(id);
export const trasFor = (transferId: string): Promise<Tra[]> =>
  database().tras.where('transferId').equals(transferId).toArray();

const saved = (entity: AuditEntity, id: string, name: string, before: unknown, after: unknown) =>
  ({
    entity,
    entityId: id,
    action: before ? 'update' : 'create',
    summary: before ? `Updated ${name}` : `Started ${name}`,
    before: before ?? null,
    after,
  }) satisfies Change;

/** Saves an LIA (a draft or a completed one); its activities must be in the register. */
export function saveLia(input: Lia, now = new Date()): Promise<Lia> {
  return commit(async () => {
    const db = database();
    const before = await db.lias.get(input.id);
    const after = liaSchema.parse({
      ...input,
      // The history is only ever added to, by revising.
      history: before?.history ?? input.history,
      revision: before?.revision ?? input.revision,
      createdAt: before?.createdAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
    });
    const found = await db.activities.bulkGet(after.activityIds);
    if (found.some((activity) => activity === undefined)) {
      throw new IntegrityError(
        'An activity this assessment names is no longer in the register. Choose its activities again and save.',
      );
    }
    const screened = screenedActivities(after, found, now);
    return {
      changes: [
        saved('lia', after.id, `the LIA “${after.title}”`, before, after),
        ...screened.map(({ before: was, after: is }) => ({
          entity: 'activity' as const,
          entityId: is.id,
          action: 'update' as const,
          summary: `Recorded the DPIA screening of the LIA “${after.title}” on activity “${is.name}”`,
          before: was,
          after: is,
        })),
      ],
      apply: async () => {
        await db.lias.put(after);
        if (screened.length > 0) await db.activities.bulkPut(screened.map((s) => s.after));
      },
      result: after,
    };
  });
}

/** The LIA's answers to the DPIA screening items, yes or no; unanswered items are left out. */
function screeningAnswersOf(lia: Lia): ScreeningAnswers {
  const picked: ScreeningAnswers = {};
  for (const { id } of screeningItems) {
    const answer = lia.answers[id];
    if (typeof answer === 'boolean') picked[id] = answer;
  }
  return picked;
}

/**
 * A completed standard LIA has screened its activities for a DPIA, so each activity records
 * the answers: any yes means a DPIA is required (and is now to be started); all no settles an
 * activity not screened before, but never overrides a decision already recorded there.
 */
function screenedActivities(
  lia: Lia,
  activities: readonly (Activity | undefined)[],
  now: Date,
): { before: Activity; after: Activity }[] {
  if (lia.status !== 'completed' || lia.path !== 'standard') return [];
  const answers = screeningAnswersOf(lia);
  const { needed, complete } = screeningOutcome(answers);
  if (!needed && !complete) return [];
  return activities.flatMap((activity) => {
    if (!activity) return [];
    const { dpia } = activity;
    const screening = needed
      ? 'required'
      : dpia.screening === 'not-screened'
        ? 'not-required'
        : dpia.screening;
    const status = needed && dpia.status === 'not-applicable' ? 'not-started' : dpia.status;
    const merged = { ...dpia, answers: { ...dpia.answers, ...answers }, screening, status };
    if (JSON.stringify(merged) === JSON.stringify(dpia)) return [];
    const after = activitySchema.parse({ ...activity, dpia: merged, updatedAt: now.toISOString() });
    return [{ before: activity, after }];
  });
}

/** Saves a TRA; its transfer must be in the register. */
export function saveTra(input: Tra, now = new Date()): Promise<Tra> {
  return commit(async () => {
    const db = database();
    const before = await db.tras.get(input.id);
    const after = traSchema.parse({
      ...input,
      history: before?.history ?? input.history,
      revision: before?.revision ?? input.revision,
      createdAt: before?.createdAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
    });
    if (!(await db.transfers.get(after.transferId))) {
      throw new IntegrityError(
        'The transfer this assessment is for is no longer in the register: it may have been deleted in another window.',
      );
    }
    return {
      changes: [saved('tra', after.id, 'a transfer risk assessment', before, after)],
      apply: async () => {
        await db.tras.put(after);
      },
      result: after,
    };
  });
}

/** What revising changes: a draft again, the next number, the current state kept. */
function nextRevision<T extends { revision: number; history: R[] }, R>(
  current: T,
  kept: R,
  now: Date,
): T {
  return {
    ...current,
    status: 'draft',
    revision: current.revision + 1,
    history: [...current.history, kept],
    updatedAt: now.toISOString(),
  };
}

const revisionChange = (
  entity: 'lia' | 'tra',
  name: string,
  before: { id: string },
  after: { revision: number },
): Change => ({
  entity,
  entityId: before.id,
  action: 'update',
  summary: `Started revision ${after.revision} of ${name}`,
  before,
  after,
});

/**
 * Starts a new revision: the current answers are kept, read-only, in the history, and the
 * assessment becomes a draft again with the next revision number.
 */
export function reviseLia(id: string, now = new Date()): Promise<Lia> {
  return commit(async () => {
    const db = database();
    const current = await db.lias.get(id);
    if (!current) throw new NotFoundError('The assessment');
    const { revision, path, answers, status, updatedAt: savedAt } = current;
    const kept: LiaRevision = { revision, path, answers, status, savedAt };
    const after = liaSchema.parse(nextRevision(current, kept, now));
    return {
      changes: [revisionChange('lia', `the LIA “${after.title}”`, current, after)],
      apply: async () => {
        await db.lias.put(after);
      },
      result: after,
    };
  });
}

/** As reviseLia, for a transfer risk assessment. */
export function reviseTra(id: string, now = new Date()): Promise<Tra> {
  return commit(async () => {
    const db = database();
    const current = await db.tras.get(id);
    if (!current) throw new NotFoundError('The assessment');
    const { revision, answers, status, updatedAt: savedAt } = current;
    const kept: TraRevision = { revision, answers, status, savedAt };
    const after = traSchema.parse(nextRevision(current, kept, now));
    return {
      changes: [revisionChange('tra', 'a transfer risk assessment', current, after)],
      apply: async () => {
        await db.tras.put(after);
      },
      result: after,
    };
  });
}
