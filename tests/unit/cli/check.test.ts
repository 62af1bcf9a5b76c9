import { describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { runChecks } from '../../../shared/checks';
import type { AcceptedRisk, Register } from '../../../shared/domain';
import { exampleRegisterWithNotices } from '../../../shared/example/konnect-notice';
import { UK_ADEQUACY_BASELINE } from '../../../shared/reference/adequacy';
import { writeRegisterFile } from '../../../shared/register-file/format';
import { article28ItemIds } from '../../../shared/processors/article28';
import {
  smallRegister,
  validActivity,
  validOrganisation,
  validThirdParty,
} from '../shared/fixtures';
import { CLI_NOW, memoryIo, type MemoryIo } from './memory-io';

const FILE = 'k.ropa.json';
const DAY = '2026-11-25';

async function ioWith(register: Register): Promise<MemoryIo> {
  return memoryIo(new Map([[FILE, await writeRegisterFile(register, CLI_NOW, 'test')]]));
}

interface JsonFinding {
  rule: string;
  severity: string;
  message: string;
  recordId: string;
  reference: string;
}

const example = () => exampleRegisterWithNotices(CLI_NOW);
const expected = (register: Register, today = DAY) =>
  runChecks({ register, today, adequacy: UK_ADEQUACY_BASELINE });

const allYes = Object.fromEntries(article28ItemIds.map((id) => [id, 'yes' as const]));

/** A register whose only finding is a low one: an active activity overdue for review. */
const onlyLow = smallRegister({
  organisation: validOrganisation({
    audiences: [{ id: 'aud-1', name: 'Customers', description: '' }],
    complaints: {
      process: 'Email us; we acknowledge within 30 days.',
      contact: '',
      acknowledgeWithinDays: 30,
    },
  }),
  thirdParties: [
    validThirdParty({
      contract: {
        status: 'in-place',
        reference: '',
        signedOn: null,
        expiresOn: null,
        document: '',
      },
      article28: allYes,
    }),
  ],
  activities: [
    validActivity({
      status: 'active',
      purposes: ['Send the newsletter'],
      dataSubjects: ['Subscribers'],
      personalData: ['Name'],
      recipientIds: ['tp-1'],
      audienceIds: ['aud-1'],
      lawfulBasis: 'contract',
      securityMeasures: 'Two-factor sign-in',
      retention: { ...validActivity().retention, period: '2 years' },
      nextReview: '2026-01-01',
    }),
  ],
});

const acceptance = (register: Register, ruleId: string, expiresOn: string): AcceptedRisk => {
  const finding = expected(register).find((f) => f.ruleId === ruleId);
  if (!finding) throw new Error(`no ${ruleId} finding to accept`);
  return {
    id: 'risk-1',
    ruleId,
    recordKind: finding.record.kind,
    recordId: finding.record.id,
    field: finding.field,
    message: finding.message,
    reason: 'The trustees accept this until the new contract is signed.',
    acceptedBy: 'Sam',
    acceptedOn: '2026-11-01',
    expiresOn,
    createdAt: CLI_NOW,
    updatedAt: CLI_NOW,
  };
};

describe('cli check', () => {
  it('prints the example’s findings grouped by severity, most severe first', async () => {
    const register = await example();
    const findings = expected(register);
    const io = await ioWith(register);
    expect(await runCli(['check', FILE, '--date', DAY], io)).toBe(0);
    const count = (s: string) => findings.filter((f) => f.severity === s).length;
    expect(io.out()).toMatch(
      new RegExp(
        `^Konnect Communities C\\.I\\.C\\.: ${findings.length} findings on 25 November 2026 — ${count('high')} high, ${count('medium')} medium, ${count('low')} low\\.\\n`,
      ),
    );
    const headings = [...io.out().matchAll(/^(High|Medium|Low) \((\d+)\)$/gm)].map((m) => [
      m[1],
      Number(m[2]),
    ]);
    expect(headings).toEqual(
      [
        ['High', count('high')],
        ['Medium', count('medium')],
        ['Low', count('low')],
      ].filter(([, n]) => n !== 0),
    );
    for (const finding of findings) expect(io.out()).toContain(finding.message);
    expect(io.err()).toBe('');
  });

  it('prints JSON with the rule, severity, message, record id and reference of each', async () => {
    const register = await example();
    const io = await ioWith(register);
    expect(await runCli(['check', FILE, '--json', '--date', DAY], io)).toBe(0);
    const printed = JSON.parse(io.out()) as JsonFinding[];
    expect(
      printed.map(({ rule, severity, message, recordId, reference }) => ({
        rule,
        severity,
        message,
        recordId,
        reference,
      })),
    ).toEqual(
      expected(register).map((f) => ({
        rule: f.ruleId,
        severity: f.severity,
        message: f.message,
        recordId: f.record.id,
        reference: f.basis,
      })),
    );
  });

  it('exits 3 only when a finding at or above --fail-on is open', async () => {
    expect(expected(onlyLow).map((f) => f.severity)).toEqual(['low']);
    for (const [threshold, code] of [
      ['high', 0],
      ['medium', 0],
      ['low', 3],
      ['LOW', 3],
    ] as const) {
      const io = await ioWith(onlyLow);
      expect(await runCli(['check', FILE, '--fail-on', threshold, '--date', DAY], io)).toBe(code);
    }
    const io = await ioWith(await example());
    expect(await runCli(['check', FILE, '--fail-on', 'high', '--date', DAY], io)).toBe(3);
  });

  it('leaves out findings accepted as known risks until the acceptance expires', async () => {
    const accepted = {
      ...onlyLow,
      acceptedRisks: [acceptance(onlyLow, 'reviews.activity-overdue', '2027-05-01')],
    };
    const io = await ioWith(accepted);
    expect(await runCli(['check', FILE, '--fail-on', 'low', '--date', DAY], io)).toBe(0);
    expect(io.out()).toBe(
      'Test Organisation Ltd: no open findings on 25 November 2026 (and 1 accepted as known risk, not counted).\n',
    );

    const later = await ioWith(accepted);
    expect(await runCli(['check', FILE, '--json', '--date', '2027-05-01'], later)).toBe(0);
    expect((JSON.parse(later.out()) as JsonFinding[]).map((f) => f.rule)).toEqual([
      'reviews.activity-overdue',
    ]);
  });

  it('checks for the day given, or today in the UK', async () => {
    const atNoon = await ioWith(onlyLow);
    expect(await runCli(['check', FILE], atNoon)).toBe(0);
    expect(atNoon.out()).toContain('on 25 November 2026');

    const before = await ioWith(onlyLow);
    expect(await runCli(['check', FILE, '--date', '2025-12-31'], before)).toBe(0);
    expect(before.out()).toBe('Test Organisation Ltd: no open findings on 31 December 2025.\n');
  });

  it('refuses a wrong severity, an impossible date, and a missing file', async () => {
    const io = await ioWith(onlyLow);
    expect(await runCli(['check', FILE, '--fail-on', 'severe'], io)).toBe(2);
    expect(io.err()).toMatch(/--fail-on takes high, medium or low, not “severe”/);
    const date = await ioWith(onlyLow);
    expect(await runCli(['check', FILE, '--date', '2026-02-30'], date)).toBe(2);
    expect(date.err()).toMatch(/--date takes a real date as YYYY-MM-DD, not “2026-02-30”/);
    const missing = memoryIo();
    expect(await runCli(['check', 'nowhere.json'], missing)).toBe(1);
    expect(missing.err()).toMatch(/nowhere\.json: no such file/);
    const none = memoryIo();
    expect(await runCli(['check'], none)).toBe(2);
  });
});
