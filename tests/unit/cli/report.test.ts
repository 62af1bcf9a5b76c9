import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { exampleRegisterWithNotices } from '../../../shared/example/konnect-notice';
import type { Register } from '../../../shared/domain/register';
import { registerChecksum, writeRegisterFile } from '../../../shared/register-file/format';
import { CLI_NOW, memoryIo, type MemoryIo } from './memory-io';

const FILE = 'k.ropa.json';
let register: Register;
let fileText: string;

beforeAll(async () => {
  register = await exampleRegisterWithNotices(CLI_NOW);
  fileText = await writeRegisterFile(register, CLI_NOW, 'test');
});

const ioWithExample = (): MemoryIo => memoryIo(new Map([[FILE, fileText]]));

/** The PDF's text as pdftotext reads it, with lines joined so wrapped phrases still match. */
function pdfText(bytes: Uint8Array | undefined): string {
  expect(bytes, 'no PDF was written').toBeDefined();
  const result = spawnSync('pdftotext', ['-', '-'], { input: bytes, encoding: 'utf8' });
  expect(result.status, result.stderr).toBe(0);
  return result.stdout.replace(/\s+/g, ' ');
}

async function report(args: string[]): Promise<{ io: MemoryIo; text: string; code: number }> {
  const io = ioWithExample();
  const code = await runCli(['report', ...args, '--out', 'out.pdf'], io);
  return { io, code, text: code === 0 ? pdfText(io.binaries.get('out.pdf')) : '' };
}

