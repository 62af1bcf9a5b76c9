/**
 * Re-computes the whole hash chain in parts, reporting progress between them, so a trail of
 * thousands of events is checked without freezing the window and can be stopped.
 */
import { verifyChain, type ChainPoint, type ChainVerdict } from '../../../shared/audit/chain';
import { GENESIS_HASH } from '../../../shared/domain';
import { auditEventsFrom, lastAuditEvent } from '../../db/repos/audit-trail';

const PART = 500;

export async function verifyTrail(
  onProgress: (checked: number, total: number) => void,
  signal: AbortSignal,
): Promise<ChainVerdict | null> {
  const total = (await lastAuditEvent())?.seq ?? 0;
  let point: ChainPoint = { seq: 0, hash: GENESIS_HASH };
  let checked = 0;
  for (;;) {
    if (signal.aborted) return null;
    const part = await auditEventsFrom(point.seq + 1, PART);
    if (part.length === 0) break;
    const verdict = await verifyChain(part, point);
    if (!verdict.ok) return verdict;
    const end = part.at(-1);
    if (!end) break;
    checked += part.length;
    point = { seq: end.seq, hash: end.hash };
    onProgress(checked, Math.max(total, checked));
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return { ok: true, count: checked };
}
