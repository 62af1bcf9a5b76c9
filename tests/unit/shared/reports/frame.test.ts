import { describe, expect, it } from 'vitest';
import { exampleRegister } from '../../../../shared/example/konnect';
import {
  definitionReportKinds,
  generatedOn,
  reportBuilders,
  type DefinitionReportKind,
} from '../../../../shared/reports';
import { NOW } from '../fixtures';
import { allText, emptyRegister, inputFor, textsOf } from './text';

const register = exampleRegister(NOW);
const build = (kind: DefinitionReportKind, confidential = false) =>
  reportBuilders[kind](inputFor(register, { confidential }), {
    liaId: 'lia-enquiries',
    funderId: 'tp-funders',
  });

describe('generatedOn', () => {
  it('writes the time in UK time, through British Summer Time', () => {
    expect(generatedOn('2026-11-25T14:05:00.000Z')).toBe('25 November 2026 at 14:05');
    expect(generatedOn('2026-07-01T13:05:00.000Z')).toBe('1 July 2026 at 14:05');
    expect(generatedOn('2026-03-28T23:30:00.000Z')).toBe('28 March 2026 at 23:30');
    expect(generatedOn('2026-03-29T23:30:00.000Z')).toBe('30 March 2026 at 00:30');
  });
});

describe.each(definitionReportKinds)('the %s report’s furniture', (kind) => {
  it('opens with the title, the organisation and when it was generated', () => {
    const all = textsOf(build(kind));
    const texts = all.slice(0, 5);
    const organisation = texts.indexOf('Konnect Communities C.I.C.');
    expect(organisation).toBeGreaterThan(0);
    expect(texts.indexOf('Generated on 25 November 2026 at 14:05')).toBe(organisation + 1);
    expect(all).toContain('Register checksum 3f2a9c1b7e04 (SHA-256 of the register)');
  });

  it('numbers every page and stamps the register’s checksum in the footer', () => {
    const definition = build(kind);
    expect(definition.runningFooter?.pageLabel).toBe('Page {page} of {pages}');
    expect(definition.runningFooter?.text).toMatch(/^Konnect Communities C\.I\.C\. {2}· {2}\S/);
    expect(definition.runningFooter?.detail).toBe(
      'Generated on 25 November 2026 at 14:05  ·  Register checksum 3f2a9c1b7e04 (SHA-256 of the register)',
    );
    expect(definition.runningHeader?.text).toMatch(/^Konnect Communities C\.I\.C\. — /);
  });

  it('is marked CONFIDENTIAL on the title page and every header only when asked', () => {
    const plain = build(kind);
    expect(allText(plain)).not.toContain('CONFIDENTIAL');
    expect(plain.runningHeader?.text).not.toContain('CONFIDENTIAL');
    const marked = build(kind, true);
    expect(textsOf(marked)[0]).toBe('CONFIDENTIAL');
    expect(marked.runningHeader?.text).toMatch(/^CONFIDENTIAL {2}· {2}Konnect Communities/);
  });
});

describe('a register with no organisation yet', () => {
  it('still titles every report', () => {
    const texts = textsOf(reportBuilders['audit-pack'](inputFor(emptyRegister())));
    expect(texts).toContain('Organisation not yet described');
    expect(texts).toContain('The organisation has not been described yet.');
  });
});

describe('rows taller than a page', () => {
  it('may split across pages rather than be dropped, while short rows are kept whole', () => {
    const sections = (definition: ReturnType<(typeof reportBuilders)['audit-pack']>) =>
      JSON.stringify(definition.content).match(/"dontBreakRows":(true|false)/g) ?? [];
    const long = 'Accounts protected by strong passwords. '.repeat(200);
    const withLong = exampleRegister(NOW);
    withLong.activities = withLong.activities.map((a, i) =>
      i === 0 ? { ...a, securityMeasures: long } : a,
    );
    expect(sections(reportBuilders['audit-pack'](inputFor(register)))).not.toContain(
      '"dontBreakRows":false',
    );
    const split = sections(reportBuilders['audit-pack'](inputFor(withLong)));
    expect(split.filter((s) => s === '"dontBreakRows":false')).toHaveLength(1);
    expect(allText(reportBuilders['audit-pack'](inputFor(withLong)))).toContain(long.trim());
  });
});
