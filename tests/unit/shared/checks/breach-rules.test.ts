/** The breach log rules: each fires on a log built to break it and not on the fixed one. */
import { describe, expect, it } from 'vitest';
import { rules, runChecks, type Finding } from '../../../../shared/checks';
import type { Breach } from '../../../../shared/domain/logs';
import { blankBreach } from '../../../../shared/logs/blanks';
import { UK_ADEQUACY_BASELINE } from '../../../../shared/reference/adequacy';
import { NOW, smallRegister } from '../fixtures';

const TODAY = '2026-11-25';

/** Documented, assessed and reported in time: the log as it should be. */
const breach = (overrides: Partial<Breach> = {}): Breach =>
  blankBreach(NOW, {
    id: 'br-1',
    title: 'Email to the wrong list',
    discoveredAt: '2026-11-02T09:00:00.000Z',
    whatHappened: 'A volunteer sent the members list to the newsletter audience.',
    dataAffected: 'Names and email addresses of 120 members.',
    stepsTaken: 'Recalled the email; asked recipients to delete it.',
    risk: 'risk',
    reportedToIco: 'yes',
    icoReportedAt: '2026-11-03T16:00:00.000Z',
    icoReference: 'IC-123456-A1B2',
    individualsTold: 'no',
    individualsNotToldReason: 'Not a high risk.',
    ...overrides,
  });

const findings = (breaches: Breach[], today = TODAY): Finding[] =>
  runChecks({
    register: smallRegister({ breaches }),
    today,
    adequacy: UK_ADEQUACY_BASELINE,
  }).filter((finding) => finding.ruleId.startsWith('breaches.'));
const ids = (breaches: Breach[], today = TODAY) =>
  findings(breaches, today).map((finding) => finding.ruleId);

const pending = { reportedToIco: 'pending', icoReportedAt: null } as const;

const cases: { rule: string; broken: Breach; fixed: Breach; field: string }[] = [
  {
    rule: 'breaches.report-overdue',
    broken: breach({ ...pending, discoveredAt: '2026-11-21T10:00:00.000Z' }),
    fixed: breach({
      discoveredAt: '2026-11-21T10:00:00.000Z',
      icoReportedAt: '2026-11-22T10:00:00.000Z',
    }),
    field: 'reportedToIco',
  },
  {
    rule: 'breaches.report-decision-due',
    broken: breach({ ...pending, discoveredAt: '2026-11-24T10:00:00.000Z' }),
    fixed: breach({
      discoveredAt: '2026-11-24T10:00:00.000Z',
      icoReportedAt: '2026-11-24T15:00:00.000Z',
    }),
    field: 'reportedToIco',
  },
  {
    rule: 'breaches.not-reported-despite-risk',
    broken: breach({ reportedToIco: 'no', icoReportedAt: null, notReportedReason: 'Small.' }),
    fixed: breach({
      risk: 'unlikely',
      reportedToIco: 'no',
      icoReportedAt: null,
      notReportedReason: 'Small.',
    }),
    field: 'reportedToIco',
  },
  {
    rule: 'breaches.individuals-not-told',
    broken: breach({ risk: 'high', individualsTold: 'pending', individualsNotToldReason: '' }),
    fixed: breach({ risk: 'high', individualsTold: 'yes', individualsToldOn: '2026-11-03' }),
    field: 'individualsTold',
  },
  {
    rule: 'breaches.individuals-not-told',
    broken: breach({ risk: 'high', individualsTold: 'no', individualsNotToldReason: '  ' }),
    fixed: breach({
      risk: 'high',
      individualsTold: 'no',
      individualsNotToldReason: 'The data was encrypted and the key is safe (Art 34(3)(a)).',
    }),
    field: 'individualsNotToldReason',
  },
  {
    rule: 'breaches.delay-reasons-missing',
    broken: breach({ icoReportedAt: '2026-11-06T09:00:00.000Z' }),
    fixed: breach({
      icoReportedAt: '2026-11-06T09:00:00.000Z',
      delayReasons: 'The extent only became clear after the supplier’s investigation.',
    }),
    field: 'delayReasons',
  },
  {
    rule: 'breaches.not-reported-reason-missing',
    broken: breach({ risk: 'unlikely', reportedToIco: 'no', icoReportedAt: null }),
    fixed: breach({
      risk: 'unlikely',
      reportedToIco: 'no',
      icoReportedAt: null,
      notReportedReason: 'Sent to one trusted partner who confirmed deletion.',
    }),
    field: 'notReportedReason',
  },
  {
    rule: 'breaches.not-reported-reason-missing',
    broken: breach({ risk: 'unlikely', ...pending }),
    fixed: breach({ risk: 'unlikely', ...pending, notReportedReason: 'Encrypted laptop.' }),
    field: 'notReportedReason',
  },
  {
    rule: 'breaches.risk-not-assessed',
    broken: breach({ risk: 'not-assessed' }),
    fixed: breach({ risk: 'risk' }),
    field: 'risk',
  },
  {
    rule: 'breaches.report-time-missing',
    broken: breach({ icoReportedAt: null }),
    fixed: breach(),
    field: 'icoReportedAt',
  },
  {
    rule: 'breaches.details-missing',
    broken: breach({ dataAffected: '', stepsTaken: '' }),
    fixed: breach({ dataAffected: '', stepsTaken: '', status: 'closed', closedOn: '2026-11-20' }),
    field: 'dataAffected',
  },
];

