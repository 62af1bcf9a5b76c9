/**
 * Forward migrations of the register file, one per schema step: migrations[n] turns a
 * schema-n register into a schema-(n+1) one. Released steps are never edited; each has a
 * fixture file of its schema in tests/unit/shared/register-file/fixtures. The per-record steps
 * are exported so the window's database upgrades its stored rows the same way.
 */
import { art49ExceptionLabels, art49Exceptions } from '../domain/enums';

export type Migration = (register: unknown) => unknown;
type Row = Record<string, unknown>;

const isRecord = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const mapRows = (register: Row, table: string, step: (row: Row) => Row): unknown =>
  Array.isArray(register[table])
    ? register[table].map((row) => (isRecord(row) ? step(row) : row))
    : register[table];

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Schema 3: each activity keeps its DPIA screening item by item, with notes. */
export const activityToSchema3 = (activity: Row): Row =>
  isRecord(activity.dpia)
    ? { ...activity, dpia: { ...activity.dpia, answers: {}, notes: '' } }
    : activity;

/**
 * Schema 3: processor assurance. Due diligence, free text until now, becomes the notes of a
 * structured record; the Article 28 checklist, sub-processors and contract document start empty.
 */
export const thirdPartyToSchema3 = (party: Row): Row => ({
  ...party,
  contract: isRecord(party.contract) ? { ...party.contract, document: '' } : party.contract,
  article28: {},
  dueDiligence: { certifications: [], checkedOn: null, notes: text(party.dueDiligence) },
  subProcessors: [],
});

/**
 * Schema 3: a transfer records whether the recipient is certified (the US data bridge), and the
 * Article 49 exception becomes one of the listed exceptions. Free text that names none of them
 * is kept word for word in the internal notes, so nothing the user wrote is lost.
 */
export const transferToSchema3 = (transfer: Row): Row => {
  const written = text(transfer.art49Exception).trim();
  const known = art49Exceptions.find(
    (id) => id === written || art49ExceptionLabels[id].toLowerCase() === written.toLowerCase(),
  );
  const notes = text(transfer.internalNotes);
  const keep = written !== '' && known === undefined;
  return {
    ...transfer,
    recipientCertified: null,
    art49Exception: known ?? null,
    internalNotes: keep
      ? `${notes}${notes ? '\n' : ''}Article 49 exception as first recorded: ${written}`
      : notes,
  };
};

export const migrations: Readonly<Record<number, Migration>> = {
  /** Schema 2 adds legitimate interests and transfer risk assessments, none at first. */
  1: (register) => (isRecord(register) ? { ...register, lias: [], tras: [] } : register),
  /** Schema 3 adds processor assurance, per-item DPIA screening and transfer certification. */
  2: (register) =>
    isRecord(register)
      ? {
          ...register,
          activities: mapRows(register, 'activities', activityToSchema3),
          thirdParties: mapRows(register, 'thirdParties', thirdPartyToSchema3),
          transfers: mapRows(register, 'transfers', transferToSchema3),
        }
      : register,
  /** Schema 4 adds privacy notices: drafts and published versions, none at first. */
  3: (register) =>
    isRecord(register) ? { ...register, noticeDrafts: [], noticeVersions: [] } : register,
  /** Schema 5 adds accepted risks, reviews, and the breach, rights request and complaint logs. */
  4: (register) =>
    isRecord(register)
      ? {
          ...register,
          acceptedRisks: [],
          reviews: [],
          breaches: [],
          rightsRequests: [],
          complaints: [],
        }
      : register,
};
