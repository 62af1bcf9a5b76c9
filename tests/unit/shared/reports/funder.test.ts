import { describe, expect, it } from 'vitest';
import type { Content } from 'pdfmake/interfaces';
import type { RightsRequest } from '../../../../shared/domain/logs';
import { exampleRegister } from '../../../../shared/example/konnect';
import {
  funderChoices,
  reportBuilders,
  ReportSubjectError,
  type ReportSubject,
} from '../../../../shared/reports';
import type { PortablePdfDefinition } from '../../../../shared/notice/render/portablePdf';
import { NOW, smallRegister, validActivity, validThirdParty } from '../fixtures';
import { allText, inputFor, textsOf } from './text';

const funder = validThirdParty({ id: 'tp-fund', name: 'Lottery Fund', type: 'funder' });
const otherFunder = validThirdParty({ id: 'tp-other', name: 'City Trust', type: 'funder' });
const mailCo = validThirdParty({
  kind: 'processor',
  contract: {
    status: 'in-place',
    reference: '',
    signedOn: '2025-01-10',
    expiresOn: null,
    document: '',
  },
});

const register = smallRegister({
  thirdParties: [funder, otherFunder, mailCo],
  activities: [
    validActivity({
      id: 'act-youth',
      name: 'Youth mentoring',
      funderIds: ['tp-fund'],
      programmes: ['Bright Futures'],
      dataSubjects: ['Young people on the programme'],
      personalData: ['Name', 'School'],
      specialCategories: ['health'],
      art9Condition: 'h',
      lawfulBasis: 'legitimate-interests',
      recipientIds: ['tp-1', 'tp-fund'],
      retention: {
        period: '6 years',
        trigger: 'The end of the grant',
        justification: 'Lottery Fund grant condition 14 stipulates six years after the grant ends.',
        disposal: 'Deleted',
        policyDocument: '',
        followsPolicy: true,
        notFollowingReason: '',
      },
      securityMeasures: 'Encrypted laptops',
      internalNotes: 'Ask the fund about anonymised reporting',
    }),
    validActivity({
      id: 'act-elders',
      name: 'Befriending older people',
      funderIds: ['tp-fund'],
      programmes: ['Good Neighbours'],
      lawfulBasis: 'consent',
    }),
    validActivity({ id: 'act-payroll', name: 'Payroll', funderIds: [], lawfulBasis: 'contract' }),
    validActivity({ id: 'act-trust', name: 'Trust reporting', funderIds: ['tp-other'] }),
  ],
});

const build = (subject: ReportSubject, options = {}): PortablePdfDefinition =>
  reportBuilders.funder(inputFor(register, options), subject);

const headingsOf = (definition: PortablePdfDefinition): string[] =>
  (definition.content as { style?: string; text?: string }[])
    .filter((node) => node.style === 'heading')
    .map((node) => node.text ?? '');

