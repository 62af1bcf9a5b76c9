/**
 * Putting a record back as an audit event shows it: which records can be restored, bringing a
 * state saved under an older schema up to today's, and the links a restore would break, named
 * so the person knows what to restore or change first.
 */
import {
  activitySchema,
  breachSchema,
  complaintSchema,
  liaSchema,
  organisationSchema,
  rightsRequestSchema,
  thirdPartySchema,
  traSchema,
  transferSchema,
  type AuditEntity,
  type Register,
} from '../domain';
import {
  activityToSchema3,
  thirdPartyToSchema3,
  transferToSchema3,
} from '../register-file/migrations';

export const restorableKinds = [
  'organisation',
  'activity',
  'thirdParty',
  'transfer',
  'lia',
  'tra',
  'breach',
  'rightsRequest',
  'complaint',
] as const;
export type RestorableKind = (typeof restorableKinds)[number];

export const isRestorable = (entity: AuditEntity): entity is RestorableKind =>
  (restorableKinds as readonly string[]).includes(entity);

/** Why a kind of record cannot be restored from the trail at all. */
export const notRestorableReason: Record<Exclude<AuditEntity, RestorableKind>, string> = {
  notice:
    'Privacy notices are not restored from the trail: published versions never change, and a draft is rewritten from its notice screen.',
  acceptedRisk:
    'An accepted risk is not restored from the trail: accept the finding again, or withdraw the acceptance, from the findings list.',
  review: 'A review is not restored from the trail: mark the record reviewed again instead.',
  register: 'An import of the whole register cannot be undone from the trail.',
};

/** Kinds the app never deletes, so "before it was created" cannot be restored. */
export const neverDeleted: Partial<Record<RestorableKind, string>> = {
  organisation:
    'The organisation’s profile is never deleted, so it cannot go back to before it was created.',
  lia: 'A legitimate interests assessment is kept once made (its revisions are its history), so it cannot go back to before it was created.',
  tra: 'A transfer risk assessment is kept once made (its revisions are its history), so it cannot go back to before it was created.',
};

const schemas = {
  organisation: organisationSchema,
  activity: activitySchema,
  thirdParty: thirdPartySchema,
  transfer: transferSchema,
  lia: liaSchema,
  tra: traSchema,
  breach: breachSchema,
  rightsRequest: rightsRequestSchema,
  complaint: complaintSchema,
} as const;

/** Each kind's record type, as its schema parses it. */
export type RestorableRecord = {
  [K in RestorableKind]: ReturnType<(typeof schemas)[K]['parse']>;
}[RestorableKind];

type Row = Record<string, unknown>;
const isRecord = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Schema 3's per-record steps, each taken only where the state plainly predates it: taken on a
 * current record they would clear what it holds (the DPIA answers, the Article 28 checklist).
 */
const upgrades: Partial<Record<RestorableKind, (row: Row) => Row>> = {
  activity: (row) =>
    isRecord(row.dpia) && !('answers' in row.dpia) ? activityToSchema3(row) : row,
  thirdParty: (row) => (!('article28' in row) ? thirdPartyToSchema3(row) : row),
  transfer: (row) => (!('recipientCertified' in row) ? transferToSchema3(row) : row),
};

export type Upgraded = { ok: true; record: RestorableRecord } | { ok: false; problems: string[] };

/** A state from the trail as a record of today's schema, or what stops it being one. */
export function upgradeState(kind: RestorableKind, state: unknown): Upgraded {
  if (!isRecord(state)) return { ok: false, problems: ['The event holds no record to restore.'] };
  const step = upgrades[kind];
  const parsed = schemas[kind].safeParse(step ? step(state) : state);
  if (parsed.success) return { ok: true, record: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) =>
      issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    ),
  };
}

const tables = {
  activity: 'activities',
  thirdParty: 'thirdParties',
  transfer: 'transfers',
  lia: 'lias',
  tra: 'tras',
  breach: 'breaches',
  rightsRequest: 'rightsRequests',
  complaint: 'complaints',
} as const;

/** The records of one kind in a register (the organisation as a list of one or none). */
export const recordsOf = (register: Register, kind: RestorableKind): readonly RestorableRecord[] =>
  kind === 'organisation'
    ? register.organisation
      ? [register.organisation]
      : []
    : register[tables[kind]];

/** The register with the record put in (or taken out, for null), everything else unchanged. */
export function withRecord(
  register: Register,
  kind: RestorableKind,
  id: string,
  record: RestorableRecord | null,
): Register {
  if (kind === 'organisation')
    return { ...register, organisation: record as Register['organisation'] };
  const table = tables[kind];
  const rows = (register[table] as { id: string }[]).filter((row) => row.id !== id);
  return { ...register, [table]: record ? [...rows, record] : rows };
}

/** A record's name for a message, e.g. the activity “Newsletter”. */
export type NameOf = (kind: RestorableKind | 'audience', id: string) => string;