describe('report', () => {
  it('writes the Article 30 record for the example', { timeout: 60_000 }, async () => {
    const { io, code, text } = await report(['ropa', FILE]);
    expect(code).toBe(0);
    expect(io.out()).toBe('wrote out.pdf: record of processing activities\n');
    expect(text).toContain('Record of processing activities');
    expect(text).toContain('Konnect Communities C.I.C.');
    expect(text).toContain('Generated on 25 November 2026 at 12:00');
    const checksum = (await registerChecksum(register)).slice('sha256:'.length, 19);
    expect(text).toContain(`Register checksum ${checksum} (SHA-256 of the register)`);
    expect(text).toMatch(/Page 1 of \d+/);
    for (const heading of ['Article 30 RoPA', 'Privacy notices', 'Personal data breaches']) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('1. Business function');
    expect(text).toContain('30. Reasons for not adhering to policy document (if applicable)');
    for (const activity of register.activities) expect(text).toContain(activity.name);
    expect(text).not.toContain('Internal notes');
    expect(text).not.toContain('CONFIDENTIAL');
  });

  it(
    'marks a report confidential and includes internal notes when asked',
    { timeout: 60_000 },
    async () => {
      const { code, text } = await report([
        'third-parties',
        FILE,
        '--confidential',
        '--internal-notes',
      ]);
      expect(code).toBe(0);
      expect(text).toContain('CONFIDENTIAL');
      expect(text).toContain('Internal notes');
      expect(text).toContain('Third-party register');
      for (const party of register.thirdParties) expect(text).toContain(party.name);
    },
  );

  it('writes the transfers register and the retention schedule', { timeout: 60_000 }, async () => {
    const transfers = await report(['transfers', FILE]);
    expect(transfers.code).toBe(0);
    expect(transfers.text).toContain('International transfers register');
    expect(transfers.text).toContain('United States');
    expect(transfers.text).toMatch(/Page 1 of \d+/);
    const retention = await report(['retention', FILE]);
    expect(retention.code).toBe(0);
    expect(retention.text).toContain('Retention schedule');
    expect(retention.text).toContain('Retention period');
    expect(retention.text).toContain('The length of the engagement plus up to 20 years');
    expect(retention.text).toContain('7 years');
  });

  it('writes one legitimate interests assessment', { timeout: 60_000 }, async () => {
    const { io, code, text } = await report(['lia', FILE, '--id', 'lia-enquiries']);
    expect(code).toBe(0);
    expect(io.out()).toBe('wrote out.pdf: legitimate interests assessment “Answering enquiries”\n');
    expect(text).toContain('Legitimate interests assessment');
    expect(text).toContain('Answering enquiries');
    expect(text).toContain('Part 1 – Purpose test');
    expect(text).toContain('Part 3 – Balancing test');
    expect(text).toContain('Why do you want to process the data?');
    expect(text).toContain('Sign-off');
  });

  it(
    'writes the funder assurance pack, naming the funder in any case',
    { timeout: 60_000 },
    async () => {
      const { io, code, text } = await report([
        'funder',
        FILE,
        '--funder',
        'FUNDERS OF OUR PROGRAMMES',
      ]);
      expect(code).toBe(0);
      expect(io.out()).toBe('wrote out.pdf: assurance pack for “Funders of our programmes”\n');
      for (const expected of [
        'Data protection assurance for Funders of our programmes',
        'Konnect Communities C.I.C.',
        'ZA065060',
        'The processing for this work',
        'What we collect about participants',
        'Lawful bases',
        'How long we keep it',
        'Who else receives the data',
        'Transfers outside the UK',
        'How the data is protected',
        'People’s rights',
        'Statement of accuracy',
        'Client records',
        'The length of the engagement plus up to 20 years',
        'The period each funder stipulates in its funding agreement',
        'Secure email platforms required by funders',
        'Microsoft',
      ]) {
        expect(text).toContain(expected);
      }
      expect(text).not.toContain('Online shop orders');
      expect(text).toMatch(/Page 1 of \d+/);
    },
  );

  it('takes the funder’s id too', { timeout: 60_000 }, async () => {
    const { code, text } = await report(['funder', FILE, '--funder', 'tp-funders']);
    expect(code).toBe(0);
    expect(text).toContain('Data protection assurance for Funders of our programmes');
  });

  it('writes the ICO audit preparation pack', { timeout: 60_000 }, async () => {
    const { io, code, text } = await report(['audit-pack', FILE, '--confidential']);
    expect(code).toBe(0);
    expect(io.out()).toBe('wrote out.pdf: ICO audit preparation pack\n');
    for (const expected of [
      'CONFIDENTIAL',
      'ICO audit preparation pack',
      'Contents',
      'Compliance summary',
      'High severity',
      'Article 30 record of processing',
      '30. Reasons for not adhering to policy document (if applicable)',
      'Processors, other third parties and contracts',
      'International transfers and transfer risk assessments',
      'Legitimate interests assessments',
      'Part 3 – Balancing test',
      'DPIA screening',
      'Retention schedule',
      '7 years',
      'Privacy notices',
      'Version history',
      'Who we are and how to contact us',
      'Audit trail',
    ]) {
      expect(text).toContain(expected);
    }
    for (const activity of register.activities) expect(text).toContain(activity.name);
    for (const lia of register.lias) expect(text).toContain(lia.title);
  });

  it('names the funders there are for an unknown --funder', async () => {
    const { io, code } = await report(['funder', FILE, '--funder', 'Big Lottery']);
    expect(code).toBe(1);
    expect(io.err()).toBe(
      'ropa-desk: k.ropa.json: there is no funder “Big Lottery”: its funders are “Funders of our programmes” (tp-funders)\n',
    );
    expect(io.binaries.size).toBe(0);
  });

  it('refuses a programme none of the funder’s activities names', async () => {
    const { io, code } = await report([
      'funder',
      FILE,
      '--funder',
      'tp-funders',
      '--programme',
      'Winter',
    ]);
    expect(code).toBe(1);
    expect(io.err()).toBe(
      'ropa-desk: k.ropa.json: no activity funded by Funders of our programmes names a programme; leave the programme out\n',
    );
    expect(io.binaries.size).toBe(0);
  });

  it('names the assessments there are for an unknown --id', async () => {
    const { io, code } = await report(['lia', FILE, '--id', 'lia-nope']);
    expect(code).toBe(1);
    expect(io.err()).toMatch(
      /^ropa-desk: k\.ropa\.json: there is no legitimate interests assessment “lia-nope”: its assessments are lia-client-records \(Client records and reporting to funders\), .+\n$/,
    );
    expect(io.binaries.size).toBe(0);
  });

  it.each([
    [
      ['report', 'funders', FILE, '--out', 'o.pdf'],
      /the report KIND must be one of ropa, third-parties, transfers, retention, lia, funder, audit-pack, not “funders”/,
    ],
    [['report', 'lia', FILE, '--out', 'o.pdf'], /report lia needs --id ID/],
    [['report', 'ropa', FILE, '--id', 'x', '--out', 'o.pdf'], /--id is for report lia only/],
    [['report', 'funder', FILE, '--out', 'o.pdf'], /report funder needs --funder NAME/],
    [
      ['report', 'ropa', FILE, '--funder', 'x', '--out', 'o.pdf'],
      /--funder is for report funder only, not report ropa/,
    ],
    [
      ['report', 'audit-pack', FILE, '--programme', 'x', '--out', 'o.pdf'],
      /--programme is for report funder only, not report audit-pack/,
    ],
    [['report', 'ropa', FILE], /report needs --out OUT\.pdf/],
    [['report'], /report needs a KIND/],
    [['report', 'ropa', '--out', 'o.pdf'], /report needs a register FILE/],
  ])('refuses %j with exit 2', async (argv, message) => {
    const io = ioWithExample();
    expect(await runCli(argv, io)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.binaries.size).toBe(0);
  });

  it('does not replace a PDF without --force', { timeout: 60_000 }, async () => {
    const io = ioWithExample();
    expect(await runCli(['report', 'retention', FILE, '--out', 'r.pdf'], io)).toBe(0);
    expect(await runCli(['report', 'retention', FILE, '--out', 'r.pdf'], io)).toBe(1);
    expect(io.err()).toContain('r.pdf already exists; add --force to replace it');
    expect(await runCli(['report', 'retention', FILE, '--out', 'r.pdf', '--force'], io)).toBe(0);
  });
});
