/**
 * A notice as one self-contained HTML page for the organisation's website: no scripts, no
 * external resources, inline CSS scoped to the notice (so it can be pasted into a site's page),
 * readable on a phone and printable. Every piece of text is escaped.
 */
import type { NoticeBlock, NoticeDocument } from '../../domain/notice';
import { linkRuns, longDate, oneLine, paragraphsOf, type RenderOptions } from './common';

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for an HTML element or a quoted attribute. */
export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);

/** Escaped text with its web and email addresses linked. */
export const inlineHtml = (text: string): string =>
  linkRuns(text)
    .map((run) =>
      run.href === null
        ? escapeHtml(run.text)
        : `<a href="${escapeHtml(run.href)}">${escapeHtml(run.text)}</a>`,
    )
    .join('');

function block(item: NoticeBlock, indent: string): string[] {
  switch (item.kind) {
    case 'paragraph':
      return paragraphsOf(item.text).map(
        (lines) => `${indent}<p>${lines.map(inlineHtml).join('<br>\n')}</p>`,
      );
    case 'subheading':
      return oneLine(item.text) === ''
        ? []
        : [`${indent}<h3>${inlineHtml(oneLine(item.text))}</h3>`];
    case 'list':
      if (item.items.length === 0) return [];
      return [
        `${indent}<ul>`,
        ...item.items.map((entry) => `${indent}  <li>${inlineHtml(oneLine(entry))}</li>`),
        `${indent}</ul>`,
      ];
  }
}

const STYLE = `
  body { margin: 0; background: #fff; color: #1b1b1b; }
  .privacy-notice { max-width: 46rem; margin: 0 auto; padding: 2.5rem 1.25rem 4rem;
    font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
  .privacy-notice h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 0.5rem; }
  .privacy-notice h2 { font-size: 1.375rem; line-height: 1.3; margin: 2.5rem 0 0.75rem; }
  .privacy-notice h3 { font-size: 1.125rem; line-height: 1.35; margin: 1.75rem 0 0.5rem; }
  .privacy-notice p, .privacy-notice ul { margin: 0 0 1rem; }
  .privacy-notice ul { padding-left: 1.5rem; }
  .privacy-notice li { margin: 0 0 0.35rem; }
  .privacy-notice a { color: #0b4f9c; overflow-wrap: anywhere; }
  .privacy-notice a:focus-visible { outline: 3px solid #b35c00; outline-offset: 2px; }
  .privacy-notice .notice-organisation { font-size: 1.25rem; font-weight: 600; margin: 0; }
  .privacy-notice .notice-meta { color: #4a4a4a; margin: 0.25rem 0 2rem; padding-bottom: 1.25rem;
    border-bottom: 1px solid #c9ced6; }
  .privacy-notice .notice-contents { background: #f4f6f9; border: 1px solid #d9dee5;
    border-radius: 6px; padding: 1rem 1.25rem; margin: 0 0 2rem; }
  .privacy-notice .notice-contents h2 { font-size: 1.125rem; margin: 0 0 0.5rem; }
  .privacy-notice .notice-contents ol { margin: 0; padding-left: 1.5rem; }
  @media print {
    @page { size: A4; margin: 2cm; }
    .privacy-notice { max-width: none; padding: 0; font-size: 11pt; }
    .privacy-notice a { color: inherit; }
    .privacy-notice h2, .privacy-notice h3 { break-after: avoid; }
    .privacy-notice li, .privacy-notice .notice-contents { break-inside: avoid; }
    .privacy-notice p { orphans: 3; widows: 3; }
    .privacy-notice .notice-contents { background: none; }
  }
`;

/** Section element ids carry a prefix so a pasted notice cannot clash with the site's own ids. */
const anchorOf = (sectionId: string): string => `notice-${sectionId}`;

/** The complete page, ready to publish as it is or to paste into a site. */
export function toHtml(doc: NoticeDocument, options: RenderOptions = {}): string {
  const title = oneLine(doc.title);
  const organisation = oneLine(doc.organisationName);
  const version = options.versionLabel?.trim() ?? '';
  // The same facts, in the same order, as metaParts gives the other formats, with a <time>.
  const meta = [
    ...(doc.audienceName === null ? [] : [escapeHtml(`For ${doc.audienceName}`)]),
    `Last updated <time datetime="${escapeHtml(doc.lastUpdated)}">${escapeHtml(longDate(doc.lastUpdated))}</time>`,
    ...(version === '' ? [] : [escapeHtml(version)]),
  ];
  const contents =
    doc.sections.length < 2
      ? []
      : [
          '      <nav class="notice-contents" aria-labelledby="notice-contents-heading">',
          '        <h2 id="notice-contents-heading">Contents</h2>',
          '        <ol>',
          ...doc.sections.map(
            (section) =>
              `          <li><a href="#${escapeHtml(anchorOf(section.id))}">${escapeHtml(oneLine(section.title))}</a></li>`,
          ),
          '        </ol>',
          '      </nav>',
        ];
  const sections = doc.sections.flatMap((section) => [
    `      <section aria-labelledby="${escapeHtml(anchorOf(section.id))}">`,
    `        <h2 id="${escapeHtml(anchorOf(section.id))}">${escapeHtml(oneLine(section.title))}</h2>`,
    ...section.blocks.flatMap((item) => block(item, '        ')),
    '      </section>',
  ]);
  return [
    '<!doctype html>',
    '<html lang="en-GB">',
    '<head>',
    '  <meta charset="utf-8">',
    '  <meta name="viewport" content="width=device-width, initial-scale=1">',
    `  <title>${escapeHtml(`${title} — ${organisation}`)}</title>`,
    `  <style>${STYLE}  </style>`,
    '</head>',
    '<body>',
    '  <main>',
    '    <article class="privacy-notice">',
    '      <header>',
    `        <h1>${escapeHtml(title)}</h1>`,
    `        <p class="notice-organisation">${escapeHtml(organisation)}</p>`,
    `        <p class="notice-meta">${meta.join(' · ')}</p>`,
    '      </header>',
    ...doc.introduction.flatMap((item) => block(item, '      ')),
    ...contents,
    ...sections,
    '    </article>',
    '  </main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
