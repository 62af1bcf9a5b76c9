import { beforeAll, describe, expect, it } from 'vitest';
import type { Content } from 'pdfmake/interfaces';
import { runChecks, summarise } from '../../../../shared/checks';
import type { AuditEvent } from '../../../../shared/domain/audit';
import type { AcceptedRisk } from '../../../../shared/domain/oversight';
import type { Register } from '../../../../shared/domain/register';
import { exampleRegisterWithNotices } from '../../../../shared/example/konnect-notice';
import { UK_ADEQUACY_BASELINE } from '../../../../shared/reference/adequacy';
import { auditPackReport, reportBuilders } from '../../../../shared/reports';
import type { PortablePdfDefinition } from '../../../../shared/notice/render/portablePdf';
import { NOW } from '../fixtures';
import { allText, inputFor, textsOf } from './text';

const TODAY = '2026-11-25';
let example: Register;

beforeAll(async () => {
  example = await exampleRegisterWithNotices(NOW);
});

interface Node {
  text?: string;
  id?: string;
  tocItem?: boolean;
  pageBreak?: string;
  pageOrientation?: string;
}

const nodes = (definition: PortablePdfDefinition): Node[] => definition.content as Node[];

/** The parts listed in the contents, as [title, orientation] in order. */
const partsOf = (definition: PortablePdfDefinition): [string, string][] =>
  nodes(definition)
    .filter((node) => node.tocItem === true && node.pageOrientation !== undefined)
    .map((node) => [node.text ?? '', node.pageOrientation ?? '']);

/** The texts between one part's heading and the next. */
function partText(definition: PortablePdfDefinition, title: string): string {
  const content = nodes(definition);
  const start = content.findIndex((n) => n.text === title && n.pageOrientation !== undefined);
  const rest = content.slice(start + 1);
  const end = rest.findIndex((n) => n.pageOrientation !== undefined);
  const slice = (end === -1 ? rest : rest.slice(0, end)) as Content[];
  return allText({ ...definition, content: slice });
}

const event = (seq: number, actor: string, entity: AuditEvent['entity']): AuditEvent => ({
  seq,
  at: `2026-10-${String(seq).padStart(2, '0')}T09:00:00.000Z`,
  actor,
  entity,
  entityId: `id-${seq}`,
  action: seq === 1 ? 'create' : 'update',
  summary: `Change number ${seq}`,
  before: null,
  after: null,
  prevHash: '0'.repeat(64),
  hash: 'a'.repeat(64),
});

