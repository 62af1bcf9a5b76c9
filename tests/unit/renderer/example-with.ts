/** The example register cut down to its first activities, for tests that compare two sizes. */
import type { Register } from '../../../shared/domain';
import { exampleRegister } from '../../../shared/example/konnect';

/** The example register with only its first `n` activities (and no links broken by it). */
export function exampleWith(n: number, now: string): Register {
  const register = exampleRegister(now);
  const kept = register.activities.slice(0, n);
  const ids = new Set(kept.map((a) => a.id));
  return {
    ...register,
    activities: kept,
    lias: register.lias.filter((l) => l.activityIds.every((id) => ids.has(id))),
    transfers: register.transfers.map((t) => ({
      ...t,
      activityIds: t.activityIds.filter((id) => ids.has(id)),
    })),
  };
}
