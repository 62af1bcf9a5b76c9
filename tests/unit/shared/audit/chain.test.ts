import { describe, expect, it } from 'vitest';
import { eventHash, sealEvent, verifyChain } from '../../../../shared/audit/chain';
import { GENESIS_HASH, type AuditEvent } from '../../../../shared/domain/audit';
import { NOW } from '../fixtures';

async function sealThree(): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  for (const summary of ['Created activity “Payroll”', 'Renamed it', 'Retired it']) {
    const event = await sealEvent(
      {
        at: NOW,
        actor: 'Ann',
        entity: 'activity',
        entityId: 'act-1',
        action: 'update',
        summary,
        before: null,
        after: { summary },
      },
      events.at(-1),
    );
    events.push(event);
  }
  return events;
}

describe('audit chain', () => {
  it('seals events in sequence, each linked to the one before', async () => {
    const events = await sealThree();
    expect(events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(events[0]?.prevHash).toBe(GENESIS_HASH);
    expect(events[1]?.prevHash).toBe(events[0]?.hash);
    expect(events[2]?.prevHash).toBe(events[1]?.hash);
    expect(new Set(events.map((e) => e.hash)).size).toBe(3);
  });

  it('verifies an untouched chain, and an empty one', async () => {
    expect(await verifyChain(await sealThree())).toEqual({ ok: true, count: 3 });
    expect(await verifyChain([])).toEqual({ ok: true, count: 0 });
  });

  it('reports an edited event at its sequence number', async () => {
    const events = await sealThree();
    const [first, second, third] = events;
    if (!first || !second || !third) throw new Error('three events');
    const edited = [first, { ...second, summary: 'Nothing happened here' }, third];
    expect(await verifyChain(edited)).toEqual({
      ok: false,
      brokenAt: 2,
      reason: expect.stringMatching(/changed/),
    });
  });

  it('reports an edited event whose hash was recomputed at the next link', async () => {
    const [first, second, third] = await sealThree();
    if (!first || !second || !third) throw new Error('three events');
    const forged = { ...second, actor: 'Mallory' };
    const { hash: _old, ...unhashed } = forged;
    const reHashed = { ...forged, hash: await eventHash(unhashed) };
    expect(await verifyChain([first, reHashed, third])).toEqual({
      ok: false,
      brokenAt: 3,
      reason: expect.stringMatching(/link/),
    });
  });

  it('reports a deleted event', async () => {
    const [first, , third] = await sealThree();
    if (!first || !third) throw new Error('three events');
    expect(await verifyChain([first, third])).toEqual({
      ok: false,
      brokenAt: 2,
      reason: expect.stringMatching(/missing/),
    });
  });

  it('reports a deleted first event', async () => {
    const [, second, third] = await sealThree();
    if (!second || !third) throw new Error('three events');
    expect(await verifyChain([second, third])).toMatchObject({ ok: false, brokenAt: 1 });
  });

  it('reports events swapped into a different order', async () => {
    const [first, second, third] = await sealThree();
    if (!first || !second || !third) throw new Error('three events');
    expect(await verifyChain([first, third, second])).toMatchObject({ ok: false, brokenAt: 2 });
  });

  it('verifies a long trail in parts, each continuing from the last event checked', async () => {
    const [first, second, third] = await sealThree();
    if (!first || !second || !third) throw new Error('three events');
    expect(await verifyChain([first])).toEqual({ ok: true, count: 1 });
    expect(await verifyChain([second, third], first)).toEqual({ ok: true, count: 2 });
    expect(await verifyChain([third], first)).toMatchObject({ ok: false, brokenAt: 2 });
    expect(await verifyChain([{ ...third, summary: 'Forged' }], second)).toMatchObject({
      ok: false,
      brokenAt: 3,
    });
  });
});
