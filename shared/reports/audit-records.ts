/**
 * The audit pack's sections on published privacy notices (version history and the current
 * text of each, as the notice's own PDF builder lays it out) and on the audit trail.
 */
import type { Content, ContentText, ContentUnorderedList, TableCell } from 'pdfmake/interfaces';
import type { AuditEntity, AuditEvent } from '../domain/audit';
import type { NoticeVersion } from '../domain/notice';
import { recordKindNames } from '../domain/oversight';
import type { Register } from '../domain/register';
import { noticePdfDefinition } from '../notice/render/pdf';
import {
  dateOrEmpty,
  emptyLine,
  fieldTable,
  generatedOn,
  gridTable,
  MUTED,
  SECTION_LEVEL,
  subheading,
  SUBHEADING_LEVEL,
  value,
} from './frame';
import { endsPage } from './page-end';

const LATEST_CHANGES = 20;

const audienceOf = (register: Register, version: NoticeVersion): string =>
  version.audienceId === null
    ? 'Everyone (one notice for all audiences)'
    : (register.organisation?.audiences.find((a) => a.id === version.audienceId)?.name ??
      'An audience no longer in the register');

/** A SHA-256 in four groups, so it wraps in a narrow column and can be read out in parts. */
const hashCell = (hash: string): TableCell => ({
  text: (hash.match(/.{1,16}/g) ?? []).join(' '),
  fontSize: 7,
  color: MUTED,
});

const TITLE_BLOCK_STYLES = new Set(['title', 'organisation', 'meta']);

/**
 * The notice's own PDF content without its title block or contents list, its section headings
 * turned into subheadings so the pack's contents lists each notice once.
 */
const isList = (node: object): node is ContentUnorderedList =>
  Array.isArray((node as Partial<ContentUnorderedList>).ul);
const isText = (node: object): node is ContentText =>
  (node as Partial<ContentText>).text !== undefined;

function noticeText(version: NoticeVersion): Content[] {
  const nodes = noticePdfDefinition(version.document).content;
  return (Array.isArray(nodes) ? (nodes as Content[]) : [nodes]).flatMap((node): Content[] => {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return [node];
    if ('toc' in node || 'canvas' in node) return [];
    if (isList(node)) return [{ ul: node.ul, markerColor: MUTED, margin: [0, 0, 0, 7] }];
    if (!isText(node)) return [node];
    const { style, text } = node;
    if (typeof style === 'string' && TITLE_BLOCK_STYLES.has(style)) return [];
    if (style === 'heading') {
      return [{ text, style: 'subheading', headlineLevel: SUBHEADING_LEVEL }];
    }
    if (style === 'subheading') {
      return [{ text, bold: true, fontSize: 10, margin: [0, 6, 0, 3], headlineLevel: 3 }];
    }
    return [node];
  });
}

/** The latest published version for each audience: the notices currently in force. */
export function currentVersions(register: Register): NoticeVersion[] {
  const latest = new Map<string, NoticeVersion>();
  for (const version of register.noticeVersions) {
    const key = version.audienceId ?? '';
    const held = latest.get(key);
    if (held === undefined || version.number > held.number) latest.set(key, version);
  }
  return [...latest.values()].sort((a, b) =>
    audienceOf(register, a).localeCompare(audienceOf(register, b), 'en-GB'),
  );
}

