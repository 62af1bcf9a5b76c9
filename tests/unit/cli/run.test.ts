import { describe, expect, it } from 'vitest';
import { runCli, USAGE } from '../../../electron/cli/run';
import { sealEvent } from '../../../shared/audit/chain';
import type { AuditEvent } from '../../../shared/domain/audit';
import { emptyRegister } from '../../../shared/domain/register';
import { exampleRegister } from '../../../shared/example/konnect';
import { exampleRegisterWithNotices } from '../../../shared/example/konnect-notice';
import { writeRegisterFile } from '../../../shared/register-file/format';
import { readRegisterFile } from '../../../shared/register-file/read';
import { CLI_NOW, memoryIo, type MemoryIo } from './memory-io';

const SUMMARY =
  'valid: Konnect Communities C.I.C. — 13 activities, 20 third parties, 5 transfers, 6 legitimate interests assessments, 0 transfer risk assessments, 0 audit events (schema 5)\n';

/** stderr for exit code 1 must be exactly one line. */
const oneLine = (io: MemoryIo): string => {
  expect(io.err().endsWith('\n')).toBe(true);
  expect(io.err().trimEnd().split('\n')).toHaveLength(1);
  return io.err();
};

async function withEvents(count: number): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  for (let i = 0; i < count; i += 1) {
    const draft = {
      at: CLI_NOW,
      actor: 'Test',
      entity: 'activity' as const,
      entityId: 'act-enquiries',
      action: 'update' as const,
      summary: `Change ${i + 1}`,
      before: null,
      after: null,
    };
    events.push(await sealEvent(draft, events.at(-1)));
  }
  return events;
}

describe('cli usage', () => {
  it.each([['--help'], ['-h'], ['help'], ['example', '--help'], ['validate', '-h']])(
    'prints usage for %j',
    async (...argv) => {
      const io = memoryIo();
      expect(await runCli(argv, io)).toBe(0);
      expect(io.out()).toBe(USAGE);
      expect(io.err()).toBe('');
    },
  );

  it('exits 2 with usage when no command is given', async () => {
    const io = memoryIo();
    expect(await runCli([], io)).toBe(2);
    expect(io.err()).toMatch(/^ropa-desk: no command given\n/);
    expect(io.err()).toContain(USAGE);
    expect(io.out()).toBe('');
  });

  it.each(['export', '__proto__', 'toString', '--out'])(
    'exits 2 for the unknown command %j',
    async (command) => {
      const io = memoryIo();
      expect(await runCli([command], io)).toBe(2);
      expect(io.err()).toContain(`unknown command “${command}”`);
    },
  );

  it.each([
    [['example'], /example needs --out FILE/],
    [['example', '--out'], /argument missing/],
    [['example', '--out', 'a.json', 'extra'], /Unexpected argument 'extra'/],
    [['example', '--out', 'a.json', '--colour'], /Unknown option '--colour'/],
    [['validate'], /validate needs a FILE/],
    [['validate', 'a.json', 'b.json'], /validate takes one FILE, not 2/],
    [['validate', 'a.json', '--force'], /Unknown option '--force'/],
  ])('exits 2 for %j', async (argv, message) => {
    const io = memoryIo();
    expect(await runCli(argv, io)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.err()).toContain('Usage:');
  });
});

describe('cli example', () => {
  it('writes the example register file, readable and stamped with the CLI version', async () => {
    const io = memoryIo();
    expect(await runCli(['example', '--out', 'konnect.ropa.json'], io)).toBe(0);
    const text = io.files.get('konnect.ropa.json') ?? '';
    const result = await readRegisterFile(text);
    expect(result.register).toStrictEqual(await exampleRegisterWithNotices(CLI_NOW));
    expect(result.exportedAt).toBe(CLI_NOW);
    expect(JSON.parse(text)).toMatchObject({ generator: 'Ropa Desk CLI 9.9.9' });
    expect(io.out()).toMatch(
      /^wrote konnect\.ropa\.json: example register, Konnect Communities C\.I\.C\. — 13 activities/,
    );
    expect(io.err()).toBe('');
  });

  it('accepts -o and --out=FILE', async () => {
    const io = memoryIo();
    expect(await runCli(['example', '-o', 'a.json'], io)).toBe(0);
    expect(await runCli(['example', '--out=b.json'], io)).toBe(0);
    expect([...io.files.keys()]).toEqual(['a.json', 'b.json']);
  });

  it('refuses to replace an existing file without --force, and says so', async () => {
    const io = memoryIo(new Map([['konnect.ropa.json', 'keep me']]));
    expect(await runCli(['example', '--out', 'konnect.ropa.json'], io)).toBe(1);
    expect(oneLine(io)).toBe(
      'ropa-desk: konnect.ropa.json already exists; add --force to replace it\n',
    );
    expect(io.files.get('konnect.ropa.json')).toBe('keep me');
    expect(io.out()).toBe('');
  });

  it('replaces an existing file with --force', async () => {
    const io = memoryIo(new Map([['konnect.ropa.json', 'old']]));
    expect(await runCli(['example', '--out', 'konnect.ropa.json', '--force'], io)).toBe(0);
    expect(io.files.get('konnect.ropa.json')).toMatch(/"format": "ropa-desk.register"/);
  });

  it('exits 1 naming the path when the folder does not exist', async () => {
    const io = memoryIo();
    expect(await runCli(['example', '--out', '/missing/k.json'], io)).toBe(1);
    expect(oneLine(io)).toBe(
      'ropa-desk: cannot write /missing/k.json: the folder does not exist\n',
    );
  });
});

