/** Every rule fires on a register built to break it and stays silent on the fixed one. */
import { describe, expect, it } from 'vitest';
import { rules, runChecks, summarise } from '../../../../shared/checks';
import type { CheckContext } from '../../../../shared/checks';
import type { Activity } from '../../../../shared/domain/activity';
import type { Register } from '../../../../shared/domain/register';
import type { ThirdParty } from '../../../../shared/domain/third-party';
import { blankLia, blankTra, blankTransfer } from '../../../../shared/domain/factories';
import { exampleRegister } from '../../../../shared/example/konnect';
import { exampleRegisterWithNotices } from '../../../../shared/example/konnect-notice';
import { noticeFacts } from '../../../../shared/notice/facts';
import { article28ItemIds } from '../../../../shared/processors/article28';
import { UK_ADEQUACY_BASELINE } from '../../../../shared/reference/adequacy';
import { smallRegister, validActivity, validOrganisation, validThirdParty } from '../fixtures';

const TODAY = '2026-11-25';
const TODAY_STAMP = '2026-11-25T09:00:00.000Z';
const allYes = Object.fromEntries(article28ItemIds.map((id) => [id, 'yes' as const]));

/** An active activity with everything the rules look for. */
const good = (overrides: Partial<Activity> = {}): Activity =>
  validActivity({
    status: 'active',
    purposes: ['Send the newsletter'],
    dataSubjects: ['Subscribers'],
    personalData: ['Name', 'Email address'],
    recipientIds: ['tp-1'],
    lawfulBasis: 'contract',
    securityMeasures: 'Two-factor sign-in',
    retention: { ...validActivity().retention, period: '2 years' },
    ...overrides,
  });

const goodProcessor = (overrides: Partial<ThirdParty> = {}): ThirdParty =>
  validThirdParty({
    contract: { status: 'in-place', reference: '', signedOn: null, expiresOn: null, document: '' },
    article28: allYes,
    ...overrides,
  });

const register = (overrides: Partial<Register> = {}): Register =>
  smallRegister({ activities: [good()], thirdParties: [goodProcessor()], ...overrides });

const context = (reg: Register, today = TODAY): CheckContext => ({
  register: reg,
  today,
  adequacy: UK_ADEQUACY_BASELINE,
});

const ruleIds = (reg: Register, today = TODAY): string[] =>
  runChecks(context(reg, today)).map((f) => f.ruleId);

interface Case {
  rule: string;
  broken: Register;
  fixed: Register;
  today?: string;
}

const withActivity = (overrides: Partial<Activity>) => register({ activities: [good(overrides)] });
const withParty = (overrides: Partial<ThirdParty>) =>
  register({ thirdParties: [goodProcessor(overrides)] });
const usTransfer = (overrides: Parameters<typeof blankTransfer>[1]) =>
  register({
    thirdParties: [goodProcessor({ countries: ['US'] })],
    transfers: [blankTransfer('2026-01-01T00:00:00.000Z', { id: 'tr-1', ...overrides })],
  });
/** A transfer with a TRA whose own recorded review set its next date. */
const traReviewed = (nextReview: string) => ({
  ...usTransfer({ thirdPartyId: 'tp-1', destinations: ['FR'], reviewDate: '2027-06-01' }),
  tras: [blankTra('2026-01-01T00:00:00.000Z', { id: 'tra-1', transferId: 'tr-1' })],
  reviews: [
    {
      id: 'rev-1',
      recordKind: 'tra' as const,
      recordId: 'tra-1',
      reviewedOn: '2026-01-01',
      reviewedBy: 'Sam Patel',
      notes: '',
      nextReview,
      createdAt: '2026-01-01T00:00:00.000Z',
    },
  ],
});
const liaWith = (answers: Record<string, string | boolean | null>, status: 'draft' | 'completed') =>
  blankLia('2026-01-01T00:00:00.000Z', {
    id: 'lia-1',
    title: 'Newsletter LIA',
    activityIds: ['act-1'],
    answers,
    status,
  });
/** Every answer of a real, completed assessment: the example's LIA for enquiries. */
const fullAnswers =
  exampleRegister(TODAY_STAMP).lias.find((l) => l.id === 'lia-enquiries')?.answers ?? {};
const org = (overrides: Parameters<typeof validOrganisation>[0]) =>
  register({ organisation: validOrganisation(overrides) });

