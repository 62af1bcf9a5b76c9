/**
 * The activity list's first screen, remembered between starts so that it can be drawn from a
 * handful of reads. Only ids are kept (never names or other content), with the register
 * version they belong to; the repo uses them only while the register is still at that version.
 */
import { z } from 'zod';
import type { ActivitiesRead, RememberedHead } from '../../db/repos/activities';
import { firstIdsByName } from './activity-filter';

const KEY = 'ropa-desk.activity-list.first-screen';

const memorySchema = z.object({
  version: z.string(),
  total: z.number().int().nonnegative(),
  asc: z.array(z.string()),
  desc: z.array(z.string()),
});

/** The first screen remembered for this direction, or null (none, unreadable, or no storage). */
export function recallFirstScreen(direction: 'asc' | 'desc'): RememberedHead | null {
  try {
    const parsed = memorySchema.safeParse(JSON.parse(localStorage.getItem(KEY) ?? 'null'));
    if (!parsed.success) return null;
    const { version, total } = parsed.data;
    return { version, total, ids: parsed.data[direction] };
  } catch {
    return null;
  }
}

/** Remembers the first `count` rows both ways from a full read; a full storage only loses it. */
export function rememberFirstScreen({ activities, version }: ActivitiesRead, count: number): void {
  if (version === null) return;
  const memory: z.infer<typeof memorySchema> = {
    version,
    total: activities.length,
    asc: firstIdsByName(activities, count, 'asc'),
    desc: firstIdsByName(activities, count, 'desc'),
  };
  try {
    localStorage.setItem(KEY, JSON.stringify(memory));
  } catch {
    // Without it the next start reads the names instead: slower, never wrong.
  }
}