describe('cli validate', () => {
  const exampleFile = () => writeRegisterFile(exampleRegister(CLI_NOW), CLI_NOW, 'test');

  it('prints a one-line summary of a valid file', async () => {
    const io = memoryIo(new Map([['k.json', await exampleFile()]]));
    expect(await runCli(['validate', 'k.json'], io)).toBe(0);
    expect(io.out()).toBe(SUMMARY);
    expect(io.err()).toBe('');
  });

  it('validates what example wrote', async () => {
    const io = memoryIo();
    await runCli(['example', '--out', 'k.json'], io);
    const check = memoryIo(io.files);
    expect(await runCli(['validate', 'k.json'], check)).toBe(0);
    expect(check.out()).toBe(SUMMARY);
  });

  it('counts in the singular, and names a register with no organisation', async () => {
    const register = { ...emptyRegister(), auditEvents: await withEvents(1) };
    const io = memoryIo(
      new Map([['one.json', await writeRegisterFile(register, CLI_NOW, 'test')]]),
    );
    expect(await runCli(['validate', 'one.json'], io)).toBe(0);
    expect(io.out()).toBe(
      'valid: no organisation — 0 activities, 0 third parties, 0 transfers, 0 legitimate interests assessments, 0 transfer risk assessments, 1 audit event (schema 5)\n',
    );
  });

  it('exits 1 naming the path when the file does not exist', async () => {
    const io = memoryIo();
    expect(await runCli(['validate', 'nowhere.json'], io)).toBe(1);
    expect(oneLine(io)).toBe('ropa-desk: cannot read nowhere.json: no such file\n');
  });

  it.each([
    ['empty', '', /The file is empty/],
    ['not JSON', 'hello', /not valid JSON/],
    ['foreign JSON', '{"name":"x"}', /not a Ropa Desk register file/],
  ])('exits 1 with the reader’s message for %s', async (_label, text, message) => {
    const io = memoryIo(new Map([['bad.json', text]]));
    expect(await runCli(['validate', 'bad.json'], io)).toBe(1);
    const line = oneLine(io);
    expect(line).toMatch(/^ropa-desk: bad\.json: /);
    expect(line).toMatch(message);
    expect(io.out()).toBe('');
  });

  it('exits 1 for a tampered file', async () => {
    const text = (await exampleFile()).replace('"08896465"', '"08896466"');
    const io = memoryIo(new Map([['k.json', text]]));
    expect(await runCli(['validate', 'k.json'], io)).toBe(1);
    expect(oneLine(io)).toMatch(/checksum does not match/);
  });

  it('exits 1 when the audit trail was edited, even with a fresh checksum', async () => {
    const events = await withEvents(3);
    const [first, second, third] = events;
    if (!first || !second || !third) throw new Error('three events');
    const register = {
      ...exampleRegister(CLI_NOW),
      auditEvents: [first, { ...second, summary: 'Rewritten' }, third],
    };
    const io = memoryIo(new Map([['k.json', await writeRegisterFile(register, CLI_NOW, 'test')]]));
    expect(await runCli(['validate', 'k.json'], io)).toBe(1);
    expect(oneLine(io)).toMatch(/^ropa-desk: k\.json: the audit trail is broken at event 2: /);
  });

  it('accepts an intact audit trail', async () => {
    const register = { ...exampleRegister(CLI_NOW), auditEvents: await withEvents(3) };
    const io = memoryIo(new Map([['k.json', await writeRegisterFile(register, CLI_NOW, 'test')]]));
    expect(await runCli(['validate', 'k.json'], io)).toBe(0);
    expect(io.out()).toMatch(/3 audit events \(schema 5\)\n$/);
  });
});
