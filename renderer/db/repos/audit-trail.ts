/** Reading the audit trail in parts, so a trail of tens of thousands of events stays light. */
import type { AuditEntity, AuditEvent } from '../../../shared/domain';
import { database } from '../database';

export const lastAuditEvent = (): Promise<AuditEvent | undefined> =>
  database().auditEvents.orderBy('seq').last();

export const auditEvent = (seq: number): Promise<AuditEvent | undefined> =>
  database().auditEvents.get(seq);

/** Up to `limit` events from `fromSeq` on, oldest first. */
export const auditEventsFrom = (fromSeq: number, limit: number): Promise<AuditEvent[]> =>
  database().auditEvents.where('seq').aboveOrEqual(fromSeq).limit(limit).toArray();

/** The latest event about one record, e.g. to name a record deleted since. */
export const lastEventAbout = async (
  entity: AuditEntity,
  id: string,
): Promise<AuditEvent | undefined> =>
  (await database().auditEvents.where('entityId').equals(id).toArray())
    .filter((event) => event.entity === entity)
    .at(-1);

/** Events about the organisation, newest first (for the name of an audience dropped since). */
export const organisationEvents = (): Promise<AuditEvent[]> =>
  database().auditEvents.where('entity').equals('organisation').reverse().sortBy('seq');

/** Up to a thousand events by seq, in the order asked (missing ones left out). */
export const auditEventsAt = async (seqs: readonly number[]): Promise<AuditEvent[]> =>
  (await database().auditEvents.bulkGet([...seqs])).filter(
    (event): event is AuditEvent => event !== undefined,
  );

/** The names of the activities, third parties and audiences among `ids`, by id. */
export async function recordNames(ids: readonly string[]): Promise<Map<string, string>> {
  const db = database();
  const unique = [...new Set(ids)];
  const [activities, parties, organisation] = await Promise.all([
    db.activities.bulkGet(unique),
    db.thirdParties.bulkGet(unique),
    db.organisation.toCollection().first(),
  ]);
  const names = new Map<string, string>();
  for (const record of [...activities, ...parties]) if (record) names.set(record.id, record.name);
  for (const audience of organisation?.audiences ?? []) names.set(audience.id, audience.name);
  return names;
}
