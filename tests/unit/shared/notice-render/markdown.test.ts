import { describe, expect, it } from 'vitest';
import { escapeMarkdownInline, toMarkdown } from '../../../../shared/notice/render';
import { hostileNotice, konnectNotice } from './fixture';

describe('toMarkdown', () => {
  it('writes the title, organisation, date line, sections, subheadings and list items', () => {
    const md = toMarkdown(konnectNotice(), { versionLabel: 'Version 1' });
    expect(md.startsWith('# Privacy notice\n\n**Konnect Communities C.I.C.**\n\n')).toBe(true);
    expect(md).toContain('*For Clients · Last updated 2 November 2021 · Version 1*');
    for (const section of konnectNotice().sections) expect(md).toContain(`\n## ${section.title}\n`);
    expect(md).toContain('\n### When you become a client\n');
    expect(md).toContain('\n- Notes of the support we give you\n');
    expect(md).toContain('\n- Enquiries: 12 months after the last message.');
    expect(md.endsWith('\n')).toBe(true);
  });

  it('keeps a line break the author typed as a hard break', () => {
    expect(toMarkdown(konnectNotice())).toContain(
      'Telephone: 01736 339277\\\nEmail: info@konnect-communities.co.uk',
    );
  });

  it('leaves out the version when none is given', () => {
    expect(toMarkdown(konnectNotice())).toContain('*For Clients · Last updated 2 November 2021*');
  });

  it('escapes markup so the words appear as written', () => {
    const md = toMarkdown(hostileNotice());
    // Every < is escaped, so no tag survives.
    expect(md).not.toMatch(/(^|[^\\])</m);
    expect(md).toContain('\\<script\\>steal()\\</script\\>');
    expect(md).toContain('\\*not emphasis\\* and \\_this\\_');
    expect(md).toContain('Fish & chips');
    expect(md).toContain('\\&amp;');
    expect(md).toContain(
      '\\# looks like a heading\\\n\\- looks like a list\\\n1\\. looks numbered',
    );
  });

  it('escapes every CommonMark inline marker', () => {
    expect(escapeMarkdownInline('a*b_c`d[e]f<g>h\\i|j~k')).toBe(
      'a\\*b\\_c\\`d\\[e\\]f\\<g\\>h\\\\i\\|j\\~k',
    );
  });
});
