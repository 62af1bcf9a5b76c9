/** The complaints rules: each fires on a log built to break it and not on the fixed one. */
import { describe, expect, it } from 'vitest';
import { runChecks, type Finding } from '../../../../shared/checks';
import type { Complaint } from '../../../../shared/domain/logs';
import type { Register } from '../../../../shared/domain/register';
import { blankComplaint } from '../../../../shared/logs/blanks';
import { UK_ADEQUACY_BASELINE } from '../../../../shared/reference/adequacy';
import { NOW, smallRegister, validOrganisation } from '../fixtures';

const TODAY = '2026-11-25';

const complaint = (overrides: Partial<Complaint> = {}): Complaint =>
  blankComplaint(NOW, {
    id: 'c-1',
    complainant: 'Jane Doe',
    receivedOn: '2026-11-01',
    ...overrides,
  });

const findings = (complaints: Complaint[], today = TODAY, extra: Partial<Register> = {}) =>
  runChecks({
    register: smallRegister({ complaints, ...extra }),
    today,
    adequacy: UK_ADEQUACY_BASELINE,
  }).filter((finding: Finding) => finding.ruleId.startsWith('complaints.'));
const ids = (complaints: Complaint[], today = TODAY, extra: Partial<Register> = {}) =>
  findings(complaints, today, extra).map((finding) => finding.ruleId);

describe('complaints rules', () => {
  it.each([
    {
      rule: 'complaints.acknowledgement-overdue',
      broken: complaint({ receivedOn: '2026-10-01' }),
      fixed: complaint({ receivedOn: '2026-10-01', acknowledgedOn: '2026-10-05' }),
    },
    {
      rule: 'complaints.response-outstanding',
      broken: complaint({ receivedOn: '2026-08-01', acknowledgedOn: '2026-08-02' }),
      fixed: complaint({
        receivedOn: '2026-08-01',
        acknowledgedOn: '2026-08-02',
        respondedOn: '2026-11-20',
      }),
    },
  ])('$rule fires on the broken log and not on the fixed one', (c) => {
    expect(ids([c.broken])).toContain(c.rule);
    expect(ids([c.fixed])).not.toContain(c.rule);
  });

  it('a complaint still within its limits has no findings', () => {
    expect(findings([complaint()])).toEqual([]);
  });

  it('an overdue acknowledgement names the complaint, the date and the field to fix', () => {
    expect(findings([complaint({ receivedOn: '2026-10-01' })])).toEqual([
      {
        ruleId: 'complaints.acknowledgement-overdue',
        severity: 'high',
        basis: 'DPA 2018 s164A(3) (Data (Use and Access) Act 2025), from 19 June 2026',
        message:
          'Complaint from Jane Doe should have been acknowledged by 31 October 2026: acknowledge it now and record the date.',
        record: { kind: 'complaint', id: 'c-1', name: 'Complaint from Jane Doe' },
        field: 'acknowledgedOn',
      },
    ]);
  });

  it('applies the acknowledgement duty only to complaints received from 19 June 2026', () => {
    expect(ids([complaint({ receivedOn: '2026-06-18' })], '2026-08-01')).toEqual([]);
    expect(ids([complaint({ receivedOn: '2026-06-19' })], '2026-08-01')).toEqual([
      'complaints.acknowledgement-overdue',
    ]);
  });

  it('uses the organisation’s own acknowledgement limit', () => {
    const organisation = validOrganisation({
      complaints: { process: 'Email us', contact: '', acknowledgeWithinDays: 14 },
    });
    expect(ids([complaint({ receivedOn: '2026-11-10' })], TODAY, { organisation })).toEqual([
      'complaints.acknowledgement-overdue',
    ]);
    expect(ids([complaint({ receivedOn: '2026-11-11' })], TODAY, { organisation })).toEqual([]);
  });

  it('leaves closed complaints alone', () => {
    expect(ids([complaint({ receivedOn: '2026-07-01', status: 'closed' })])).toEqual([]);
  });
});
