import { describe, expect, it } from 'vitest';
import {
  accountabilityScores,
  categoriesOf,
  percentOf,
  type CategoryId,
} from '../../../../shared/checks/accountability';
import { runChecks, type Finding } from '../../../../shared/checks';
import { blankTransfer, type Register } from '../../../../shared/domain';
import { UK_ADEQUACY_BASELINE } from '../../../../shared/reference/adequacy';
import { NOW, smallRegister, validActivity, validOrganisation, validThirdParty } from '../fixtures';

const TODAY = '2026-11-25';

/** An activity no rule finds fault with. */
const sound = (id: string, name = id) =>
  validActivity({
    id,
    name,
    status: 'active',
    purposes: ['Pay staff'],
    dataSubjects: ['Staff'],
    personalData: ['Name', 'Bank details'],
    recipientCategories: ['HMRC'],
    lawfulBasis: 'legal-obligation',
    securityMeasures: 'Two-factor sign-in',
    retention: { ...validActivity().retention, period: '6 years after leaving' },
    nextReview: '2027-06-01',
  });

const scores = (register: Register) => {
  const findings = runChecks({ register, today: TODAY, adequacy: UK_ADEQUACY_BASELINE });
  const all = accountabilityScores(register, findings);
  const byId = (id: CategoryId) => {
    const score = all.find((candidate) => candidate.category.id === id);
    if (!score) throw new Error(`no score for category ${id}`);
    return score;
  };
  return { findings, byId };
};

describe('categoriesOf', () => {
  const f = (ruleId: string, kind: Finding['record']['kind'] = 'activity') => ({
    ruleId,
    record: { kind, id: 'x', name: 'X' },
  });
  it('places rules by prefix, with named exceptions and the record kind as fallback', () => {
    expect(categoriesOf(f('art30.purposes-missing'))).toEqual([6]);
    expect(categoriesOf(f('art30.retention-missing'))).toEqual([9]);
    expect(categoriesOf(f('retention.indefinite'))).toEqual([9]);
    expect(categoriesOf(f('processors.contract-missing', 'thirdParty'))).toEqual([7]);
    expect(categoriesOf(f('dpia.required-not-done'))).toEqual([8]);
    expect(categoriesOf(f('notices.out-of-date', 'notice'))).toEqual([5]);
    expect(categoriesOf(f('organisation.complaints-process-missing', 'organisation'))).toEqual([
      1, 4,
    ]);
    expect(categoriesOf(f('reviews.lia-overdue', 'lia'))).toEqual([8]);
    expect(categoriesOf(f('breaches.not-reported', 'breach'))).toEqual([10]);
    expect(categoriesOf(f('something-new.rule', 'rightsRequest'))).toEqual([4]);
  });
});

describe('percentOf', () => {
  it('rounds, but never to 100 with a gap nor to 0 with something done', () => {
    expect(percentOf(14, 17)).toBe(82);
    expect(percentOf(999, 1000)).toBe(99);
    expect(percentOf(1, 1000)).toBe(1);
    expect(percentOf(0, 3)).toBe(0);
    expect(percentOf(3, 3)).toBe(100);
  });
});

