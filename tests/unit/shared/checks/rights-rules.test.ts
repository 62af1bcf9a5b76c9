/** The rights requests rules: each fires on a log built to break it and not on the fixed one. */
import { describe, expect, it } from 'vitest';
import { runChecks, type Finding } from '../../../../shared/checks';
import type { RightsRequest } from '../../../../shared/domain/logs';
import { blankRightsRequest } from '../../../../shared/logs/blanks';
import { UK_ADEQUACY_BASELINE } from '../../../../shared/reference/adequacy';
import { NOW, smallRegister } from '../fixtures';

const TODAY = '2026-11-25';

const request = (overrides: Partial<RightsRequest> = {}): RightsRequest =>
  blankRightsRequest(NOW, {
    id: 'rr-1',
    requester: 'Jane Doe',
    receivedOn: '2026-11-20',
    identityChecked: true,
    ...overrides,
  });

const findings = (requests: RightsRequest[], today = TODAY): Finding[] =>
  runChecks({
    register: smallRegister({ rightsRequests: requests }),
    today,
    adequacy: UK_ADEQUACY_BASELINE,
  }).filter((finding) => finding.ruleId.startsWith('rights.'));
const ids = (requests: RightsRequest[], today = TODAY) =>
  findings(requests, today).map((finding) => finding.ruleId);

interface Case {
  rule: string;
  broken: RightsRequest;
  fixed: RightsRequest;
}

const completed = { status: 'completed' as const, respondedOn: '2026-11-24' };
const search = { where: 'CRM and shared mailbox', searchedOn: '2026-11-22', found: 'Two emails' };

const cases: Case[] = [
  {
    rule: 'rights.overdue',
    broken: request({ receivedOn: '2026-10-24' }),
    fixed: request({ receivedOn: '2026-10-24', extended: true, extensionReason: 'Complex' }),
  },
  {
    rule: 'rights.due-soon',
    broken: request({ receivedOn: '2026-10-30' }),
    fixed: request({ receivedOn: '2026-10-30', ...completed, searches: [search] }),
  },
  {
    rule: 'rights.extension-reason-missing',
    broken: request({ extended: true, extensionReason: '  ' }),
    fixed: request({ extended: true, extensionReason: 'Records held across five systems' }),
  },
  {
    rule: 'rights.searches-missing',
    broken: request({ ...completed }),
    fixed: request({ ...completed, searches: [search] }),
  },
  {
    rule: 'rights.identity-unchecked',
    broken: request({ receivedOn: '2026-11-10', identityChecked: false }),
    fixed: request({ receivedOn: '2026-11-10', identityChecked: true }),
  },
];

describe('rights request rules', () => {
  it.each(cases)('$rule fires on the broken log and not on the fixed one', (c) => {
    expect(ids([c.broken])).toContain(c.rule);
    expect(ids([c.fixed])).not.toContain(c.rule);
  });

  it('a well-kept request has no findings', () => {
    expect(findings([request()])).toEqual([]);
  });

  it('an overdue request names the request, the date and the field to fix', () => {
    expect(findings([request({ receivedOn: '2026-10-20' })])).toEqual([
      {
        ruleId: 'rights.overdue',
        severity: 'high',
        basis: 'UK GDPR Art 12(3)',
        message:
          'Access request from Jane Doe was due an answer by 20 November 2026, 5 days ago: respond and record it, or record the wait or extension that moves the date.',
        record: { kind: 'rightsRequest', id: 'rr-1', name: 'Access request from Jane Doe' },
        field: 'respondedOn',
      },
    ]);
  });

  it('says nothing of the clock while a wait is open', () => {
    const waiting = request({
      receivedOn: '2026-09-01',
      pauses: [{ reason: 'clarification', from: '2026-09-05', to: null }],
    });
    expect(ids([waiting])).toEqual([]);
  });

  it('due soon counts the last seven days, the due day included', () => {
    expect(ids([request({ receivedOn: '2026-10-25' })])).toEqual(['rights.due-soon']);
    expect(ids([request({ receivedOn: '2026-12-01' })], '2026-12-24')).toEqual([]);
    expect(ids([request({ receivedOn: '2026-12-01' })], '2026-12-25')).toEqual(['rights.due-soon']);
  });

  it('asks for searches only on completed access requests', () => {
    expect(ids([request({ kind: 'erasure', ...completed })])).toEqual([]);
    expect(ids([request({ status: 'refused', respondedOn: '2026-11-24' })])).toEqual([]);
  });

  it('asks about identity only on open access requests, not while waiting for it', () => {
    const unchecked = { receivedOn: '2026-11-10', identityChecked: false };
    expect(ids([request({ ...unchecked, kind: 'rectification' })])).toEqual([]);
    expect(ids([request({ ...unchecked, receivedOn: '2026-11-18' })])).toEqual([]);
    expect(ids([request({ ...unchecked, receivedOn: '2026-11-17' })])).toEqual([
      'rights.identity-unchecked',
    ]);
    const waitingForId = request({
      ...unchecked,
      pauses: [{ reason: 'identity', from: '2026-11-11', to: null }],
    });
    expect(ids([waitingForId])).toEqual([]);
  });
});