const cases: Case[] = [
  { rule: 'art30.controller-missing', broken: register({ organisation: null }), fixed: register() },
  { rule: 'art30.purposes-missing', broken: withActivity({ purposes: [] }), fixed: register() },
  {
    rule: 'art30.data-subjects-missing',
    broken: withActivity({ dataSubjects: [] }),
    fixed: register(),
  },
  {
    rule: 'art30.personal-data-missing',
    broken: withActivity({ personalData: [] }),
    fixed: register(),
  },
  {
    rule: 'art30.recipients-missing',
    broken: withActivity({ recipientIds: [] }),
    fixed: withActivity({ recipientIds: [], recipientCategories: ['No one outside the company'] }),
  },
  {
    rule: 'art30.retention-missing',
    broken: withActivity({ retention: { ...good().retention, period: ' ' } }),
    fixed: register(),
  },
  {
    rule: 'art30.security-missing',
    broken: withActivity({ securityMeasures: '' }),
    fixed: register(),
  },
  {
    rule: 'retention.indefinite',
    broken: withActivity({ retention: { ...good().retention, period: 'Kept indefinitely' } }),
    fixed: withActivity({
      retention: { ...good().retention, period: 'Permanence review after 6 years' },
    }),
  },
  { rule: 'lawful-basis.missing', broken: withActivity({ lawfulBasis: null }), fixed: register() },
  {
    rule: 'lawful-basis.lia-missing',
    broken: register({
      activities: [good({ lawfulBasis: 'legitimate-interests' })],
      lias: [liaWith({}, 'draft')],
    }),
    fixed: register({
      activities: [good({ lawfulBasis: 'legitimate-interests' })],
      lias: [liaWith({}, 'completed')],
    }),
  },
  {
    rule: 'lawful-basis.lia-cannot-rely',
    broken: register({
      activities: [good({ lawfulBasis: 'legitimate-interests' })],
      lias: [liaWith({ ...fullAnswers, 'decision.can-rely': false }, 'completed')],
    }),
    fixed: register({
      activities: [good({ lawfulBasis: 'legitimate-interests' })],
      lias: [liaWith(fullAnswers, 'completed')],
    }),
  },
  {
    rule: 'lawful-basis.consent-record-missing',
    broken: withActivity({ lawfulBasis: 'consent' }),
    fixed: withActivity({ lawfulBasis: 'consent', consentRecord: 'Sign-up form log in the CRM' }),
  },
  {
    rule: 'special-category.art9-missing',
    broken: withActivity({ specialCategories: ['health'] }),
    fixed: withActivity({
      specialCategories: ['health'],
      art9Condition: 'a',
      consentRecord: 'Form',
    }),
  },
  {
    rule: 'special-category.schedule1-missing',
    broken: withActivity({
      specialCategories: ['health'],
      art9Condition: 'g',
      schedule1Condition: 'p1-2',
    }),
    fixed: withActivity({
      specialCategories: ['health'],
      art9Condition: 'g',
      schedule1Condition: 'p2-16',
      appropriatePolicyDocument: 'Policies/APD.docx',
    }),
  },
  {
    rule: 'special-category.policy-document-missing',
    broken: withActivity({
      specialCategories: ['health'],
      art9Condition: 'b',
      schedule1Condition: 'p1-1',
    }),
    fixed: withActivity({
      specialCategories: ['health'],
      art9Condition: 'h',
      schedule1Condition: 'p1-2',
    }),
  },
  {
    rule: 'special-category.criminal-authority-missing',
    broken: withActivity({ criminalOffenceData: true }),
    fixed: withActivity({ criminalOffenceData: true, criminalDataAuthority: 'Sch 1 para 6' }),
  },
  {
    rule: 'processors.contract-missing',
    broken: withParty({ contract: { ...goodProcessor().contract, status: 'requested' } }),
    fixed: withParty({
      kind: 'independent-controller',
      contract: { ...goodProcessor().contract, status: 'missing' },
    }),
  },
  {
    rule: 'processors.article28-incomplete',
    broken: withParty({ article28: { ...allYes, [article28ItemIds[0]]: 'unknown' } }),
    fixed: register(),
  },
  {
    rule: 'processors.article28-gaps',
    broken: withParty({ article28: { ...allYes, [article28ItemIds[0]]: 'no' } }),
    fixed: register(),
  },
  {
    rule: 'transfers.record-missing',
    broken: withParty({ countries: ['GB', 'IN'] }),
    fixed: register({
      thirdParties: [goodProcessor({ countries: ['GB', 'IN'] })],
      transfers: [
        blankTransfer('2026-01-01T00:00:00.000Z', {
          thirdPartyId: 'tp-1',
          destinations: ['IN'],
          mechanism: 'idta',
          traStatus: 'completed',
        }),
      ],
    }),
  },
  {
    rule: 'transfers.record-missing-adequate',
    broken: withParty({ countries: ['GB', 'IE'] }),
    fixed: register({
      thirdParties: [goodProcessor({ countries: ['GB', 'IE'] })],
      transfers: [
        blankTransfer('2026-01-01T00:00:00.000Z', {
          thirdPartyId: 'tp-1',
          destinations: ['IE'],
          mechanism: 'adequacy',
          traStatus: 'not-needed',
        }),
      ],
    }),
  },
  {
    rule: 'transfers.mechanism-not-valid',
    broken: usTransfer({ thirdPartyId: 'tp-1', destinations: ['IN'], mechanism: 'legacy-eu-sccs' }),
    fixed: usTransfer({
      thirdPartyId: 'tp-1',
      destinations: ['IN'],
      mechanism: 'idta',
      traStatus: 'completed',
    }),
  },
  {
    rule: 'transfers.needs-safeguard',
    broken: usTransfer({ thirdPartyId: 'tp-1', destinations: ['IN'], mechanism: null }),
    fixed: usTransfer({
      thirdPartyId: 'tp-1',
      destinations: ['IN'],
      mechanism: 'art49-exception',
      art49Exception: 'explicit-consent',
    }),
  },
  {
    rule: 'transfers.needs-tra',
    broken: usTransfer({ thirdPartyId: 'tp-1', destinations: ['IN'], mechanism: 'uk-addendum' }),
    fixed: usTransfer({
      thirdPartyId: 'tp-1',
      destinations: ['IN'],
      mechanism: 'uk-addendum',
      traStatus: 'completed',
    }),
  },
  {
    rule: 'transfers.confirm-certification',
    broken: usTransfer({
      thirdPartyId: 'tp-1',
      destinations: ['US'],
      mechanism: 'uk-us-data-bridge',
    }),
    fixed: usTransfer({
      thirdPartyId: 'tp-1',
      destinations: ['US'],
      mechanism: 'uk-us-data-bridge',
      recipientCertified: true,
    }),
  },
  {
    rule: 'marketing.basis-missing',
    broken: withActivity({
      marketing: { electronic: false, channels: ['email'], basis: null, optOut: '' },
    }),
    fixed: withActivity({
      marketing: { electronic: false, channels: ['post'], basis: null, optOut: '' },
    }),
  },
  {
    rule: 'marketing.soft-opt-in-unrecorded',
    broken: withActivity({
      marketing: {
        electronic: true,
        channels: ['email'],
        basis: 'soft-opt-in-commercial',
        optOut: '',
      },
    }),
    fixed: withActivity({
      marketing: {
        electronic: true,
        channels: ['email'],
        basis: 'soft-opt-in-commercial',
        optOut: 'Tick box at checkout; unsubscribe link in every email',
      },
    }),
  },
  {
    rule: 'marketing.charitable-soft-opt-in-not-available',
    broken: withActivity({
      marketing: {
        electronic: true,
        channels: ['email'],
        basis: 'soft-opt-in-charitable',
        optOut: 'Link',
      },
    }),
    fixed: register({
      organisation: validOrganisation({ legalForm: 'cio', charityNumber: '1234567' }),
      activities: [
        good({
          marketing: {
            electronic: true,
            channels: ['email'],
            basis: 'soft-opt-in-charitable',
            optOut: 'Link',
          },
        }),
      ],
    }),
  },
  {
    rule: 'dpia.required-not-done',
    broken: withActivity({
      dpia: { ...good().dpia, screening: 'required', status: 'in-progress' },
    }),
    fixed: withActivity({ dpia: { ...good().dpia, screening: 'required', status: 'completed' } }),
  },
  {
    rule: 'reviews.activity-overdue',
    broken: withActivity({ nextReview: '2026-11-24' }),
    fixed: withActivity({ nextReview: '2026-11-25' }),
  },
  {
    rule: 'reviews.lia-overdue',
    broken: register({ lias: [liaWith({ 'review.next': '2026-01-01' }, 'draft')] }),
    fixed: register({ lias: [liaWith({ 'review.next': '2027-01-01' }, 'draft')] }),
  },
  {
    rule: 'reviews.third-party-overdue',
    broken: withParty({ reviewDate: '2026-10-01' }),
    fixed: withParty({ reviewDate: '2027-10-01' }),
  },
  {
    rule: 'reviews.transfer-overdue',
    broken: usTransfer({ thirdPartyId: 'tp-1', destinations: ['FR'], reviewDate: '2026-01-01' }),
    fixed: usTransfer({ thirdPartyId: 'tp-1', destinations: ['FR'], reviewDate: '2027-01-01' }),
  },
  {
    rule: 'reviews.tra-overdue',
    broken: traReviewed('2026-11-24'),
    fixed: traReviewed('2026-11-25'),
  },
  {
    rule: 'reviews.contract-expired',
    broken: withParty({ contract: { ...goodProcessor().contract, expiresOn: '2026-11-01' } }),
    fixed: withParty({ contract: { ...goodProcessor().contract, expiresOn: '2027-11-01' } }),
  },
  {
    rule: 'organisation.ico-renewal-overdue',
    broken: org({ icoRenewalDate: '2026-11-24' }),
    fixed: org({ icoRenewalDate: '2026-11-25' }),
  },
  {
    rule: 'organisation.ico-renewal-due',
    broken: org({ icoRenewalDate: '2026-12-25' }),
    fixed: org({ icoRenewalDate: '2026-12-26' }),
  },
  {
    rule: 'organisation.complaints-process-missing',
    broken: org({}),
    fixed: org({
      complaints: {
        process: 'Email us; we reply in 30 days',
        contact: '',
        acknowledgeWithinDays: 30,
      },
    }),
  },
];

