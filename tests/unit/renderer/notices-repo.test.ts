import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../../shared/audit/chain';
import { registerSchema, type NoticeDraft } from '../../../shared/domain';
import {
  exampleRegister,
  konnectActivityIds,
  konnectAudienceIds,
} from '../../../shared/example/konnect';
import { konnectNoticeVersions } from '../../../shared/example/konnect-notice';
import { documentText, draftView, noticeDrift } from '../../../shared/notice';
import { hashOf } from '../../../shared/util/hash';
import { RopaDatabase, useDatabase } from '../../../renderer/db/database';
import { getActivity, saveActivity } from '../../../renderer/db/repos/activities';
import { IntegrityError } from '../../../renderer/db/repos/integrity';
import * as notices from '../../../renderer/db/repos/notices';
import { replaceRegister, snapshot } from '../../../renderer/db/repos/register';

const {
  blankNoticeDraft,
  noticeRegister,
  startingDraft,
  getDraft,
  listDrafts,
  listVersions,
  publishNotice,
  saveDraft,
  versionsFor,
} = notices;

const NOW = '2026-03-01T10:00:00.000Z';
const LATER = new Date('2026-04-01T09:00:00.000Z');
const LATEST = new Date('2026-05-01T09:00:00.000Z');
let db: RopaDatabase;

beforeEach(async () => {
  db = new RopaDatabase(`notices-${crypto.randomUUID()}`);
  useDatabase(db);
  // Drop the example's own published notices, if it carries any: each test publishes its own.
  await replaceRegister(
    { ...exampleRegister(NOW), noticeDrafts: [], noticeVersions: [] },
    'Example',
  );
});

const events = () => db.auditEvents.orderBy('seq').toArray();

async function changeEnquiriesRetention(period: string, now: Date) {
  const enquiries = await getActivity(konnectActivityIds.enquiries);
  if (!enquiries) throw new Error('The example has no enquiries activity');
  await saveActivity({ ...enquiries, retention: { ...enquiries.retention, period } }, now);
}

/** Hashes of the parts as composed now: own wording written against them is current. */
async function composedView() {
  return draftView(await snapshot(), blankNoticeDraft(null, NOW), '2026-03-02');
}
const composedIntroductionHash = async () => (await composedView()).introduction.composedHash;
async function composedHash(section: string): Promise<string> {
  const found = (await composedView()).sections.find((s) => s.id === section);
  if (!found) throw new Error(`The notice has no ${section} section`);
  return found.composedHash;
}

describe('drafts', () => {
  it('creates the draft for an audience on first save and updates that one afterwards', async () => {
    expect(await getDraft(konnectAudienceIds.clients)).toBeUndefined();
    const first = await saveDraft(
      { ...blankNoticeDraft(konnectAudienceIds.clients, NOW), nameProcessors: true },
      new Date(NOW),
    );
    // A second "first" draft (another id) for the same audience updates the one draft.
    const second = await saveDraft(
      { ...blankNoticeDraft(konnectAudienceIds.clients, NOW), nameProcessors: false },
      LATER,
    );
    expect(second.id).toBe(first.id);
    expect(second.createdAt).toBe(NOW);
    expect(second.updatedAt).toBe(LATER.toISOString());
    expect(await listDrafts()).toHaveLength(1);
    expect((await getDraft(konnectAudienceIds.clients))?.nameProcessors).toBe(false);

    const trail = await events();
    expect(trail.slice(-2).map((e) => [e.entity, e.action, e.summary])).toEqual([
      ['notice', 'create', 'Started the draft of the privacy notice for “Clients”'],
      ['notice', 'update', 'Updated the draft of the privacy notice for “Clients”'],
    ]);
    expect((await verifyChain(trail)).ok).toBe(true);
  });

  it('keeps the all-audiences draft apart from each audience’s', async () => {
    await saveDraft(blankNoticeDraft(null, NOW), new Date(NOW));
    await saveDraft(blankNoticeDraft(konnectAudienceIds.newsletter, NOW), new Date(NOW));
    expect((await getDraft(null))?.audienceId).toBeNull();
    expect((await getDraft(konnectAudienceIds.newsletter))?.audienceId).toBe(
      konnectAudienceIds.newsletter,
    );
    expect(await listDrafts()).toHaveLength(2);
    expect(registerSchema.safeParse(await snapshot()).success).toBe(true);
  });

  it('refuses a draft for an audience the organisation does not have, saying what to do', async () => {
    await expect(saveDraft(blankNoticeDraft('aud-gone', NOW))).rejects.toThrow(IntegrityError);
    await expect(saveDraft(blankNoticeDraft('aud-gone', NOW))).rejects.toThrow(/Add the audience/);
    expect(await listDrafts()).toEqual([]);
  });
});