describe('breach rules', () => {
  it.each(cases)('$rule fires on the broken log ($field) and not on the fixed one', (c) => {
    const found = findings([c.broken]).filter((finding) => finding.ruleId === c.rule);
    expect(found.map((finding) => finding.field)).toEqual([c.field]);
    expect(found[0]?.record).toEqual({ kind: 'breach', id: 'br-1', name: c.broken.title });
    expect(ids([c.fixed])).not.toContain(c.rule);
  });

  it('every breach rule has a case here', () => {
    const tested = new Set(cases.map((c) => c.rule));
    const breachRuleIds = rules.map((rule) => rule.id).filter((id) => id.startsWith('breaches.'));
    expect(breachRuleIds.filter((id) => !tested.has(id))).toEqual([]);
  });

  it('a well-kept log has no findings', () => {
    expect(findings([breach()])).toEqual([]);
  });

  it('the 72 hours are read at the start of the day on a UK clock', () => {
    // Aware at 10:00 GMT on 22 November: the deadline is 10:00 on 25 November.
    const undecided = breach({ ...pending, discoveredAt: '2026-11-22T10:00:00.000Z' });
    expect(ids([undecided], '2026-11-25')).toContain('breaches.report-decision-due');
    expect(ids([undecided], '2026-11-26')).toContain('breaches.report-overdue');
    expect(ids([undecided], '2026-11-26')).not.toContain('breaches.report-decision-due');
  });

  it('an overdue decision names the breach and the deadline on a UK clock', () => {
    const found = findings([breach({ ...pending, discoveredAt: '2026-07-10T08:30:00.000Z' })]);
    expect(found.find((finding) => finding.ruleId === 'breaches.report-overdue')).toMatchObject({
      severity: 'high',
      message:
        'The breach “Email to the wrong list” has had no decision on reporting it to the ICO, and its 72 hours ended at 09:30 BST on Monday 13 July 2026: report it now with the reasons for the delay, or record why it is unlikely to result in a risk to people.',
    });
  });

  it('lists every missing fact of an open breach in one finding', () => {
    const found = findings([breach({ whatHappened: '', dataAffected: '', stepsTaken: '' })]);
    expect(found.find((finding) => finding.ruleId === 'breaches.details-missing')).toMatchObject({
      field: 'whatHappened',
      message:
        'The log of the breach “Email to the wrong list” does not yet record what happened, the personal data affected and the steps taken.',
    });
  });
});
