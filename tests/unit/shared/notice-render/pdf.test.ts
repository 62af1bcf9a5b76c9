import type { Content, ContentText, ContextPageSize, Node } from 'pdfmake/interfaces';
import { describe, expect, it } from 'vitest';
import {
  FURNITURE_STYLE,
  noticePdfDefinition,
  pageLabel,
  toPdfmakeDefinition,
} from '../../../../shared/notice/render';
import { hostileNotice, konnectNotice } from './fixture';

const HASH = '3f2a9c1b7e04d5c6b7a8f9e0d1c2b3a4f5e6d7c8b9a0f1e2d3c4b5a6f7e8d9c0';
const A4: ContextPageSize = { width: 595.28, height: 841.89, orientation: 'portrait' };

/** Every string in a content tree, in order. */
function textsOf(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(textsOf);
  if (typeof node === 'object' && node !== null) {
    return Object.entries(node).flatMap(([key, value]) =>
      ['text', 'ul', 'stack', 'columns', 'content'].includes(key) ? textsOf(value) : [],
    );
  }
  return [];
}

const withStyle = (content: Content[], style: string): ContentText[] =>
  content.filter(
    (node): node is ContentText =>
      typeof node === 'object' &&
      !Array.isArray(node) &&
      'text' in node &&
      'style' in node &&
      node.style === style,
  );

/** A laid-out node as pdfmake hands it to pageBreakBefore, on page 1. */
const laidOut = (fields: Partial<Node>): Node => ({
  pageNumbers: [1],
  pages: 1,
  stack: false,
  startPosition: {
    pageNumber: 1,
    pageOrientation: 'portrait',
    pageInnerHeight: 714,
    pageInnerWidth: 481,
    left: 57,
    top: 700,
    verticalRatio: 0.9,
    horizontalRatio: 0,
  },
  ...fields,
});

describe('noticePdfDefinition', () => {
  const definition = noticePdfDefinition(konnectNotice(), {
    versionLabel: 'Version 1',
    hash: HASH,
  });
  const content = definition.content as Content[];

  it('is an A4 document with Roboto, its metadata, and plain data only', () => {
    expect(definition.pageSize).toBe('A4');
    expect(definition.defaultStyle).toMatchObject({ font: 'Roboto' });
    expect(definition.info).toMatchObject({
      title: 'Privacy notice — Clients',
      author: 'Konnect Communities C.I.C.',
      creator: 'Ropa Desk',
    });
    // What crosses postMessage to the worker must survive a structured clone unchanged.
    expect(structuredClone(definition)).toEqual(definition);
    expect(JSON.parse(JSON.stringify(definition))).toEqual(definition);
  });

  it('opens with the title, the organisation and the date line', () => {
    expect(content.slice(0, 3)).toEqual([
      { text: 'Privacy notice', style: 'title' },
      { text: 'Konnect Communities C.I.C.', style: 'organisation' },
      { text: 'For Clients  ·  Last updated 2 November 2021  ·  Version 1', style: 'meta' },
    ]);
  });

  it('has every section title as a heading that makes the contents and never ends a page', () => {
    const headings = withStyle(content, 'heading');
    expect(headings.map((h) => h.text)).toEqual(konnectNotice().sections.map((s) => s.title));
    for (const heading of headings)
      expect(heading).toMatchObject({ headlineLevel: 1, tocItem: true });
    expect(content.some((node) => typeof node === 'object' && 'toc' in node)).toBe(true);
    expect(definition.keepHeadingsWithNext).toBe(true);
  });

  it('has every paragraph, subheading and list item', () => {
    const texts = textsOf(content).join('');
    for (const section of konnectNotice().sections) {
      for (const block of section.blocks) {
        const expected = block.kind === 'list' ? block.items : [block.text];
        for (const text of expected) expect(texts).toContain(text);
      }
    }
    expect(withStyle(content, 'subheading').map((s) => s.text)).toEqual([
      'When you become a client',
      'When you send us an enquiry',
    ]);
    expect(content).toContainEqual(
      expect.objectContaining({
        ul: expect.arrayContaining([
          { text: 'Notes of the support we give you', margin: [0, 0, 0, 3] },
        ]),
      }),
    );
  });

  it('keeps a lead-in ending in a colon with the list after it, like a heading', () => {
    const lead = noticePdfDefinition({
      ...konnectNotice(),
      introduction: [
        { kind: 'paragraph', text: 'What we use it for:' },
        { kind: 'list', items: ['Replying'] },
      ],
    }).content as Content[];
    expect(lead).toContainEqual({
      text: 'What we use it for:',
      style: 'paragraph',
      headlineLevel: 3,
    });
  });

  it('links web and email addresses in the text', () => {
    expect(JSON.stringify(content)).toContain(
      '{"text":"https://ico.org.uk/make-a-complaint","link":"https://ico.org.uk/make-a-complaint","color":"#0b4f9c"}',
    );
  });

  it('describes a footer with the organisation, the version, the short hash and page X of Y', () => {
    expect(definition.runningFooter).toEqual({
      text: 'Konnect Communities C.I.C.  ·  Privacy notice  ·  Version 1',
      detail: 'SHA-256 3f2a9c1b7e04',
      pageLabel: 'Page {page} of {pages}',
    });
    expect(definition.runningHeader).toEqual({
      text: 'Konnect Communities C.I.C. — Privacy notice',
      fromPage: 2,
    });
  });

  it('leaves the hash out of the footer when none is given', () => {
    expect(noticePdfDefinition(konnectNotice()).runningFooter).toEqual({
      text: 'Konnect Communities C.I.C.  ·  Privacy notice',
      pageLabel: 'Page {page} of {pages}',
    });
  });

  it('passes text through as text: pdfmake draws it, never parses it', () => {
    const texts = textsOf(noticePdfDefinition(hostileNotice()).content);
    expect(texts).toContain('Notice <script>alert(1)</script> & more');
    expect(texts).toContain('<script>steal()</script>');
  });
});