describe('publishing', () => {
  it('freezes the draft, with the own wording, as version 1 with its facts and SHA-256', async () => {
    const text = 'We are Konnect Communities, a community interest company in Leeds.';
    const draft: NoticeDraft = {
      ...blankNoticeDraft(null, NOW),
      introduction: { text, composedHash: await composedIntroductionHash() },
    };
    await saveDraft(draft, new Date(NOW));
    const version = await publishNotice(
      null,
      { effectiveDate: '2026-03-02', changeNote: 'First published notice.' },
      LATER,
    );
    expect(version).toMatchObject({
      audienceId: null,
      number: 1,
      effectiveDate: '2026-03-02',
      publishedAt: LATER.toISOString(),
      changeNote: 'First published notice.',
    });
    expect(version.document.lastUpdated).toBe('2026-03-02');
    expect(version.document.introduction).toEqual([{ kind: 'paragraph', text }]);
    expect(version.hash).toBe(await hashOf(version.document));
    expect(version.facts.length).toBeGreaterThan(0);
    expect(version.checklist.map((item) => item.number)).toEqual(
      Array.from({ length: 16 }, (_, i) => i + 1),
    );
    expect(documentText(version.document)).toContain('12 months');
    expect(await versionsFor(null)).toEqual([version]);

    const last = (await events()).at(-1);
    expect(last).toMatchObject({ entity: 'notice', action: 'create', entityId: version.id });
    expect(last?.summary).toBe(
      'Published version 1 of the privacy notice for all audiences, effective 2026-03-02',
    );
    expect(registerSchema.safeParse(await snapshot()).success).toBe(true);
  });

  it('refuses to publish own wording written before the register changed', async () => {
    const stale: NoticeDraft = {
      ...blankNoticeDraft(null, NOW),
      introduction: { text: 'Our old introduction.', composedHash: 'a'.repeat(64) },
    };
    await saveDraft(stale, new Date(NOW));
    await expect(
      publishNotice(null, { effectiveDate: '2026-03-02', changeNote: '' }, LATER),
    ).rejects.toThrow(/written before the register changed/);
    expect(await versionsFor(null)).toEqual([]);
  });

  it('publishes without a saved draft: the notice exactly as composed', async () => {
    const version = await publishNotice(
      konnectAudienceIds.clients,
      { effectiveDate: '2026-03-02', changeNote: '' },
      LATER,
    );
    expect(version.document.audienceName).toBe('Clients');
    expect(await listDrafts()).toEqual([]);
  });

  it('numbers each notice’s versions on their own', async () => {
    const options = { effectiveDate: '2026-03-02', changeNote: '' };
    await publishNotice(null, options, LATER);
    await publishNotice(konnectAudienceIds.clients, options, LATER);
    const second = await publishNotice(null, options, LATEST);
    expect(second.number).toBe(2);
    expect((await versionsFor(konnectAudienceIds.clients)).map((v) => v.number)).toEqual([1]);
    const all = (await listVersions()).map((v) => `${v.audienceId ?? 'all'} v${v.number}`);
    expect(all).toHaveLength(3);
    expect(all.indexOf('all v1')).toBeLessThan(all.indexOf('all v2'));
    expect(all).toContain(`${konnectAudienceIds.clients} v1`);
  });

  it('refuses to publish a notice for an audience that is not in the profile', async () => {
    await expect(
      publishNotice('aud-gone', { effectiveDate: '2026-03-02', changeNote: '' }, LATER),
    ).rejects.toThrow(IntegrityError);
    expect(await listVersions()).toEqual([]);
  });
});

