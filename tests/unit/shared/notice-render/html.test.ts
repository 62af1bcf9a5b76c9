import { describe, expect, it } from 'vitest';
import { escapeHtml, toHtml } from '../../../../shared/notice/render';
import { hostileNotice, konnectNotice } from './fixture';

describe('toHtml', () => {
  const html = toHtml(konnectNotice(), { versionLabel: 'Version 1' });

  it('is a complete, accessible page in British English', () => {
    expect(html.startsWith('<!doctype html>\n<html lang="en-GB">')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('<title>Privacy notice — Konnect Communities C.I.C.</title>');
    expect(html.match(/<main>/g)).toHaveLength(1);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('<h1>Privacy notice</h1>');
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('has no scripts and loads nothing from elsewhere', () => {
    expect(html).not.toMatch(/<script|<link|<img|<iframe|@import|url\(|\bsrc=/i);
    expect(html).toMatch(/<style>[^<]+<\/style>/);
    // The only links are the notice's own anchors and addresses written in its text.
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual([
      '#notice-who-we-are',
      '#notice-what-we-collect',
      '#notice-retention',
      '#notice-complaints',
      'mailto:info@konnect-communities.co.uk',
      'https://ico.org.uk/make-a-complaint',
    ]);
  });

  it('states the audience, the date (machine-readable too) and the version', () => {
    expect(html).toContain(
      '<p class="notice-meta">For Clients · Last updated <time datetime="2021-11-02">2 November 2021</time> · Version 1</p>',
    );
  });

  it('gives every section an h2 with its anchor, and lists the sections', () => {
    for (const section of konnectNotice().sections) {
      expect(html).toContain(
        `<section aria-labelledby="notice-${section.id}">\n        <h2 id="notice-${section.id}">${escapeHtml(section.title)}</h2>`,
      );
      expect(html).toContain(
        `<li><a href="#notice-${section.id}">${escapeHtml(section.title)}</a></li>`,
      );
    }
    expect(html).toContain(
      '<nav class="notice-contents" aria-labelledby="notice-contents-heading">',
    );
  });

  it('renders subheadings as h3, lists as ul, and the author’s line breaks as br', () => {
    expect(html).toContain('<h3>When you become a client</h3>');
    expect(html).toContain('<li>Notes of the support we give you</li>');
    expect(html).toContain(
      '<p>Telephone: 01736 339277<br>\nEmail: <a href="mailto:info@konnect-communities.co.uk">info@konnect-communities.co.uk</a></p>',
    );
  });

  it('links a web address but leaves the full stop after it outside', () => {
    const page = toHtml({
      ...konnectNotice(),
      introduction: [{ kind: 'paragraph', text: 'See www.example.org/privacy.' }],
    });
    expect(page).toContain(
      '<p>See <a href="https://www.example.org/privacy">www.example.org/privacy</a>.</p>',
    );
  });

  it('prints cleanly: A4 margins, headings kept with what follows', () => {
    expect(html).toContain('@media print');
    expect(html).toContain('@page { size: A4; margin: 2cm; }');
    expect(html).toContain('break-after: avoid');
  });

  it('escapes <script>, & and quotes in every piece of text', () => {
    const page = toHtml(hostileNotice(), { versionLabel: 'v<2> & "final"' });
    expect(page).not.toMatch(/<script|<img|<b>|<i>/i);
    expect(page).toContain('<h1>Notice &lt;script&gt;alert(1)&lt;/script&gt; &amp; more</h1>');
    expect(page).toContain('<p class="notice-organisation">Smith &amp; Jones &lt;Ltd&gt;</p>');
    expect(page).toContain('For Friends &amp; &quot;family&quot;');
    expect(page).toContain('v&lt;2&gt; &amp; &quot;final&quot;');
    expect(page).toContain('Fish &amp; chips &lt;b&gt;bold&lt;/b&gt; &#39;quoted&#39; &amp;amp;');
    expect(page).toContain(
      '<h2 id="notice-sharing">Sharing &lt;img src=x onerror=alert(1)&gt;</h2>',
    );
    expect(page).toContain('<h3>Sub &lt;i&gt;heading&lt;/i&gt; &amp; co</h3>');
    expect(page).toContain('<li>&lt;script&gt;steal()&lt;/script&gt;</li>');
    expect(page).toContain('<li>A &amp; B</li>');
  });

  it('leaves out the contents list for a notice of one section', () => {
    expect(toHtml(hostileNotice())).not.toContain('<nav');
  });
});
