import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../electron/cli/run';
import { exampleRegisterWithNotices } from '../../../shared/example/konnect-notice';
import { readRegisterFile } from '../../../shared/register-file/read';
import { writeIcoXlsx } from '../../../shared/spreadsheet/write-xlsx';
import { CLI_NOW, memoryIo } from './memory-io';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'ropa-import-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

async function exampleXlsx(): Promise<string> {
  const path = join(folder, 'konnect.xlsx');
  await writeFile(path, await writeIcoXlsx(await exampleRegisterWithNotices(CLI_NOW), CLI_NOW));
  return path;
}

describe('import-xlsx', () => {
  it('reads the exported example into a new, valid register file and prints what it read', async () => {
    const path = await exampleXlsx();
    const io = memoryIo();
    expect(await runCli(['import-xlsx', path, '--out', 'new.ropa.json'], io)).toBe(0);
    expect(io.err()).toBe('');
    const out = io.out();
    expect(out).toContain(`Read ${path}: sheet “Record of processing”, headings on row 9\n`);
    expect(out).toContain(
      'Activities: 13\nThird parties: 20 new, 0 already in the register\nTransfers: 5\n',
    );
    expect(out).toContain('Organisation: Konnect Communities C.I.C. (from the contact block)\n');
    expect(out).toContain('  Lawful bases: 13\n');
    expect(out).toContain('Rows that could not be read: none\n');
    expect(out).toMatch(
      /wrote new\.ropa\.json: a new register with 13 activities, 20 new third parties, 5 transfers; every reading is marked to confirm\n$/,
    );
    const { register } = await readRegisterFile(io.files.get('new.ropa.json') ?? '');
    expect(register.activities.map((a) => a.name)).toContain('Online shop orders');
    expect(register.organisation?.name).toBe('Konnect Communities C.I.C.');
  });

  it('reads a CSV file and lists the rows it could not read', async () => {
    const path = join(folder, 'register.csv');
    await writeFile(
      path,
      'Activity;Purpose;Lawful basis\nPayroll;Pay staff;Legal obligation\n;;Consent\n',
    );
    const io = memoryIo();
    expect(await runCli(['import-xlsx', path, '--out', 'r.ropa.json'], io)).toBe(0);
    expect(io.out()).toContain(
      'Rows that could not be read: 1\n  Row 3: No activity name or purpose, only “Consent” under Lawful basis.',
    );
  });

  it('refuses to replace a file without --force, and replaces it with --force', async () => {
    const path = await exampleXlsx();
    const io = memoryIo(new Map([['r.ropa.json', 'old']]));
    expect(await runCli(['import-xlsx', path, '--out', 'r.ropa.json'], io)).toBe(1);
    expect(io.err()).toBe('ropa-desk: r.ropa.json already exists; add --force to replace it\n');
    expect(io.files.get('r.ropa.json')).toBe('old');
    expect(await runCli(['import-xlsx', path, '--out', 'r.ropa.json', '--force'], io)).toBe(0);
    expect(io.files.get('r.ropa.json')).toMatch(/^\{/);
  });

  it('says why a file cannot be imported, with exit code 1', async () => {
    const empty = join(folder, 'empty.csv');
    await writeFile(empty, '');
    const notes = join(folder, 'notes.csv');
    await writeFile(notes, 'Thoughts,Ideas\nsomething,else\n');
    const onlyNotes = join(folder, 'only-notes.csv');
    await writeFile(onlyNotes, 'Purpose,Notes\n,Check this\n');
    const cases: [string, string][] = [
      [
        join(folder, 'missing.xlsx'),
        `ropa-desk: cannot read ${join(folder, 'missing.xlsx')}: no such file\n`,
      ],
      [empty, `ropa-desk: ${empty} is empty. Check it is the right file.\n`],
      [
        notes,
        `ropa-desk: ${notes}: no column is headed “Purpose of processing” (or a name for the activity), so no row can be read; head the purpose column that way and import again\n`,
      ],
      [
        onlyNotes,
        `ropa-desk: ${onlyNotes}: no row could be read as an activity; the reasons are listed above\n`,
      ],
    ];
    for (const [path, message] of cases) {
      const io = memoryIo();
      expect(await runCli(['import-xlsx', path, '--out', 'r.ropa.json'], io)).toBe(1);
      expect(io.err()).toBe(message);
      expect(io.files.size).toBe(0);
    }
  });

  it('needs --out and one spreadsheet', async () => {
    const io = memoryIo();
    expect(await runCli(['import-xlsx', 'a.xlsx'], io)).toBe(2);
    expect(io.err()).toContain('import-xlsx needs --out FILE for the new register');
    const two = memoryIo();
    expect(await runCli(['import-xlsx', 'a.xlsx', 'b.xlsx', '--out', 'r.ropa.json'], two)).toBe(2);
    expect(two.err()).toContain('import-xlsx takes one FILE, not 2');
  });
});
