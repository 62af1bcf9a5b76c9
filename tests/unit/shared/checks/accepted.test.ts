import { describe, expect, it } from 'vitest';
import { findingKey, partitionFindings } from '../../../../shared/checks/accepted';
import type { Finding } from '../../../../shared/checks';
import type { AcceptedRisk } from '../../../../shared/domain';
import { NOW } from '../fixtures';

const finding = (overrides: Partial<Finding> = {}): Finding => ({
  ruleId: 'art30.purposes-missing',
  severity: 'medium',
  basis: 'UK GDPR Art 30(1)(b)',
  message: '“Payroll” does not say why the data is processed.',
  record: { kind: 'activity', id: 'act-pay', name: 'Payroll' },
  field: 'purposes',
  ...overrides,
});

const risk = (overrides: Partial<AcceptedRisk> = {}): AcceptedRisk => ({
  id: 'risk-1',
  ruleId: 'art30.purposes-missing',
  recordKind: 'activity',
  recordId: 'act-pay',
  field: 'purposes',
  message: '“Payroll” does not say why the data is processed.',
  reason: 'Being rewritten with HR this quarter.',
  acceptedBy: 'Sam Patel',
  acceptedOn: '2026-11-01',
  expiresOn: '2027-05-01',
  createdAt: NOW,
  updatedAt: NOW,
  ...overrides,
});

describe('findingKey', () => {
  it('tells findings apart by rule, record and field, not by wording', () => {
    const base = findingKey(finding());
    expect(findingKey(finding({ message: 'Reworded', severity: 'high' }))).toBe(base);
    expect(findingKey(finding({ ruleId: 'art30.data-subjects-missing' }))).not.toBe(base);
    expect(
      findingKey(finding({ record: { kind: 'activity', id: 'act-2', name: 'Payroll' } })),
    ).not.toBe(base);
    expect(
      findingKey(finding({ record: { kind: 'thirdParty', id: 'act-pay', name: 'Payroll' } })),
    ).not.toBe(base);
    expect(findingKey(finding({ field: 'dataSubjects' }))).not.toBe(base);
    expect(findingKey(finding({ field: null }))).not.toBe(base);
  });
});

describe('partitionFindings', () => {
  it('holds an accepted finding out of the open ones, with its acceptance', () => {
    const other = finding({ ruleId: 'art30.security-missing', field: 'securityMeasures' });
    const accepted = risk();
    const result = partitionFindings([finding(), other], [accepted], '2026-11-25');
    expect(result.open).toEqual([other]);
    expect(result.accepted).toEqual([{ finding: finding(), risk: accepted }]);
    expect(result.expired).toEqual([]);
  });

  it('counts the finding again from the expiry day, and lists the expired acceptance', () => {
    const accepted = risk({ expiresOn: '2026-11-25' });
    expect(partitionFindings([finding()], [accepted], '2026-11-24').open).toEqual([]);
    const onExpiry = partitionFindings([finding()], [accepted], '2026-11-25');
    expect(onExpiry.open).toEqual([finding()]);
    expect(onExpiry.accepted).toEqual([]);
    expect(onExpiry.expired).toEqual([accepted]);
  });

  it('does not hold a finding on another record or field', () => {
    const result = partitionFindings(
      [
        finding({ field: 'dataSubjects' }),
        finding({ record: { kind: 'activity', id: 'x', name: 'X' } }),
      ],
      [risk()],
      '2026-11-25',
    );
    expect(result.open).toHaveLength(2);
    expect(result.accepted).toEqual([]);
  });

  it('matches acceptances of findings about the whole record (no field)', () => {
    const whole = finding({
      ruleId: 'notices.out-of-date',
      field: null,
      record: { kind: 'notice', id: 'all', name: 'Notice' },
    });
    const accepted = risk({
      ruleId: 'notices.out-of-date',
      recordKind: 'notice',
      recordId: 'all',
      field: null,
    });
    expect(partitionFindings([whole], [accepted], '2026-11-25').accepted).toHaveLength(1);
  });

  it('uses the longest-lasting of two acceptances of one finding', () => {
    const short = risk({ id: 'r-short', expiresOn: '2027-01-01' });
    const long = risk({ id: 'r-long', expiresOn: '2027-06-01' });
    const result = partitionFindings([finding()], [short, long], '2026-11-25');
    expect(result.accepted[0]?.risk.id).toBe('r-long');
  });

  it('keeps an acceptance whose finding has gone neither open nor expired', () => {
    const result = partitionFindings([], [risk()], '2026-11-25');
    expect(result).toEqual({ open: [], accepted: [], expired: [] });
  });
});
