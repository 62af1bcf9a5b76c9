import { describe, expect, it } from 'vitest';
import { exampleRegister } from '../../../../shared/example/konnect';
import { activityRows, organisationRows, sortedActivities } from '../../../../shared/reports/ropa';
import { chunkSize, makeRopaPdf } from '../../../../shared/reports/ropa-pdf';
import { icoSections } from '../../../../shared/ropa/ico-template';
import { syntheticRegister } from '../../../bench/synthetic';
import { NOW, smallRegister, validActivity, validThirdParty } from '../fixtures';
import {
  engine,
  inProcessPool,
  oneLine,
  pageTexts,
  pdfText,
  ropaPdf,
  wordsInOrder,
} from './ropa-pdf';
import { emptyRegister, inputFor } from './text';

const example = exampleRegister(NOW);
const columns = icoSections.flatMap((s) => s.columns).map((c, i) => `${i + 1}. ${c}`);

describe('the Article 30 record', () => {
  it('gives the controller, DPO and representative block before any activity', async () => {
    const text = oneLine(pdfText(await ropaPdf(inputFor(example))));
    const body = text.slice(
      text.indexOf(
        'Controller, data protection officer and representative',
        text.indexOf('Client records'),
      ),
    );
    const positions = ['Data protection officer', 'Representative', '1. Business function'].map(
      (s) => body.indexOf(s),
    );
    expect(positions.every((p) => p > -1)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    expect(text).toContain('ZA065060');
  }, 30_000);

  it('lists every activity on its own pages, each with the 30 ICO columns in the template’s order', async () => {
    const pages = pageTexts(await ropaPdf(inputFor(example)));
    expect(columns[7]).toBe(
      '8. Names of third countries or international organisations that personal data are transferred to (if applicable)',
    );
    const activities = sortedActivities(example);
    const starts = activities.map((activity) =>
      pages.findIndex((page) => page.startsWith(`${activity.name}\n`)),
    );
    expect(starts.every((start) => start > 0)).toBe(true);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    activities.forEach((activity, index) => {
      const block = oneLine(pages.slice(starts[index], starts[index + 1]).join(' '));
      const positions = columns.map((column) => block.indexOf(column));
      expect(
        positions.every((p) => p > -1),
        activity.name,
      ).toBe(true);
      expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    });
  }, 30_000);

  it('never ends a page with a section’s title row', async () => {
    const sections = new Set<string>(icoSections.map((s) => s.section));
    const pages = pageTexts(await ropaPdf(inputFor(example)));
    const header = 'Konnect Communities C.I.C. — Record of processing activities';
    for (const [index, page] of pages.entries()) {
      if (index === 0) continue;
      const lines = page.split('\n');
      // The page's own content comes first, then the furniture, which starts with the header.
      const lastLine = lines[lines.indexOf(header) - 1] ?? '';
      expect(sections.has(lastLine), `page ${index + 1} ends with “${lastLine}”`).toBe(false);
    }
  }, 30_000);

  it('writes linked records out by name', async () => {
    const register = smallRegister({
      activities: [
        validActivity({
          recipientIds: ['tp-1'],
          lawfulBasis: 'consent',
          retention: {
            period: '2 years',
            trigger: 'The last email opened',
            justification: '',
            disposal: '',
            policyDocument: 'Retention policy v3',
            followsPolicy: true,
            notFollowingReason: '',
          },
        }),
      ],
      thirdParties: [validThirdParty({ kind: 'processor' })],
    });
    const text = oneLine(pdfText(await ropaPdf(inputFor(register))));
    expect(text).toContain('Mail Co (Processor, ');
    expect(text).toContain('Mail Co: Missing');
    expect(text).toContain('Consent — Art 6(1)(a)');
    expect(text).toContain('2 years from the last email opened');
    expect(text).toContain('Retention policy v3');
    expect(text).not.toContain('tp-1');
  });

  it('leaves internal notes out unless asked for them', async () => {
    const register = smallRegister({
      activities: [validActivity({ internalNotes: 'Ask Sam about the old list' })],
    });
    expect(pdfText(await ropaPdf(inputFor(register)))).not.toContain('Ask Sam');
    const withNotes = oneLine(
      pdfText(await ropaPdf(inputFor(register, { includeInternalNotes: true }))),
    );
    expect(withNotes).toContain('Internal notes');
    expect(withNotes).toContain('Ask Sam about the old list');
  });

  it('says so when no activity or organisation is recorded yet', async () => {
    const none = oneLine(pdfText(await ropaPdf(inputFor({ ...smallRegister(), activities: [] }))));
    expect(none).toContain('No activities recorded yet.');
    expect(none).not.toContain('1. Business function');
    expect(none).not.toContain('Contents');
    const empty = oneLine(pdfText(await ropaPdf(inputFor(emptyRegister()))));
    expect(empty).toContain('No activities recorded yet.');
    expect(empty).toContain('Organisation not yet described');
    expect(empty).toContain('The organisation has not been described yet.');
  });

  it('is marked CONFIDENTIAL on the title page and every header only when asked', async () => {
    const plain = pageTexts(await ropaPdf(inputFor(example)));
    expect(plain.join('')).not.toContain('CONFIDENTIAL');
    const marked = pageTexts(await ropaPdf(inputFor(example, { confidential: true })));
    expect(marked[0]?.startsWith('CONFIDENTIAL')).toBe(true);
    for (const page of marked.slice(1)) {
      expect(page).toContain(
        'CONFIDENTIAL · Konnect Communities C.I.C. — Record of processing activities',
      );
    }
  }, 30_000);
});

describe('the Article 30 record of a large register, made in chunks and merged', () => {
  const register = syntheticRegister({ activities: 45 });
  const input = inputFor(register);
  const made = ropaPdf(input);

  it('is cut into several chunks at this size', () => {
    expect(Math.ceil(45 / chunkSize(45))).toBeGreaterThan(3);
  });

  it('gives an activity with a great deal of text a batch of its own', async () => {
    const heavy = syntheticRegister({ activities: 30 });
    const essay = 'Kept in a locked cabinet and an encrypted drive. '.repeat(9_000);
    heavy.activities = heavy.activities.map((a, i) =>
      i === 7 ? { ...a, securityMeasures: essay } : a,
    );
    const chunks: string[][] = [];
    const pool = inProcessPool();
    const bytes = await makeRopaPdf(
      inputFor(heavy),
      {
        ...pool,
        chunk: (task) => {
          chunks.push(task.activities.map((activity) => activity.id));
          return pool.chunk(task);
        },
      },
      engine,
    );
    expect(chunks.find((ids) => ids.includes(heavy.activities[7]?.id ?? ''))).toHaveLength(1);
    expect(chunks.flat().sort()).toEqual(heavy.activities.map((a) => a.id).sort());
    expect(wordsInOrder(pdfText(bytes), essay.slice(0, 2_000))).toBe(true);
  }, 60_000);

  it('has every field of every activity in it, word for word', async () => {
    const pages = pageTexts(await made);
    const text = pages.join('\n');
    for (const activity of sortedActivities(register)) {
      const start = text.indexOf(`\n${activity.name}\n`);
      expect(start, activity.name).toBeGreaterThan(-1);
      const rows = activityRows(register, activity, input.options);
      for (const row of rows) {
        const phrase = 'section' in row ? row.section : [row.label, ...row.lines].join(' ');
        expect(wordsInOrder(text.slice(start), phrase), `${activity.name}: ${phrase}`).toBe(true);
      }
    }
    if (register.organisation === null)
      throw new Error('the synthetic register names its organisation');
    for (const row of organisationRows(register.organisation)) {
      const phrase = 'section' in row ? row.section : [row.label, ...row.lines].join(' ');
      expect(wordsInOrder(text, phrase), phrase).toBe(true);
    }
  }, 60_000);

  it('numbers every page “Page X of Y” and stamps the checksum on each', async () => {
    const pages = pageTexts(await made);
    pages.forEach((page, index) => {
      expect(page).toContain(`Page ${index + 1} of ${pages.length}`);
      expect(oneLine(page)).toContain(
        'Generated on 25 November 2026 at 14:05 · Register checksum 3f2a9c1b7e04 (SHA-256 of the register)',
      );
    });
  }, 60_000);

  it('splits a value taller than a page across pages, losing no word', async () => {
    const long = Array.from({ length: 700 }, (_, i) => `zqm${i}`).join(' ');
    const tall = syntheticRegister({ activities: 3 });
    tall.activities = tall.activities.map((a, i) =>
      i === 1 ? { ...a, securityMeasures: long } : a,
    );
    const pages = pageTexts(await ropaPdf(inputFor(tall)));
    const holding = pages.filter((page) => page.includes('zqm'));
    expect(holding.length).toBeGreaterThan(1);
    // The section's title row repeats at the top of the page the row runs onto.
    for (const page of holding.slice(1)) expect(page.startsWith('Article 30 RoPA\n')).toBe(true);
    expect(wordsInOrder(pages.join('\n'), long)).toBe(true);
  }, 30_000);

  it('gives in its contents the page each activity starts on', async () => {
    const pages = pageTexts(await made);
    const contents = pageTexts(await made, 'reading')
      .slice(0, 3)
      .join('\n');
    for (const activity of sortedActivities(register)) {
      const entry = new RegExp(
        `^\\s*${activity.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s+(\\d+)\\s*$`,
        'm',
      ).exec(contents);
      expect(entry, activity.name).not.toBeNull();
      const page = Number(entry?.[1]);
      expect(
        oneLine(pages[page - 1] ?? '').startsWith(activity.name),
        `${activity.name} on page ${page}`,
      ).toBe(true);
    }
  }, 60_000);

  it('bookmarks the controller block and every activity, and links each contents line, to its page', async () => {
    const bytes = await made;
    const pages = pageTexts(bytes);
    // Objects other than streams are written as plain text: the outline and the links can be read.
    const file = new TextDecoder('latin1').decode(bytes);
    const kids = /\/Type \/Pages \/Kids \[([^\]]*)\]/.exec(file)?.[1] ?? '';
    const pageOf = new Map(
      [...kids.matchAll(/(\d+) 0 R/g)].map((match, index) => [match[1], index + 1]),
    );
    const fromHex = (hex: string) =>
      String.fromCharCode(
        ...Array.from({ length: hex.length / 4 - 1 }, (_, i) =>
          Number.parseInt(hex.slice(4 + 4 * i, 8 + 4 * i), 16),
        ),
      );
    const bookmarks = [
      ...file.matchAll(/<< \/Title <([0-9A-Fa-f]+)> \/Parent \d+ 0 R \/Dest \[(\d+) 0 R/g),
    ].map((match) => ({ title: fromHex(match[1] ?? ''), page: pageOf.get(match[2]) ?? 0 }));
    const names = sortedActivities(register).map((activity) => activity.name);
    expect(bookmarks.map((mark) => mark.title)).toEqual([
      'Controller, data protection officer and representative',
      ...names,
    ]);
    for (const mark of bookmarks.slice(1)) {
      expect(oneLine(pages[mark.page - 1] ?? '').startsWith(mark.title), mark.title).toBe(true);
    }
    const links = [...file.matchAll(/\/Subtype \/Link [^\n]*\/Dest \[(\d+) 0 R/g)].map(
      (match) => pageOf.get(match[1]) ?? 0,
    );
    expect(links).toEqual(bookmarks.map((mark) => mark.page));
    expect(/\/Outlines \d+ 0 R \/PageMode \/UseOutlines/.test(file)).toBe(true);
  }, 60_000);
});