export function noticesContent(register: Register, listInContents: boolean): Content[] {
  if (register.noticeVersions.length === 0) {
    return [
      emptyLine(
        register.noticeDrafts.length === 0
          ? 'No privacy notice has been published yet.'
          : `No privacy notice has been published yet; ${register.noticeDrafts.length === 1 ? 'a draft is' : `${register.noticeDrafts.length} drafts are`} in progress.`,
      ),
    ];
  }
  const history = [...register.noticeVersions].sort(
    (a, b) =>
      audienceOf(register, a).localeCompare(audienceOf(register, b), 'en-GB') ||
      b.number - a.number,
  );
  const content: Content[] = [
    subheading('Version history'),
    {
      text: 'Every published version, newest first for each audience. A version is never edited once published; its SHA-256 identifies its exact text.',
      style: 'note',
    },
    ...endsPage([
      gridTable(
        ['Notice for', 'Version', 'Effective', 'Published', 'What changed', 'SHA-256'],
        [85, 40, 62, 62, '*', 78],
        history.map((version) => [
          value(audienceOf(register, version)),
          String(version.number),
          dateOrEmpty(version.effectiveDate),
          dateOrEmpty(version.publishedAt.slice(0, 10)),
          value(version.changeNote),
          hashCell(version.hash),
        ]),
      ),
    ]),
  ];
  for (const version of currentVersions(register)) {
    const title = `${version.document.title}: ${audienceOf(register, version)}`;
    content.push(
      {
        text: title,
        style: 'heading',
        headlineLevel: SECTION_LEVEL,
        pageBreak: 'before',
        ...(listInContents
          ? { tocItem: true, tocMargin: [12, 0, 0, 0], id: `notice-${version.id}` }
          : {}),
      },
      {
        text: `Current text: version ${version.number}, effective ${dateOrEmpty(version.effectiveDate)}  ·  SHA-256 ${version.hash}`,
        style: 'note',
      },
      ...endsPage(noticeText(version)),
    );
  }
  return content;
}

const entityName = (entity: AuditEntity): string => {
  switch (entity) {
    case 'acceptedRisk':
      return 'Accepted risk';
    case 'review':
      return 'Review';
    case 'register':
      return 'Whole register';
    default:
      return recordKindNames[entity].one;
  }
};

const actionNames: Record<AuditEvent['action'], string> = {
  create: 'Created',
  update: 'Changed',
  delete: 'Deleted',
  import: 'Imported',
  restore: 'Restored',
};

const actorName = (event: AuditEvent): string => event.actor.trim() || 'Not recorded';

function countTable(heading: string, counts: Map<string, number>): Content {
  return gridTable(
    [heading, 'Changes'],
    [200, 60],
    [...counts.entries()]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'en-GB'))
      .map(([name, count]) => [name, { text: String(count), alignment: 'right' }]),
  );
}

function tally(events: readonly AuditEvent[], key: (e: AuditEvent) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const event of events) counts.set(key(event), (counts.get(key(event)) ?? 0) + 1);
  return counts;
}

export function auditTrailContent(register: Register): Content[] {
  const events = register.auditEvents;
  const first = events[0];
  const last = events.at(-1);
  if (first === undefined || last === undefined) {
    return [
      emptyLine('Audit trail not included in this snapshot of the register.'),
      {
        text: 'The full trail, with its hash chain, can be viewed and verified in the app’s Audit trail screen.',
        style: 'paragraph',
      },
    ];
  }
  const when = (event: AuditEvent): string => generatedOn(event.at);
  return [
    {
      text: 'Every change to the register is recorded as an event chained to the one before it by SHA-256, so a change made outside the app breaks the chain. The chain can be verified in the app’s Audit trail screen.',
      style: 'paragraph',
    },
    fieldTable([
      { label: 'Events recorded', value: value(String(events.length)) },
      { label: 'First', value: value(`${when(first)}: ${first.summary}`) },
      { label: 'Latest', value: value(`${when(last)}: ${last.summary}`) },
    ]),
    subheading('Changes by kind of record'),
    countTable(
      'Kind of record',
      tally(events, (e) => entityName(e.entity)),
    ),
    subheading('Changes by person'),
    countTable('Person', tally(events, actorName)),
    subheading(`The latest ${Math.min(LATEST_CHANGES, events.length)} changes`),
    gridTable(
      ['When', 'Who', 'Record', 'Change'],
      [95, 80, 80, '*'],
      events
        .slice(-LATEST_CHANGES)
        .reverse()
        .map((event) => [
          when(event),
          actorName(event),
          entityName(event.entity),
          `${actionNames[event.action]}: ${event.summary}`,
        ]),
    ),
  ];
}