const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** Links from the record to records that are not in `register` (the record already in it). */
function missingTargets(register: Register, kind: RestorableKind, id: string, nameOf: NameOf) {
  const parties = new Map(register.thirdParties.map((p) => [p.id, p]));
  const activities = new Set(register.activities.map((a) => a.id));
  const transfers = new Set(register.transfers.map((t) => t.id));
  const audiences = new Set(register.organisation?.audiences.map((a) => a.id) ?? []);
  const gone: string[] = [];
  const wrongFunders: string[] = [];
  const needActivities = (ids: readonly string[]) =>
    gone.push(...ids.filter((a) => !activities.has(a)).map((a) => nameOf('activity', a)));
  const needParties = (ids: readonly string[]) =>
    gone.push(...ids.filter((p) => !parties.has(p)).map((p) => nameOf('thirdParty', p)));
  const find = <T extends { id: string }>(rows: readonly T[]) => rows.find((r) => r.id === id);
  if (kind === 'activity') {
    const activity = find(register.activities);
    if (activity) {
      needParties([...new Set([...activity.recipientIds, ...activity.funderIds])]);
      wrongFunders.push(
        ...activity.funderIds
          .filter((p) => parties.has(p) && parties.get(p)?.type !== 'funder')
          .map((p) => nameOf('thirdParty', p)),
      );
      gone.push(
        ...activity.audienceIds.filter((a) => !audiences.has(a)).map((a) => nameOf('audience', a)),
      );
    }
  } else if (kind === 'transfer') {
    const transfer = find(register.transfers);
    if (transfer) {
      needParties([transfer.thirdPartyId]);
      needActivities(transfer.activityIds);
    }
  } else if (kind === 'tra') {
    const tra = find(register.tras);
    if (tra && !transfers.has(tra.transferId)) gone.push(nameOf('transfer', tra.transferId));
  } else if (kind === 'lia') {
    needActivities(find(register.lias)?.activityIds ?? []);
  } else if (kind === 'breach') {
    const breach = find(register.breaches);
    needActivities(breach?.activityIds ?? []);
    needParties(breach?.thirdPartyIds ?? []);
  } else if (kind === 'rightsRequest' || kind === 'complaint') {
    const entries: readonly { id: string; activityIds: string[] }[] =
      kind === 'complaint' ? register.complaints : register.rightsRequests;
    needActivities(find(entries)?.activityIds ?? []);
  }
  return { gone, wrongFunders };
}

/** Records in `register` that name the record with `id` (of `kind`) where it no longer fits. */
function dependants(register: Register, kind: RestorableKind, id: string, nameOf: NameOf) {
  const present = (rows: readonly { id: string }[]) => rows.some((row) => row.id === id);
  const names: string[] = [];
  const wrongFunderOf: string[] = [];
  const named = (rows: readonly { id: string; activityIds: string[] }[], of: RestorableKind) =>
    names.push(...rows.filter((r) => r.activityIds.includes(id)).map((r) => nameOf(of, r.id)));
  if (kind === 'activity' && !present(register.activities)) {
    named(register.transfers, 'transfer');
    named(register.lias, 'lia');
    named(register.breaches, 'breach');
    named(register.rightsRequests, 'rightsRequest');
    named(register.complaints, 'complaint');
  } else if (kind === 'thirdParty') {
    const party = register.thirdParties.find((p) => p.id === id);
    if (!party) {
      names.push(
        ...register.activities
          .filter((a) => a.recipientIds.includes(id) || a.funderIds.includes(id))
          .map((a) => nameOf('activity', a.id)),
        ...register.transfers
          .filter((t) => t.thirdPartyId === id)
          .map((t) => nameOf('transfer', t.id)),
        ...register.breaches
          .filter((b) => b.thirdPartyIds.includes(id))
          .map((b) => nameOf('breach', b.id)),
      );
    } else if (party.type !== 'funder') {
      wrongFunderOf.push(
        ...register.activities
          .filter((a) => a.funderIds.includes(id))
          .map((a) => nameOf('activity', a.id)),
      );
    }
  } else if (kind === 'transfer' && !present(register.transfers)) {
    names.push(...register.tras.filter((t) => t.transferId === id).map((t) => nameOf('tra', t.id)));
  } else if (kind === 'organisation') {
    const audiences = new Set(register.organisation?.audiences.map((a) => a.id) ?? []);
    const lost = (audienceId: string | null) => audienceId !== null && !audiences.has(audienceId);
    names.push(
      ...register.activities
        .filter((a) => a.audienceIds.some(lost))
        .map((a) => nameOf('activity', a.id)),
      ...(register.noticeDrafts.some((n) => lost(n.audienceId)) ||
      register.noticeVersions.some((n) => lost(n.audienceId))
        ? ['a privacy notice of an audience it would drop']
        : []),
    );
  }
  return { names, wrongFunderOf };
}

/**
 * What stops `register` (with the restored record already put in or taken out) from holding
 * together, in words naming the records concerned; empty when nothing does.
 */
export function linkProblems(
  register: Register,
  kind: RestorableKind,
  id: string,
  nameOf: NameOf,
): string[] {
  const { gone, wrongFunders } = missingTargets(register, kind, id, nameOf);
  const { names, wrongFunderOf } = dependants(register, kind, id, nameOf);
  const problems: string[] = [];
  if (gone.length > 0)
    problems.push(
      `It names ${list([...new Set(gone)])}, no longer in the register. Restore ${gone.length > 1 ? 'those' : 'that'} first, or change the record by hand instead.`,
    );
  if (wrongFunders.length > 0)
    problems.push(
      `It names ${list(wrongFunders)} as a funder, but ${wrongFunders.length > 1 ? 'they are' : 'it is'} no longer of type Funder.`,
    );
  if (names.length > 0)
    problems.push(
      kind === 'organisation'
        ? `It would drop audiences still used by ${list(names)}. Take the audiences off those first.`
        : `It would remove a record still named by ${list(names)}. Delete it from its own screen instead, which deals with those links.`,
    );
  if (wrongFunderOf.length > 0)
    problems.push(
      `It would no longer be a funder, but ${list(wrongFunderOf)} ${wrongFunderOf.length > 1 ? 'name' : 'names'} it as one. Remove it from their funders first.`,
    );
  return problems;
}
