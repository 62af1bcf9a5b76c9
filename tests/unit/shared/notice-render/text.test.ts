import { describe, expect, it } from 'vitest';
import { TEXT_WIDTH, toPlainText, wrap } from '../../../../shared/notice/render';
import { konnectNotice } from './fixture';

describe('wrap', () => {
  it('fills words into lines no wider than the width', () => {
    const text = 'word '.repeat(100).trim();
    const lines = wrap(text, 20);
    expect(lines.every((line) => line.length <= 20)).toBe(true);
    expect(lines.join(' ')).toBe(text);
  });

  it('indents the lines after the first for a hanging list item', () => {
    expect(wrap('one two three four', 12, '  • ', '    ')).toEqual([
      '  • one two',
      '    three',
      '    four',
    ]);
  });

  it('keeps a word longer than the line whole', () => {
    const address = `https://example.org/${'x'.repeat(90)}`;
    expect(wrap(`see ${address} now`, 80)).toEqual(['see', address, 'now']);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(wrap('😀 '.repeat(40).trim(), 10)).toEqual(Array(8).fill('😀 😀 😀 😀 😀'));
  });
});

describe('toPlainText', () => {
  const text = toPlainText(konnectNotice(), { versionLabel: 'Version 1' });
  const lines = text.split('\n');

  it('wraps every line at 80 columns', () => {
    expect(lines.every((line) => [...line].length <= TEXT_WIDTH)).toBe(true);
    expect(lines.some((line) => line.length > 70)).toBe(true);
  });

  it('underlines the title with = and each section title with -, as long as the title', () => {
    expect(lines.slice(0, 2)).toEqual(['Privacy notice', '==============']);
    for (const section of konnectNotice().sections) {
      const at = lines.indexOf(section.title);
      expect(at).toBeGreaterThan(0);
      expect(lines[at + 1]).toBe('-'.repeat(section.title.length));
    }
    const sub = lines.indexOf('When you become a client');
    expect(lines[sub + 1]).toBe('~'.repeat('When you become a client'.length));
  });

  it('gives the organisation and the date line under the title', () => {
    expect(lines.slice(3, 5)).toEqual([
      'Konnect Communities C.I.C.',
      'For Clients · Last updated 2 November 2021 · Version 1',
    ]);
  });

  it('lists every item with a bullet and a hanging indent', () => {
    expect(text).toContain('  • Notes of the support we give you\n');
    expect(text).toContain(
      '  • Records of purchases: 7 years after the end of the financial year, as HMRC\n    requires; paper records are shredded.\n',
    );
  });

  it('keeps the line breaks the author typed, and leaves markup as text', () => {
    expect(text).toContain('Telephone: 01736 339277\nEmail: info@konnect-communities.co.uk\n');
    const hostile = toPlainText({
      ...konnectNotice(),
      introduction: [{ kind: 'paragraph', text: '<script>alert(1)</script> & co' }],
    });
    expect(hostile).toContain('<script>alert(1)</script> & co');
  });

  it('underlines a long heading to its longest wrapped line', () => {
    const title = 'A very long title '.repeat(6).trim();
    const out = toPlainText({ ...konnectNotice(), title }).split('\n');
    expect(out[0]?.length).toBeLessThanOrEqual(TEXT_WIDTH);
    expect(out[2]).toMatch(/^=+$/);
    expect(out[2]?.length).toBe(Math.max(out[0]?.length ?? 0, out[1]?.length ?? 0));
  });
});