describe('the ICO audit preparation pack', () => {
  it('has a contents list and every part, each on its own page in the orientation it needs', () => {
    const definition = auditPackReport(inputFor(example));
    expect(definition.info?.title).toBe('ICO audit preparation pack');
    expect(JSON.stringify(definition.content)).toContain('"toc"');
    expect(partsOf(definition)).toEqual([
      ['Compliance summary', 'portrait'],
      ['Article 30 record of processing', 'portrait'],
      ['Processors, other third parties and contracts', 'landscape'],
      ['International transfers and transfer risk assessments', 'landscape'],
      ['Legitimate interests assessments', 'portrait'],
      ['DPIA screening', 'portrait'],
      ['Retention schedule', 'landscape'],
      ['Privacy notices', 'portrait'],
      ['Audit trail', 'portrait'],
    ]);
    const ids = nodes(definition)
      .filter((n) => n.tocItem === true)
      .map((n) => n.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toContain('compliance-summary');
    expect(ids).toContain('lia-lia-enquiries');
  });

  it('ends each part with no bottom margin, so a full page is not followed by a blank one', () => {
    const content = auditPackReport(inputFor(example)).content as (Node & { margin?: number[] })[];
    const before = content.filter((_, i) => content[i + 1]?.pageBreak === 'before');
    expect(before.length).toBeGreaterThan(20);
    for (const node of before) expect(node.margin?.[3]).toBe(0);
  });

  it('summarises the open findings by severity exactly as the checks find them', () => {
    const findings = runChecks({ register: example, today: TODAY, adequacy: UK_ADEQUACY_BASELINE });
    const counts = summarise(findings);
    expect(counts.total).toBeGreaterThan(0);
    const texts = textsOf(auditPackReport(inputFor(example)));
    for (const [label, count] of [
      ['High severity', counts.high],
      ['Medium severity', counts.medium],
      ['Low severity', counts.low],
      ['Open findings', counts.total],
    ] as const) {
      expect(texts[texts.indexOf(label) + 1], label).toBe(String(count));
    }
    if (counts.high > 0) expect(texts).toContain(`High severity (${counts.high})`);
    for (const finding of findings) expect(texts).toContain(finding.message);
  });

  it('leaves accepted risks out of the findings and says how many were accepted', () => {
    const findings = runChecks({ register: example, today: TODAY, adequacy: UK_ADEQUACY_BASELINE });
    const accepted = findings[0];
    expect(accepted).toBeDefined();
    if (accepted === undefined) return;
    const risk: AcceptedRisk = {
      id: 'risk-1',
      ruleId: accepted.ruleId,
      recordKind: accepted.record.kind,
      recordId: accepted.record.id,
      field: accepted.field,
      message: accepted.message,
      reason: 'Board accepted it',
      acceptedBy: 'Director',
      acceptedOn: '2026-11-01',
      expiresOn: '2027-05-01',
      createdAt: NOW,
      updatedAt: NOW,
    };
    const text = partText(
      auditPackReport(inputFor({ ...example, acceptedRisks: [risk] })),
      'Compliance summary',
    );
    expect(text).toContain('1 finding is accepted as known risks and left out of the counts above');
    expect(text).not.toContain(accepted.message);
    const texts = textsOf(auditPackReport(inputFor({ ...example, acceptedRisks: [risk] })));
    expect(texts[texts.indexOf('Open findings') + 1]).toBe(String(findings.length - 1));
  });

  it('composes the registers: the Article 30 record, third parties, transfers, LIAs and retention', () => {
    const definition = auditPackReport(inputFor(example));
    expect(partText(definition, 'Article 30 record of processing')).toContain(
      '30. Reasons for not adhering to policy document (if applicable)',
    );
    for (const party of example.thirdParties) {
      expect(partText(definition, 'Processors, other third parties and contracts')).toContain(
        party.name,
      );
    }
    expect(partText(definition, 'International transfers and transfer risk assessments')).toContain(
      'Transfer risk assessment',
    );
    const lias = partText(definition, 'Legitimate interests assessments');
    for (const lia of example.lias) expect(lias).toContain(lia.title);
    expect(lias).toContain('Can rely on legitimate interests');
    expect(lias).toContain('Part 3 – Balancing test');
    expect(lias).toContain('Why do you want to process the data?');
    expect(lias).not.toContain('Sign-off');
    expect(partText(definition, 'Retention schedule')).toContain(
      'The length of the engagement plus up to 20 years',
    );
    expect(partText(definition, 'DPIA screening')).toContain('Screened — required');
  });

  it('lists the notice versions with their dates and hashes, and the current text', () => {
    const [version] = example.noticeVersions;
    expect(version).toBeDefined();
    if (version === undefined) return;
    const text = partText(auditPackReport(inputFor(example)), 'Privacy notices');
    expect(text).toContain('Version history');
    expect(text).toContain('2 November 2021');
    expect(text).toContain(version.hash.slice(0, 16));
    expect(text).toContain(`SHA-256 ${version.hash}`);
    expect(text).toContain('Who we are and how to contact us');
  });

  it('says when no notice has been published', () => {
    const text = partText(
      auditPackReport(inputFor({ ...example, noticeVersions: [] })),
      'Privacy notices',
    );
    expect(text).toContain('No privacy notice has been published yet');
  });

  it('says the audit trail is not in a snapshot without one', () => {
    const text = partText(auditPackReport(inputFor(example)), 'Audit trail');
    expect(text).toContain('Audit trail not included in this snapshot of the register.');
  });

  it('summarises the audit trail: count, first and last, by kind and by person, latest 20', () => {
    const events = Array.from({ length: 25 }, (_, i) =>
      event(i + 1, i % 5 === 0 ? 'Sam Jones' : 'Ali Khan', i % 2 === 0 ? 'activity' : 'thirdParty'),
    );
    const definition = auditPackReport(inputFor({ ...example, auditEvents: events }));
    const text = partText(definition, 'Audit trail');
    expect(text).toContain('Events recorded\n25');
    expect(text).toContain('1 October 2026 at 10:00: Change number 1');
    // The clocks go back on 25 October 2026: the UK time is GMT again.
    expect(text).toContain('25 October 2026 at 09:00: Change number 25');
    expect(text).toContain('Activity\n13');
    expect(text).toContain('Third party\n12');
    expect(text).toContain('Ali Khan\n20');
    expect(text).toContain('Sam Jones\n5');
    expect(text).toContain('The latest 20 changes');
    expect(text).toContain('Changed: Change number 6');
    expect(text).not.toContain('Changed: Change number 5\n');
    expect(text).toContain('Audit trail screen');
  });

  it('leaves internal notes out unless asked, and marks a confidential pack', () => {
    const withNotes: Register = {
      ...example,
      thirdParties: example.thirdParties.map((p, i) =>
        i === 0 ? { ...p, internalNotes: 'Chase the signed copy' } : p,
      ),
    };
    const plain = reportBuilders['audit-pack'](inputFor(withNotes));
    expect(allText(plain)).not.toContain('Chase the signed copy');
    expect(allText(plain)).not.toContain('CONFIDENTIAL');
    const full = reportBuilders['audit-pack'](
      inputFor(withNotes, { includeInternalNotes: true, confidential: true }),
    );
    expect(allText(full)).toContain('Chase the signed copy');
    expect(textsOf(full)[0]).toBe('CONFIDENTIAL');
  });
});
