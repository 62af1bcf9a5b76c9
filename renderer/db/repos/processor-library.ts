/**
 * Adding a processor from the library to the register: the third party and its proposed transfers
 * are validated together and written in one audited commit, so a half-added processor never exists.
 */
import { thirdPartySchema, transferSchema, type ThirdParty } from '../../../shared/domain';
import type { LibraryAddition } from '../../../shared/processors/from-library';
import { sameName } from '../../../shared/processors/library-search';
import { commit, type Change } from '../audit-log';
import { database } from '../database';

/** Refused because the register already has a third party of that name: open it instead. */
export class DuplicateThirdPartyError extends Error {
  constructor(readonly existing: ThirdParty) {
    super(
      `“${existing.name}” is already in your register. Open it to check its details instead of adding it again.`,
    );
    this.name = 'DuplicateThirdPartyError';
  }
}

/** The third party in the register with this name, ignoring case and accents, if any. */
export async function findThirdPartyNamed(name: string): Promise<ThirdParty | undefined> {
  const parties = await database().thirdParties.toArray();
  return parties.find((party) => sameName(party.name, name));
}

/**
 * Writes what `addFromLibrary` planned. Refuses a name already in the register, and a plan that
 * fails its schemas or whose transfers point elsewhere; in either case nothing is written.
 */
export function addLibraryProcessor(
  planned: LibraryAddition,
  now = new Date(),
): Promise<LibraryAddition> {
  return commit(async () => {
    const db = database();
    const existing = await findThirdPartyNamed(planned.thirdParty.name);
    if (existing) throw new DuplicateThirdPartyError(existing);
    const stamp = now.toISOString();
    const thirdParty = thirdPartySchema.parse({
      ...planned.thirdParty,
      createdAt: stamp,
      updatedAt: stamp,
    });
    const transfers = planned.transfers.map((transfer) =>
      transferSchema.parse({ ...transfer, createdAt: stamp, updatedAt: stamp }),
    );
    if (transfers.some((transfer) => transfer.thirdPartyId !== thirdParty.id)) {
      throw new Error(
        'The proposed transfers do not belong to the new third party. Nothing was added: try again.',
      );
    }
    const changes: Change[] = [
      {
        entity: 'thirdParty',
        entityId: thirdParty.id,
        action: 'create',
        summary: `Added third party “${thirdParty.name}” from the processor library`,
        before: null,
        after: thirdParty,
      },
      ...transfers.map((transfer) => ({
        entity: 'transfer' as const,
        entityId: transfer.id,
        action: 'create' as const,
        summary: `Proposed a transfer to “${thirdParty.name}” from the processor library`,
        before: null,
        after: transfer,
      })),
    ];
    return {
      changes,
      apply: async () => {
        await db.thirdParties.add(thirdParty);
        await db.transfers.bulkAdd(transfers);
      },
      result: { thirdParty, transfers },
    };
  });
}