describe('each rule', () => {
  it.each(cases)('$rule fires on the broken register and not on the fixed one', (c) => {
    expect(ruleIds(c.broken, c.today)).toContain(c.rule);
    expect(ruleIds(c.fixed, c.today)).not.toContain(c.rule);
  });

  it('the well-kept register has no findings at all', () => {
    expect(
      runChecks(
        context(
          register({
            organisation: validOrganisation({
              complaints: { process: 'Email us', contact: '', acknowledgeWithinDays: 30 },
            }),
          }),
        ),
      ),
    ).toEqual([]);
  });

  it('every rule has a unique id, a basis and a title', () => {
    expect(new Set(rules.map((r) => r.id)).size).toBe(rules.length);
    for (const rule of rules) {
      expect(rule.basis).not.toBe('');
      expect(rule.title).not.toBe('');
    }
  });

  it('every rule except the notice one has a case here (the notice one is tested below)', () => {
    const tested = new Set(cases.map((c) => c.rule));
    // The logs' rules have files of their own: rights-, complaints- and breach-rules.test.ts.
    const ownFile = /^(rights|complaints|breaches)\./;
    const untested = rules.map((r) => r.id).filter((id) => !tested.has(id) && !ownFile.test(id));
    // Both notice rules need a published notice (async to build): see below and review-rules.test.ts.
    expect(untested).toEqual(['notices.out-of-date', 'notices.review-overdue']);
  });

  it('says a published notice is out of date once the register has changed since', async () => {
    // The example's version 1 is the 2021 notice: the register has changed since.
    const withNotices = await exampleRegisterWithNotices(TODAY_STAMP);
    expect(ruleIds(withNotices)).toContain('notices.out-of-date');
    // A version published from the register as it is now says what the register says.
    const options = { audienceId: null, nameProcessors: true, lastUpdated: TODAY };
    const [published] = withNotices.noticeVersions;
    if (!published) throw new Error('The example carries its 2021 notice');
    const current = { ...published, facts: noticeFacts(withNotices, options) };
    expect(ruleIds({ ...withNotices, noticeVersions: [current] })).not.toContain(
      'notices.out-of-date',
    );
  });
});

