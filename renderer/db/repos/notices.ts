/**
 * Privacy notices: one draft per audience (null: the notice for every audience), holding only
 * the organisation's own wording, and published versions. A version is only ever added, with
 * the next number: nothing here edits or replaces one.
 */
import {
  newId,
  noticeDraftSchema,
  noticeVersionSchema,
  type NoticeDraft,
  type NoticeVersion,
  type Register,
} from '../../../shared/domain';
import { describeChanges, draftView, noticeChecklist, noticeFacts } from '../../../shared/notice';
import { hashOf } from '../../../shared/util/hash';
import { commit } from '../audit-log';
import { database } from '../database';
import { IntegrityError } from './integrity';
import { snapshot } from './register';

/** Null (the all-audiences notice) is not an IndexedDB key, so notices are matched here. */
const sameAudience = (audienceId: string | null) => (notice: { audienceId: string | null }) =>
  notice.audienceId === audienceId;

export const listDrafts = (): Promise<NoticeDraft[]> => database().noticeDrafts.toArray();

/** Every published version, oldest first within each notice. */
export const listVersions = async (): Promise<NoticeVersion[]> =>
  (await database().noticeVersions.toArray()).sort((a, b) => a.number - b.number);

export const getDraft = (audienceId: string | null): Promise<NoticeDraft | undefined> =>
  database().noticeDrafts.filter(sameAudience(audienceId)).first();

/** The published versions of one notice, version 1 first. */
export const versionsFor = async (audienceId: string | null): Promise<NoticeVersion[]> =>
  (await database().noticeVersions.filter(sameAudience(audienceId)).toArray()).sort(
    (a, b) => a.number - b.number,
  );

/** The register as the notice screens read it live: without the audit trail, versions in order. */
export async function noticeRegister(): Promise<Register> {
  const register = await snapshot({ auditTrail: false });
  return {
    ...register,
    noticeVersions: register.noticeVersions.sort((a, b) => a.number - b.number),
  };
}

/** A draft with no wording of the organisation's own: the notice exactly as composed. */
export const blankNoticeDraft = (audienceId: string | null, now: string): NoticeDraft => ({
  id: newId(),
  audienceId,
  introduction: null,
  wording: {},
  nameProcessors: false,
  createdAt: now,
  updatedAt: now,
});

/**
 * The draft a notice starts from when none is saved: the register's text throughout, naming
 * processors if the last published version did (told by which choice its facts match best),
 * so that an unsaved draft never shows that choice as a change.
 */
export function startingDraft(
  register: Register,
  audienceId: string | null,
  now: string,
): NoticeDraft {
  const stored = register.noticeDrafts.find(sameAudience(audienceId));
  if (stored) return stored;
  const last = register.noticeVersions
    .filter(sameAudience(audienceId))
    .reduce<NoticeVersion | undefined>((a, b) => (a && a.number > b.number ? a : b), undefined);
  const changes = (nameProcessors: boolean) =>
    last
      ? describeChanges(
          last.facts,
          noticeFacts(register, { audienceId, nameProcessors, lastUpdated: last.effectiveDate }),
        ).length
      : 0;
  return { ...blankNoticeDraft(audienceId, now), nameProcessors: changes(true) < changes(false) };
}

/** "the privacy notice for “Clients”", or "the privacy notice for all audiences". */
function noticeName(register: Pick<Register, 'organisation'>, audienceId: string | null): string {
  if (audienceId === null) return 'the privacy notice for all audiences';
  const audience = register.organisation?.audiences.find((a) => a.id === audienceId);
  return `the privacy notice for “${audience?.name ?? audienceId}”`;
}

function assertAudienceExists(register: Pick<Register, 'organisation'>, audienceId: string | null) {
  if (audienceId === null) return;
  if (!register.organisation?.audiences.some((a) => a.id === audienceId)) {
    throw new IntegrityError(
      'This notice’s audience is no longer in the organisation profile: it may have been removed in another window. Add the audience again under Organisation, or open the notice for all audiences.',
    );
  }
}