describe('published versions are never changed', () => {
  it('a later publish adds version 2 and leaves version 1 exactly as it was', async () => {
    const first = await publishNotice(
      null,
      { effectiveDate: '2026-03-02', changeNote: 'First.' },
      LATER,
    );
    const frozen = structuredClone(first);

    // The register changes, and the organisation rewrites a section in its own words.
    await changeEnquiriesRetention('24 months after the enquiry is dealt with', LATER);
    const draft = blankNoticeDraft(null, NOW);
    await saveDraft(
      {
        ...draft,
        wording: {
          complaints: {
            text: 'Write to us first.',
            composedHash: await composedHash('complaints'),
          },
        },
      },
      LATER,
    );
    const second = await publishNotice(
      null,
      { effectiveDate: '2026-05-01', changeNote: 'Enquiries kept longer.' },
      LATEST,
    );

    expect(second.number).toBe(2);
    expect(second.id).not.toBe(first.id);
    expect(documentText(second.document)).toContain('24 months after the enquiry is dealt with');
    const stored = await db.noticeVersions.get(first.id);
    expect(stored).toEqual(frozen);
    expect(stored && (await hashOf(stored.document))).toBe(frozen.hash);
    expect(documentText(frozen.document)).not.toContain('24 months');
  });

  it('refuses a version number already taken instead of overwriting it', async () => {
    const first = await publishNotice(
      null,
      { effectiveDate: '2026-03-02', changeNote: 'First.' },
      LATER,
    );
    // Another window stored a version 2 without this window's queue knowing (no audit event).
    const intruder = { ...first, id: 'other-window', number: 2, changeNote: 'Theirs.' };
    await db.noticeVersions.add(intruder);
    await expect(
      publishNotice(null, { effectiveDate: '2026-05-01', changeNote: 'Mine.' }, LATEST),
    ).resolves.toMatchObject({ number: 3 });
    expect(await db.noticeVersions.get('other-window')).toEqual(intruder);
    expect(await db.noticeVersions.get(first.id)).toEqual(first);
  });

  it('offers no way to edit, replace or delete a published version', () => {
    const writers = Object.keys(notices).filter((name) =>
      /^(save|update|put|edit|delete|remove|replace)/i.test(name),
    );
    expect(writers).toEqual(['saveDraft']);
  });
});

describe('the draft a notice starts from', () => {
  it('is the saved draft when there is one', async () => {
    const saved = await saveDraft(
      { ...blankNoticeDraft(null, NOW), nameProcessors: true },
      new Date(NOW),
    );
    expect(startingDraft(await noticeRegister(), null, NOW)).toEqual(saved);
  });

  it('names processors as the last published version did, so that choice is no drift', async () => {
    const register = {
      ...(await noticeRegister()),
      noticeVersions: await konnectNoticeVersions(NOW),
    };
    const draft = startingDraft(register, null, NOW);
    expect(draft.nameProcessors).toBe(true);
    const options = {
      audienceId: null,
      nameProcessors: draft.nameProcessors,
      lastUpdated: NOW.slice(0, 10),
    };
    const { changes } = noticeDrift(register, options, register.noticeVersions[0]);
    expect(changes.filter((c) => c.key.startsWith('recipient:') && c.kind === 'removed')).toEqual(
      [],
    );
    // With nothing published there is nothing to match: processors go by category.
    expect(startingDraft(await noticeRegister(), null, NOW).nameProcessors).toBe(false);
  });
});