describe('findings', () => {
  it('name the record and the field to fix', () => {
    const [finding] = runChecks(context(withActivity({ dataSubjects: [] })));
    expect(finding).toEqual({
      ruleId: 'art30.data-subjects-missing',
      severity: 'medium',
      basis: 'UK GDPR Art 30(1)(c)',
      message: '“Newsletter” does not say whose data it processes.',
      record: { kind: 'activity', id: 'act-1', name: 'Newsletter' },
      field: 'dataSubjects',
    });
  });

  it('ignore draft and retired activities', () => {
    expect(ruleIds(withActivity({ status: 'draft', purposes: [], lawfulBasis: null }))).toEqual(
      ruleIds(register()),
    );
  });

  it('are ordered by severity, then by record name', () => {
    const reg = register({
      organisation: validOrganisation({
        complaints: { process: 'Email us', contact: '', acknowledgeWithinDays: 30 },
      }),
      activities: [
        good({ id: 'b', name: 'Beta', purposes: [] }),
        good({ id: 'a', name: 'Alpha', purposes: [], lawfulBasis: null }),
        good({ id: 'c', name: 'Gamma', nextReview: '2020-01-01' }),
      ],
    });
    const found = runChecks(context(reg));
    expect(found.map((f) => `${f.severity} ${f.record.name}`)).toEqual([
      'high Alpha',
      'medium Alpha',
      'medium Beta',
      'low Gamma',
    ]);
    expect(summarise(found)).toEqual({ high: 1, medium: 2, low: 1, total: 4 });
  });

  it('the complaints duty only applies from 19 June 2026', () => {
    expect(ruleIds(org({}), '2026-06-18')).not.toContain('organisation.complaints-process-missing');
    expect(ruleIds(org({}), '2026-06-19')).toContain('organisation.complaints-process-missing');
  });
});
