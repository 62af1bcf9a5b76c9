import { describe, expect, it } from 'vitest';
import { blankTransfer } from '../../../../shared/domain/factories';
import { exampleRegister } from '../../../../shared/example/konnect';
import { retentionReport, thirdPartiesReport, transfersReport } from '../../../../shared/reports';
import { NOW, smallRegister, validActivity, validThirdParty } from '../fixtures';
import { allText, emptyRegister, inputFor, textsOf } from './text';
import type { PortablePdfDefinition } from '../../../../shared/notice/render/portablePdf';

const example = exampleRegister(NOW);

/** Whether the definition shows these exact texts (such as column headings) in this order. */
const inOrder = (definition: PortablePdfDefinition, texts: readonly string[]): boolean => {
  const all = textsOf(definition);
  const positions = texts.map((text) => all.indexOf(text));
  return positions.every((p, i) => p > -1 && (i === 0 || p > (positions[i - 1] ?? -1)));
};

describe('the third-party register', () => {
  const processor = validThirdParty({
    kind: 'processor',
    contract: {
      status: 'in-place',
      reference: 'DPA-17',
      signedOn: '2025-03-01',
      expiresOn: '2027-02-28',
      document: '',
    },
    article28: { 'documented-instructions': 'yes', confidentiality: 'no' },
    dueDiligence: { certifications: ['ISO 27001'], checkedOn: '2026-01-10', notes: '' },
    internalNotes: 'Renegotiate in spring',
  });
  const register = smallRegister({ thirdParties: [processor] });

  it('gives each party’s contract status and dates, Article 28 terms and due diligence', () => {
    const definition = thirdPartiesReport(inputFor(register));
    const text = allText(definition);
    expect(
      inOrder(definition, [
        'Third party',
        'Role',
        'Services and data shared',
        'Countries',
        'Contract',
        'Article 28 terms',
        'Due diligence',
      ]),
    ).toBe(true);
    expect(text).toContain('Mail Co');
    expect(text).toContain('In place');
    expect(text).toContain('Signed 1 March 2025');
    expect(text).toContain('Expires 28 February 2027');
    expect(text).toMatch(/1 of 8 terms confirmed; the contract lacks: .+; 6 still to check\./);
    expect(text).toContain('ISO 27001');
    expect(text).toContain('Checked 10 January 2026');
  });

  it('lists every third party of the example', () => {
    const text = allText(thirdPartiesReport(inputFor(example)));
    for (const party of example.thirdParties) expect(text).toContain(party.name);
  });

  it('leaves internal notes out unless asked for them', () => {
    expect(allText(thirdPartiesReport(inputFor(register)))).not.toContain('Renegotiate');
    expect(
      allText(thirdPartiesReport(inputFor(register, { includeInternalNotes: true }))),
    ).toContain('Renegotiate in spring');
  });

  it('says so when there are none', () => {
    expect(allText(thirdPartiesReport(inputFor(emptyRegister())))).toContain(
      'No third parties recorded yet.',
    );
  });
});

describe('the transfers register', () => {
  const transfer = blankTransfer(NOW, {
    id: 'tr-1',
    thirdPartyId: 'tp-1',
    destinations: ['IN'],
    activityIds: ['act-1'],
    mechanism: 'idta',
    traStatus: 'not-started',
    internalNotes: 'Check the annex',
  });
  const register = smallRegister({ transfers: [transfer] });

  it('gives recipient, activities, destinations, mechanism, verdict and TRA status', () => {
    const definition = transfersReport(inputFor(register));
    const text = allText(definition);
    expect(inOrder(definition, ['Recipient', 'Destinations', 'Mechanism', 'Verdict'])).toBe(true);
    expect(text).toContain('Mail Co');
    expect(text).toContain('Newsletter');
    expect(text).toContain('India');
    expect(text).toContain('International data transfer agreement (IDTA)');
    expect(text).toContain('Needs a TRA');
    expect(text).toContain('Not started');
    expect(text).not.toContain('Check the annex');
    expect(allText(transfersReport(inputFor(register, { includeInternalNotes: true })))).toContain(
      'Check the annex',
    );
  });

  it('says so when there are none', () => {
    expect(allText(transfersReport(inputFor(emptyRegister())))).toContain(
      'No international transfers recorded yet.',
    );
  });
});

describe('the retention schedule', () => {
  it('gives every activity’s data, period, trigger, justification, disposal and policy', () => {
    const definition = retentionReport(inputFor(example));
    const text = allText(definition);
    expect(
      inOrder(definition, [
        'Activity',
        'Personal data',
        'Retention period',
        'Starts from',
        'Justification',
        'Disposal',
        'Policy document',
      ]),
    ).toBe(true);
    for (const activity of example.activities) {
      expect(text).toContain(activity.name);
      expect(text).toContain(activity.retention.period);
    }
  });

  it('never carries internal notes', () => {
    const register = smallRegister({
      activities: [validActivity({ internalNotes: 'Ask Sam about the old list' })],
    });
    expect(
      allText(retentionReport(inputFor(register, { includeInternalNotes: true }))),
    ).not.toContain('Ask Sam');
  });

  it('says so when no activity is recorded yet', () => {
    expect(allText(retentionReport(inputFor(emptyRegister())))).toContain(
      'No activities recorded yet.',
    );
  });
});