/**
 * Saves the organisation's wording for a notice. The first save for an audience creates its
 * draft; later saves update that draft whatever id the input carries, so there is never a
 * second draft for one audience.
 */
export function saveDraft(input: NoticeDraft, now = new Date()): Promise<NoticeDraft> {
  return commit(async () => {
    const db = database();
    const organisation = (await db.organisation.toCollection().first()) ?? null;
    assertAudienceExists({ organisation }, input.audienceId);
    const before = await getDraft(input.audienceId);
    const after = noticeDraftSchema.parse({
      ...input,
      id: before?.id ?? input.id,
      createdAt: before?.createdAt ?? now.toISOString(),
      updatedAt: now.toISOString(),
    });
    const name = noticeName({ organisation }, after.audienceId);
    return {
      changes: [
        {
          entity: 'notice',
          entityId: after.id,
          action: before ? 'update' : 'create',
          summary: before ? `Updated the draft of ${name}` : `Started the draft of ${name}`,
          before: before ?? null,
          after,
        },
      ],
      apply: async () => {
        await db.noticeDrafts.put(after);
      },
      result: after,
    };
  });
}

export interface PublishOptions {
  /** The date the notice takes effect, YYYY-MM-DD; also the "last updated" date it states. */
  effectiveDate: string;
  /** The "what changed" note published with it. */
  changeNote: string;
}

/**
 * Freezes the current draft as the next version: the document as composed from the register
 * read now, with the organisation's wording, its facts and its SHA-256, all in one commit.
 */
export function publishNotice(
  audienceId: string | null,
  { effectiveDate, changeNote }: PublishOptions,
  now = new Date(),
): Promise<NoticeVersion> {
  return commit(async () => {
    const db = database();
    const register = await snapshot();
    assertAudienceExists(register, audienceId);
    const draft = startingDraft(register, audienceId, now.toISOString());
    const view = await draftView(register, draft, effectiveDate);
    // A version must say what the register says: own wording written before a change is
    // checked (kept or replaced) before it can be frozen.
    const stale = [view.introduction, ...view.sections].filter((part) => part.stale).length;
    if (stale > 0) {
      throw new IntegrityError(
        `${stale === 1 ? 'One part' : `${stale} parts`} in your own wording ${stale === 1 ? 'was' : 'were'} written before the register changed. Check ${stale === 1 ? 'it' : 'each'} (keep it or go back to the composed text), then publish.`,
      );
    }
    const document = view.document;
    const facts = noticeFacts(register, {
      audienceId,
      nameProcessors: draft.nameProcessors,
      lastUpdated: effectiveDate,
    });
    const previous = register.noticeVersions.filter(sameAudience(audienceId));
    const number = Math.max(0, ...previous.map((v) => v.number)) + 1;
    const version = noticeVersionSchema.parse({
      id: newId(),
      audienceId,
      number,
      effectiveDate,
      publishedAt: now.toISOString(),
      changeNote,
      document,
      facts,
      checklist: noticeChecklist(register, audienceId, document),
      hash: await hashOf(document),
    });
    return {
      changes: [
        {
          entity: 'notice',
          entityId: version.id,
          action: 'create',
          summary: `Published version ${number} of ${noticeName(register, audienceId)}, effective ${effectiveDate}`,
          before: null,
          after: version,
        },
      ],
      apply: async () => {
        // `add`, never `put`: a version already stored under this number is refused, not replaced.
        const taken = await db.noticeVersions
          .filter((v) => v.audienceId === audienceId && v.number === number)
          .count();
        if (taken > 0) {
          throw new IntegrityError(
            `Version ${number} of this notice was published meanwhile, perhaps in another window. Nothing was changed: open the notice again and publish the next version.`,
          );
        }
        await db.noticeVersions.add(version);
      },
      result: version,
    };
  });
}