describe('toPdfmakeDefinition', () => {
  const portable = noticePdfDefinition(konnectNotice(), { versionLabel: 'Version 2', hash: HASH });
  const pdfmake = toPdfmakeDefinition(portable);

  it('turns the described footer into pdfmake’s footer: page X of Y and the hash', () => {
    if (typeof pdfmake.footer !== 'function') throw new Error('expected a footer function');
    const footer = pdfmake.footer(2, 5, A4);
    const texts = textsOf(footer);
    expect(texts).toEqual([
      'Konnect Communities C.I.C.  ·  Privacy notice  ·  Version 2',
      'SHA-256 3f2a9c1b7e04',
      'Page 2 of 5',
    ]);
  });

  it('puts the running header on the second page onwards', () => {
    if (typeof pdfmake.header !== 'function') throw new Error('expected a header function');
    expect(pdfmake.header(1, 5, A4)).toBeNull();
    expect(textsOf(pdfmake.header(2, 5, A4))).toEqual([
      'Konnect Communities C.I.C. — Privacy notice',
    ]);
  });

  it('moves a heading left alone at the foot of a page to the next', () => {
    const decide = pdfmake.pageBreakBefore;
    if (decide === undefined) throw new Error('expected pageBreakBefore');
    const queries = (...following: Node[]) => ({
      getFollowingNodesOnPage: () => following,
      getNodesOnNextPage: () => [],
      getPreviousNodesOnPage: () => [],
    });
    const furniture = laidOut({ style: FURNITURE_STYLE });
    expect(decide(laidOut({ headlineLevel: 1 }), queries())).toBe(true);
    expect(decide(laidOut({ headlineLevel: 1 }), queries(furniture, furniture))).toBe(true);
    // A heading followed only by a subheading moves with it: pdfmake asks each node only once.
    expect(
      decide(laidOut({ headlineLevel: 1 }), queries(laidOut({ headlineLevel: 2 }), furniture)),
    ).toBe(true);
    expect(
      decide(laidOut({ headlineLevel: 1 }), queries(laidOut({ text: 'A paragraph' }), furniture)),
    ).toBe(false);
    expect(decide(laidOut({ text: 'A paragraph' }), queries(furniture))).toBe(false);
  });

  it('keeps everything else and drops the data-only fields', () => {
    expect(pdfmake.content).toBe(portable.content);
    expect(pdfmake).not.toHaveProperty('runningFooter');
    expect(pdfmake).not.toHaveProperty('runningHeader');
    expect(pdfmake).not.toHaveProperty('keepHeadingsWithNext');
  });

  it('fills the page label template', () => {
    expect(pageLabel('Page {page} of {pages}', 3, 12)).toBe('Page 3 of 12');
  });
});