describe('the funder assurance pack', () => {
  it('covers the organisation, the funded processing, rights and a statement, in order', () => {
    const definition = build({ funderId: 'tp-fund' });
    expect(definition.info?.title).toBe('Data protection assurance for Lottery Fund');
    expect(headingsOf(definition)).toEqual([
      'The organisation',
      'The processing for this work',
      'What we collect about participants',
      'Lawful bases',
      'How long we keep it',
      'Who else receives the data',
      'Transfers outside the UK',
      'How the data is protected',
      'People’s rights',
    ]);
    const text = allText(definition);
    expect(text).toContain('ICO registration number');
    expect(text).toContain('Young people on the programme');
    expect(text).toContain('Health');
    expect(text).toContain('Article 9: 9(2)(h)');
    expect(text).toContain('Legitimate interests — Art 6(1)(f)');
    expect(text).toContain(
      'Lottery Fund grant condition 14 stipulates six years after the grant ends.',
    );
    expect(text).toContain('Encrypted laptops');
    expect(text).toContain('To data portability');
  });

  it('shows the funder’s activities and only those', () => {
    const text = allText(build({ funderId: 'tp-fund' }));
    expect(text).toContain('Youth mentoring');
    expect(text).toContain('Befriending older people');
    expect(text).not.toContain('Payroll');
    expect(text).not.toContain('Trust reporting');
  });

  it('narrows to one programme, whatever its case', () => {
    const definition = build({ funderId: 'tp-fund', programme: 'bright futures' });
    const text = allText(definition);
    expect(text).toContain('Programme: Bright Futures');
    expect(text).toContain('Youth mentoring');
    expect(text).not.toContain('Befriending older people');
  });

  it('lists the other recipients with their contract status, not the funder itself', () => {
    const texts = textsOf(build({ funderId: 'tp-fund' }));
    const start = texts.indexOf('Who else receives the data');
    const end = texts.indexOf('Transfers outside the UK');
    const section = texts.slice(start, end);
    expect(section).toContain('Mail Co');
    expect(section).toContain('In place\nSigned 10 January 2025');
    expect(section).not.toContain('Lottery Fund');
  });

  it('puts the signed statement alone on the last page', () => {
    const definition = build({ funderId: 'tp-fund' });
    const content = definition.content as Content[];
    const last = content.at(-1) ?? '';
    expect((last as { stack: object[] }).stack[0]).toMatchObject({
      text: 'Statement of accuracy',
      pageBreak: 'before',
    });
    const statement = textsOf({ ...definition, content: [last] });
    expect(statement.join('\n')).toContain(
      'the information in this pack is accurate and complete as of 25 November 2026',
    );
    for (const line of ['Name', 'Role', 'Signature', 'Date']) expect(statement).toContain(line);
    // A bottom margin that does not fit would push the statement a page further, leaving a blank.
    expect((content.at(-2) as { margin?: number[] }).margin?.[3]).toBe(0);
  });

  it('says plainly when no activity is linked to the funder', () => {
    const lonely = smallRegister({
      thirdParties: [validThirdParty({ id: 'tp-new', name: 'New Fund', type: 'funder' })],
    });
    const definition = reportBuilders.funder(inputFor(lonely), { funderId: 'tp-new' });
    const text = allText(definition);
    expect(text).toContain('No processing activity in the register is linked to New Fund');
    expect(headingsOf(definition)).not.toContain('Lawful bases');
    expect(headingsOf(definition)).not.toContain('How long we keep it');
    expect(text).toContain('Statement of accuracy');
  });

  it('leaves internal notes out unless asked, and marks a confidential pack', () => {
    const plain = build({ funderId: 'tp-fund' });
    expect(allText(plain)).not.toContain('Ask the fund about anonymised reporting');
    expect(allText(plain)).not.toContain('CONFIDENTIAL');
    const full = build({ funderId: 'tp-fund' }, { includeInternalNotes: true, confidential: true });
    expect(allText(full)).toContain('Ask the fund about anonymised reporting');
    expect(textsOf(full)[0]).toBe('CONFIDENTIAL');
    expect(full.runningHeader?.text).toMatch(/^CONFIDENTIAL/);
  });

  it('counts the rights requests of the last 12 months and how they were met', () => {
    const request = (
      id: string,
      receivedOn: string,
      respondedOn: string | null,
    ): RightsRequest => ({
      id,
      requester: 'A person',
      kind: 'access',
      receivedOn,
      channel: '',
      details: '',
      identityChecked: true,
      pauses: [],
      extended: false,
      extensionReason: '',
      searches: [],
      status: respondedOn === null ? 'open' : 'completed',
      respondedOn,
      outcome: '',
      activityIds: [],
      internalNotes: '',
      createdAt: NOW,
      updatedAt: NOW,
    });
    const withRequests = {
      ...register,
      rightsRequests: [
        request('r1', '2026-03-01', '2026-03-20'),
        request('r2', '2026-04-01', '2026-06-01'),
        request('r3', '2026-11-20', null),
        request('r4', '2025-01-01', '2025-01-05'),
      ],
    };
    const text = allText(reportBuilders.funder(inputFor(withRequests), { funderId: 'tp-fund' }));
    expect(text).toContain(
      '3 rights requests were received in the 12 months to 25 November 2026: 1 answered or closed on time, 1 answered late, 1 still open within the time allowed.',
    );
  });

  it.each([
    [{}, 'choose the funder the pack is for'],
    [{ funderId: 'tp-nope' }, 'there is no third party with the id “tp-nope”'],
    [{ funderId: 'tp-1' }, '“Mail Co” is not a funder'],
    [
      { funderId: 'tp-fund', programme: 'Winter' },
      'no activity funded by Lottery Fund names the programme “Winter”: its programmes are Bright Futures, Good Neighbours',
    ],
  ])('refuses the subject %j', (subject, message) => {
    expect(() => build(subject)).toThrow(ReportSubjectError);
    expect(() => build(subject)).toThrow(message);
  });
});

describe('funderChoices', () => {
  it('lists the funders by name with the programmes on their activities', () => {
    expect(funderChoices(register)).toEqual([
      { id: 'tp-other', name: 'City Trust', programmes: [] },
      { id: 'tp-fund', name: 'Lottery Fund', programmes: ['Bright Futures', 'Good Neighbours'] },
    ]);
  });

  it('finds the example’s funder', () => {
    expect(funderChoices(exampleRegister(NOW)).map((c) => c.name)).toEqual([
      'Funders of our programmes',
    ]);
  });
});
