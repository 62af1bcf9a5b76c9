/** The audit trail's hash chain: each event carries the hash of the one before it. */
import { GENESIS_HASH, type AuditEvent } from '../domain/audit';
import { hashOf } from '../util/hash';

export type UnhashedEvent = Omit<AuditEvent, 'hash'>;

/** The hash of an event: SHA-256 of its canonical content, prevHash included. */
export const eventHash = (event: UnhashedEvent): Promise<string> => hashOf(event);

/** Seals `draft` onto the end of a chain whose last event is `previous` (or none). */
export async function sealEvent(
  draft: Omit<UnhashedEvent, 'seq' | 'prevHash'>,
  previous: AuditEvent | undefined,
): Promise<AuditEvent> {
  const unhashed: UnhashedEvent = {
    ...draft,
    seq: (previous?.seq ?? 0) + 1,
    prevHash: previous?.hash ?? GENESIS_HASH,
  };
  return { ...unhashed, hash: await eventHash(unhashed) };
}

export type ChainVerdict =
  { ok: true; count: number } | { ok: false; brokenAt: number; reason: string };

/** Where a check of part of a chain starts: after the event with this seq and hash. */
export interface ChainPoint {
  seq: number;
  hash: string;
}

/**
 * Re-computes every link; reports the first event whose hash or link does not hold. A long
 * trail can be checked in parts: `from` is the last event of the part before.
 */
export async function verifyChain(
  events: readonly AuditEvent[],
  from: ChainPoint = { seq: 0, hash: GENESIS_HASH },
): Promise<ChainVerdict> {
  let prevHash = from.hash;
  for (const [index, event] of events.entries()) {
    const { hash, ...unhashed } = event;
    if (event.seq !== from.seq + index + 1)
      return {
        ok: false,
        brokenAt: from.seq + index + 1,
        reason: 'An event is missing or out of order',
      };
    if (event.prevHash !== prevHash)
      return { ok: false, brokenAt: event.seq, reason: 'The link to the previous event is broken' };
    if ((await eventHash(unhashed)) !== hash)
      return {
        ok: false,
        brokenAt: event.seq,
        reason: 'The event was changed after it was recorded',
      };
    prevHash = hash;
  }
  return { ok: true, count: events.length };
}
