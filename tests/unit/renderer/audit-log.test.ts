import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { sealEvent, verifyChain } from '../../../shared/audit/chain';
import { blankActivity, type Activity } from '../../../shared/domain';
import {
  commit,
  ConcurrentChangeError,
  serialised,
  type Plan,
} from '../../../renderer/db/audit-log';
import { RopaDatabase, useDatabase } from '../../../renderer/db/database';
import { updateSettings } from '../../../renderer/db/repos/settings';

const NOW = '2026-03-01T10:00:00.000Z';
let db: RopaDatabase;

beforeEach(() => {
  db = new RopaDatabase(`audit-log-${crypto.randomUUID()}`);
  useDatabase(db);
});

const events = () => db.auditEvents.orderBy('seq').toArray();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A plan that creates `activity`, as the repos do. */
const creating = (activity: Activity): Plan<Activity> => ({
  changes: [
    {
      entity: 'activity',
      entityId: activity.id,
      action: 'create',
      summary: `Created activity “${activity.name}”`,
      before: null,
      after: activity,
    },
  ],
  apply: async () => {
    await db.activities.put(activity);
  },
  result: activity,
});

describe('commit', () => {
  it('writes the entity and its event together, with the actor and time', async () => {
    await updateSettings({ userName: 'Sam Tregenza' });
    const activity = blankActivity(NOW, { name: 'Payroll' });
    const result = await commit(
      async () => creating(activity),
      () => new Date(NOW),
    );

    expect(result).toBe(activity);
    expect(await db.activities.get(activity.id)).toEqual(activity);
    const [event] = await events();
    expect(event).toMatchObject({ seq: 1, at: NOW, actor: 'Sam Tregenza', action: 'create' });
    expect(await verifyChain(await events())).toEqual({ ok: true, count: 1 });
  });

  it('writes nothing when there are no changes', async () => {
    const result = await commit(async () => ({
      changes: [],
      apply: async () => undefined,
      result: 42,
    }));
    expect(result).toBe(42);
    expect(await events()).toEqual([]);
  });

  it('is atomic: when apply throws, no event is appended and no entity is written', async () => {
    await commit(async () => creating(blankActivity(NOW, { name: 'First' })));
    const second = blankActivity(NOW, { name: 'Second' });

    const failing = commit(async () => ({
      ...creating(second),
      apply: async () => {
        await db.activities.put(second);
        throw new Error('disk on fire');
      },
    }));

    await expect(failing).rejects.toThrow('disk on fire');
    expect(await db.activities.get(second.id)).toBeUndefined();
    expect(await events()).toHaveLength(1);
    expect(await verifyChain(await events())).toEqual({ ok: true, count: 1 });
  });

  it('is atomic when the plan itself fails', async () => {
    await expect(commit(async () => Promise.reject(new Error('bad input')))).rejects.toThrow(
      'bad input',
    );
    expect(await events()).toEqual([]);
  });

  it('appends events in the order the commits were made, whatever their planning takes', async () => {
    const names = ['slow', 'instant', 'medium'];
    const delays = [30, 0, 10];
    const results = await Promise.all(
      names.map((name, i) =>
        commit(async () => {
          await sleep(delays[i] ?? 0);
          return creating(blankActivity(NOW, { id: name, name }));
        }),
      ),
    );

    expect(results.map((a) => a.name)).toEqual(names);
    expect((await events()).map((e) => [e.seq, e.entityId])).toEqual([
      [1, 'slow'],
      [2, 'instant'],
      [3, 'medium'],
    ]);
    expect(await verifyChain(await events())).toEqual({ ok: true, count: 3 });
  });

  it('keeps going after a failed commit in the queue', async () => {
    const first = commit(async () => creating(blankActivity(NOW, { id: 'a', name: 'A' })));
    const broken = commit<Activity>(async () => Promise.reject(new Error('nope')));
    const third = commit(async () => creating(blankActivity(NOW, { id: 'c', name: 'C' })));

    await expect(first).resolves.toMatchObject({ id: 'a' });
    await expect(broken).rejects.toThrow('nope');
    await expect(third).resolves.toMatchObject({ id: 'c' });
    expect((await events()).map((e) => e.entityId)).toEqual(['a', 'c']);
  });

  it('refuses a plan made while another writer appended, since it read stale rows', async () => {
    await commit(async () => creating(blankActivity(NOW, { name: 'First' })));
    const [last] = await events();
    const foreign = await sealEvent(
      {
        at: NOW,
        actor: 'Other window',
        entity: 'register',
        entityId: 'x',
        action: 'import',
        summary: 'Imported',
        before: null,
        after: null,
      },
      last,
    );

    const activity = blankActivity(NOW, { name: 'Second' });
    const planned = commit(async () => {
      await db.auditEvents.add(foreign);
      return creating(activity);
    });

    await expect(planned).rejects.toBeInstanceOf(ConcurrentChangeError);
    const trail = await events();
    expect(trail.map((e) => e.actor)).toEqual(['Unnamed user', 'Other window']);
    expect(await db.activities.get(activity.id)).toBeUndefined();
    expect(await verifyChain(trail)).toEqual({ ok: true, count: 2 });
  });

  it('refuses with ConcurrentChangeError when another writer appends between sealing and writing', async () => {
    await commit(async () => creating(blankActivity(NOW, { name: 'First' })));
    const [last] = await events();
    const foreign = await sealEvent(
      {
        at: NOW,
        actor: 'Other window',
        entity: 'register',
        entityId: 'x',
        action: 'import',
        summary: 'Imported',
        before: null,
        after: null,
      },
      last,
    );
    const activity = blankActivity(NOW, { name: 'Second' });

    // commit reads the chain's last event, plans, then asks for the time and seals; an append
    // started at that moment lands after the read and before the write.
    const racing = commit(
      async () => creating(activity),
      () => {
        void db.auditEvents.add(foreign);
        return new Date(NOW);
      },
    );

    await expect(racing).rejects.toBeInstanceOf(ConcurrentChangeError);
    expect(await db.activities.get(activity.id)).toBeUndefined();
    const trail = await events();
    expect(trail.map((e) => e.actor)).toEqual(['Unnamed user', 'Other window']);
    expect(await verifyChain(trail)).toEqual({ ok: true, count: 2 });
  });
});

describe('serialised', () => {
  it('runs one job at a time, in order', async () => {
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const job = (n: number, ms: number) => async () => {
      running += 1;
      most = Math.max(most, running);
      await sleep(ms);
      order.push(n);
      running -= 1;
      return n;
    };
    const results = await Promise.all([
      serialised(job(1, 20)),
      serialised(job(2, 0)),
      serialised(job(3, 5)),
    ]);
    expect(results).toEqual([1, 2, 3]);
    expect(order).toEqual([1, 2, 3]);
    expect(most).toBe(1);
  });
});
