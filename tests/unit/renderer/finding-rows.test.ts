import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../shared/checks';
import type { AcceptedRisk } from '../../../shared/domain';
import {
  filtersFromQuery,
  findingRows,
  noFilters,
  queryFromFilters,
  selectFindingRows,
} from '../../../renderer/features/findings/finding-rows';

const finding = (ruleId: string, severity: Finding['severity'], name: string): Finding => ({
  ruleId,
  severity,
  basis: 'UK GDPR',
  message: `${name}: ${ruleId}`,
  record: { kind: ruleId.startsWith('processors') ? 'thirdParty' : 'activity', id: name, name },
  field: null,
});

const high = finding('processors.contract-missing', 'high', 'Mail Co');
const medium = finding('art30.purposes-missing', 'medium', 'Payroll');
const low = finding('reviews.activity-overdue', 'low', 'Newsletter');
const risk: AcceptedRisk = {
  id: 'r1',
  ruleId: low.ruleId,
  recordKind: 'activity',
  recordId: 'Newsletter',
  field: null,
  message: low.message,
  reason: 'Reviewed with the trustees',
  acceptedBy: 'Sam',
  acceptedOn: '2026-11-01',
  expiresOn: '2027-05-01',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
};
const rows = findingRows({ open: [high, medium], accepted: [{ finding: low, risk }], expired: [] });
const sort = { column: 'severity', direction: 'asc' } as const;

describe('findings list filters', () => {
  it('reads the dashboard’s links and ignores what it does not know', () => {
    expect(filtersFromQuery('?severity=high&area=7&accepted=1')).toEqual({
      ...noFilters,
      severity: 'high',
      area: 7,
      accepted: true,
    });
    expect(filtersFromQuery('?severity=urgent&area=11&kind=person')).toEqual(noFilters);
    const filters = { ...noFilters, kind: 'thirdParty' as const, search: ' mail ', rule: 'x.y' };
    expect(filtersFromQuery(queryFromFilters(filters))).toEqual({ ...filters, search: 'mail' });
    expect(queryFromFilters(noFilters)).toBe('');
  });

  it('hides accepted risks unless asked, and filters by severity, area, kind, rule and words', () => {
    const keys = (f: Partial<typeof noFilters>) =>
      selectFindingRows(rows, { ...noFilters, ...f }, sort).map((r) => r.finding.record.name);
    expect(keys({})).toEqual(['Mail Co', 'Payroll']);
    expect(keys({ accepted: true })).toEqual(['Mail Co', 'Payroll', 'Newsletter']);
    expect(keys({ severity: 'medium' })).toEqual(['Payroll']);
    expect(keys({ area: 7 })).toEqual(['Mail Co']);
    expect(keys({ kind: 'activity', accepted: true })).toEqual(['Payroll', 'Newsletter']);
    expect(keys({ rule: 'art30.purposes-missing' })).toEqual(['Payroll']);
    expect(keys({ search: 'TRUSTEES', accepted: true })).toEqual(['Newsletter']);
    expect(keys({ search: 'contracts payroll' })).toEqual([]);
  });

  it('sorts by a column both ways', () => {
    const bySeverity = (direction: 'asc' | 'desc') =>
      selectFindingRows(rows, { ...noFilters, accepted: true }, { column: 'severity', direction });
    expect(bySeverity('desc').map((r) => r.finding.severity)).toEqual(['low', 'medium', 'high']);
  });
});