describe('accountabilityScores', () => {
  it('scores records of processing as the share of active activities with no open finding', () => {
    const register = smallRegister({
      activities: [
        sound('a1'),
        sound('a2'),
        { ...sound('a3', 'Newsletter'), purposes: [], dataSubjects: [] },
        { ...sound('a4', 'Old'), status: 'retired', purposes: [] },
      ],
    });
    const { byId } = scores(register);
    const score = byId(6);
    expect(score.total).toBe(3);
    expect(score.clear).toBe(2);
    expect(score.percent).toBe(67);
    expect(score.explanation).toBe('2 of 3 activities have no open finding in this area: 67%.');
    // One record with two findings counts once, and both findings are shown behind the score.
    expect(score.findings.map((f) => f.ruleId).sort()).toEqual([
      'art30.data-subjects-missing',
      'art30.purposes-missing',
    ]);
    expect(score.bySeverity).toEqual({ high: 0, medium: 2, low: 0 });
    // The same activity is sound on retention and security.
    expect(byId(9).percent).toBe(100);
  });

  it('leaves accepted findings out: only the open findings given count', () => {
    const register = smallRegister({ activities: [{ ...sound('a1'), purposes: [] }] });
    const { findings } = scores(register);
    const open = findings.filter((f) => f.ruleId !== 'art30.purposes-missing');
    expect(accountabilityScores(register, findings)[5]?.percent).toBe(0);
    expect(accountabilityScores(register, open)[5]?.percent).toBe(100);
  });

  it('says training is not measured rather than scoring it', () => {
    const score = scores(smallRegister()).byId(3);
    expect(score.percent).toBeNull();
    expect(score.explanation).toMatch(/^Not measured: Ropa Desk does not record training/);
  });

  it('says when there is nothing to score, e.g. no breaches logged', () => {
    const score = scores(smallRegister()).byId(10);
    expect(score.percent).toBeNull();
    expect(score.explanation).toMatch(/no breaches are logged/);
  });

  it('counts third parties and transfers together for contracts and data sharing', () => {
    const register = smallRegister({
      activities: [sound('a1')],
      thirdParties: [
        validThirdParty({ id: 'tp-1', name: 'Payroll bureau', kind: 'processor' }),
        validThirdParty({ id: 'tp-2', name: 'HMRC', kind: 'public-authority' }),
      ],
      transfers: [
        blankTransfer(NOW, {
          id: 'tr-1',
          thirdPartyId: 'tp-2',
          destinations: ['FR'],
          mechanism: 'adequacy',
          reviewDate: '2027-06-01',
        }),
      ],
    });
    const score = scores(register).byId(7);
    expect(score.counted).toBe('2 third parties and 1 transfer');
    expect(score.total).toBe(3);
    // The processor has no contract: its findings make it the one record that falls short.
    expect(score.findings.every((f) => f.record.id === 'tp-1')).toBe(true);
    expect(score.clear).toBe(2);
    expect(score.explanation).toBe('2 of 3 records have no open finding in this area: 67%.');
  });

  it('scores leadership over the organisation’s duties, and a missing complaints process in rights too', () => {
    const org = validOrganisation({
      audiences: [{ id: 'aud-1', name: 'Customers', description: '' }],
    });
    const register = smallRegister({
      organisation: { ...org, complaints: { ...org.complaints, process: '' } },
      activities: [sound('a1')],
    });
    const { byId } = scores(register);
    expect(byId(1).explanation).toBe('2 of 3 duties are met with no open finding: 67%.');
    expect(byId(1).counted).toBe('the ICO fee, the decision on a DPO and the complaints process');
    expect(byId(4).percent).toBe(0);
    expect(byId(4).explanation).toBe('0 of 1 duty is met with no open finding: 0%.');
  });

  it('counts an unpublished notice as a shortfall of transparency', () => {
    const score = scores(smallRegister({ activities: [sound('a1')] })).byId(5);
    expect(score.total).toBe(1);
    expect(score.percent).toBe(0);
    expect(score.problems).toEqual(['Privacy notice for Customers is not published yet.']);
  });

  it('counts LIAs and activities screened as needing a DPIA for risks and assessments', () => {
    const register = smallRegister({
      activities: [
        sound('a1'),
        {
          ...sound('a2', 'Profiling'),
          dpia: { ...sound('a2').dpia, screening: 'required', status: 'in-progress' },
        },
      ],
    });
    const score = scores(register).byId(8);
    expect(score.counted).toBe('1 activity');
    expect(score.percent).toBe(0);
    expect(score.findings.map((f) => f.ruleId)).toEqual(['dpia.required-not-done']);
  });
});
