/** The whole register at once: snapshot for export, replace for import. */
import { registerSchema, type Register } from '../../../shared/domain';
import { sealEvent } from '../../../shared/audit/chain';
import { serialised } from '../audit-log';
import { database, registerTables } from '../database';
import { currentActor } from './settings';

/**
 * A consistent snapshot of every table, read in one transaction. Screens that read the register
 * live (the dashboard, the notices) leave out the audit trail, which none of them reads and
 * which only grows.
 */
export async function snapshot({ auditTrail = true } = {}): Promise<Register> {
  const db = database();
  const tables = registerTables(db).filter((table) => auditTrail || table !== db.auditEvents);
  return db.transaction('r', tables, async () => ({
    organisation: (await db.organisation.toCollection().first()) ?? null,
    activities: await db.activities.toArray(),
    thirdParties: await db.thirdParties.toArray(),
    transfers: await db.transfers.toArray(),
    lias: await db.lias.toArray(),
    tras: await db.tras.toArray(),
    noticeDrafts: await db.noticeDrafts.toArray(),
    noticeVersions: await db.noticeVersions.toArray(),
    acceptedRisks: await db.acceptedRisks.toArray(),
    reviews: await db.reviews.toArray(),
    breaches: await db.breaches.toArray(),
    rightsRequests: await db.rightsRequests.toArray(),
    complaints: await db.complaints.toArray(),
    auditEvents: auditTrail ? await db.auditEvents.orderBy('seq').toArray() : [],
  }));
}

/** True when there is nothing to lose: no records and no audit trail (kept after Start again). */
export async function isRegisterEmpty(): Promise<boolean> {
  const db = database();
  const counts = await Promise.all(registerTables(db).map((table) => table.count()));
  return counts.every((n) => n === 0);
}

export interface ReplaceOptions {
  /**
   * The register is readRegisterFile's output, which has been validated whole: validating 10,000
   * activities again would add a second or so to an import for nothing.
   */
  validated?: boolean;
}

/**
 * Replaces the whole register with `incoming` in one transaction: either all of it is there
 * afterwards or none of it. The incoming trail is kept and an import event is chained on.
 */
export async function replaceRegister(
  incoming: Register,
  summary: string,
  now = new Date(),
  { validated = false }: ReplaceOptions = {},
): Promise<void> {
  const register = validated ? incoming : registerSchema.parse(incoming);
  return serialised(async () => {
    const db = database();
    const event = await sealEvent(
      {
        at: now.toISOString(),
        actor: await currentActor(),
        entity: 'register',
        entityId: register.organisation?.id ?? 'register',
        action: 'import',
        summary,
        before: null,
        after: {
          activities: register.activities.length,
          thirdParties: register.thirdParties.length,
          transfers: register.transfers.length,
          lias: register.lias.length,
          tras: register.tras.length,
        },
      },
      register.auditEvents.at(-1),
    );
    const tables = registerTables(db);
    await db.transaction('rw', tables, async () => {
      await Promise.all(tables.map((table) => table.clear()));
      if (register.organisation) await db.organisation.add(register.organisation);
      await db.activities.bulkAdd(register.activities);
      await db.thirdParties.bulkAdd(register.thirdParties);
      await db.transfers.bulkAdd(register.transfers);
      await db.lias.bulkAdd(register.lias);
      await db.tras.bulkAdd(register.tras);
      await db.noticeDrafts.bulkAdd(register.noticeDrafts);
      await db.noticeVersions.bulkAdd(register.noticeVersions);
      await db.acceptedRisks.bulkAdd(register.acceptedRisks);
      await db.reviews.bulkAdd(register.reviews);
      await db.breaches.bulkAdd(register.breaches);
      await db.rightsRequests.bulkAdd(register.rightsRequests);
      await db.complaints.bulkAdd(register.complaints);
      await db.auditEvents.bulkAdd([...register.auditEvents, event]);
    });
  });
}
