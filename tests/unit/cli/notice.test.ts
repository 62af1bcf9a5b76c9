import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeCliFs } from '../../../electron/cli/node-fs';
import { runCli, USAGE } from '../../../electron/cli/run';
import type { NoticeDraft, NoticeVersion } from '../../../shared/domain/notice';
import type { Register } from '../../../shared/domain/register';
import { exampleRegister } from '../../../shared/example/konnect';
import { composeNotice } from '../../../shared/notice/compose';
import { writeRegisterFile } from '../../../shared/register-file/format';
import { hashOf } from '../../../shared/util/hash';
import { CLI_NOW, memoryIo, type MemoryIo } from './memory-io';

const FILE = 'k.ropa.json';

/** The example, with version 1 of the clients' notice (dated 2 Nov 2021) and a draft for everyone. */
async function registerWithNotices(): Promise<Register> {
  const register = exampleRegister(CLI_NOW);
  const document = {
    ...composeNotice(register, {
      audienceId: 'aud-clients',
      nameProcessors: false,
      lastUpdated: '2021-11-02',
    }),
    title: 'Privacy notice as published',
  };
  const version: NoticeVersion = {
    id: 'nv-clients-1',
    audienceId: 'aud-clients',
    number: 1,
    effectiveDate: '2021-11-02',
    publishedAt: '2021-11-02T09:00:00.000Z',
    changeNote: 'First version',
    document,
    facts: [],
    checklist: [],
    hash: await hashOf(document),
  };
  const draft: NoticeDraft = {
    id: 'nd-all',
    audienceId: null,
    introduction: { text: 'Our own words <b>&</b> welcome.', composedHash: '0'.repeat(64) },
    wording: {},
    nameProcessors: false,
    createdAt: CLI_NOW,
    updatedAt: CLI_NOW,
  };
  return { ...register, noticeVersions: [version], noticeDrafts: [draft] };
}

async function ioWithFile(): Promise<MemoryIo> {
  const text = await writeRegisterFile(await registerWithNotices(), CLI_NOW, 'test');
  return memoryIo(new Map([[FILE, text]]));
}

/** stderr for exit code 1 must be exactly one line. */
const oneLine = (io: MemoryIo): string => {
  expect(io.err().endsWith('\n')).toBe(true);
  expect(io.err().trimEnd().split('\n')).toHaveLength(1);
  return io.err();
};

describe('cli notice: outputs', () => {
  it('writes the current draft for everyone as Markdown, with the organisation’s own words', async () => {
    const io = await ioWithFile();
    expect(await runCli(['notice', FILE, '--format', 'md', '--out', 'notice.md'], io)).toBe(0);
    const md = io.files.get('notice.md') ?? '';
    expect(md).toMatch(/^# Privacy notice\n\n\*\*Konnect Communities C\.I\.C\.\*\*\n/);
    expect(md).toContain('*Last updated 25 November 2026 · Draft*');
    expect(md).toContain('Our own words \\<b\\>&\\</b\\> welcome.');
    expect(md).toContain('\n## Who we are and how to contact us\n');
    expect(io.out()).toBe(
      'wrote notice.md: the privacy notice for everyone, current draft, as Markdown\n',
    );
    expect(io.err()).toBe('');
  });

  it('writes HTML, escaped, and takes the format from the extension', async () => {
    const io = await ioWithFile();
    expect(await runCli(['notice', FILE, '--out', 'notice.html'], io)).toBe(0);
    const html = io.files.get('notice.html') ?? '';
    expect(html).toMatch(/^<!doctype html>\n<html lang="en-GB">/);
    expect(html).toContain('Our own words &lt;b&gt;&amp;&lt;/b&gt; welcome.');
    expect(html).not.toContain('<b>');
  });

  it('composes an audience’s notice naming processors when it has no draft', async () => {
    const io = await ioWithFile();
    expect(
      await runCli(
        ['notice', FILE, '-f', 'txt', '-o', 'clients.txt', '--audience', 'aud-clients'],
        io,
      ),
    ).toBe(0);
    const text = io.files.get('clients.txt') ?? '';
    expect(
      text.startsWith(
        'Privacy notice\n==============\n\nKonnect Communities C.I.C.\nFor Clients · Last updated 25 November 2026 · Draft\n',
      ),
    ).toBe(true);
    expect(text.split('\n').every((line) => [...line].length <= 80)).toBe(true);
    expect(text).toContain('Microsoft');
    expect(io.out()).toBe(
      'wrote clients.txt: the privacy notice for Clients, current draft, as plain text\n',
    );
  });

  it('writes a published version as it was frozen, with its number', async () => {
    const io = await ioWithFile();
    const argv = ['notice', FILE, '--audience', 'aud-clients', '--version', '1', '--out', 'v1.md'];
    expect(await runCli(argv, io)).toBe(0);
    const md = io.files.get('v1.md') ?? '';
    expect(md).toMatch(/^# Privacy notice as published\n/);
    expect(md).toContain('*For Clients · Last updated 2 November 2021 · Version 1*');
    expect(io.out()).toBe('wrote v1.md: the privacy notice for Clients, version 1, as Markdown\n');
  });

  it('writes a published version as a PDF', { timeout: 30_000 }, async () => {
    const io = await ioWithFile();
    const argv = ['notice', FILE, '--audience', 'aud-clients', '--version', '1', '--out', 'v1.pdf'];
    expect(await runCli(argv, io)).toBe(0);
    const bytes = io.binaries.get('v1.pdf') ?? new Uint8Array();
    expect(new TextDecoder().decode(bytes.subarray(0, 5))).toBe('%PDF-');
    expect(bytes.byteLength).toBeGreaterThan(10_000);
    expect(io.out()).toBe('wrote v1.pdf: the privacy notice for Clients, version 1, as PDF\n');
  });

  it('refuses to replace OUT without --force, and replaces it with', async () => {
    const io = await ioWithFile();
    io.files.set('notice.md', 'keep me');
    expect(await runCli(['notice', FILE, '--out', 'notice.md'], io)).toBe(1);
    expect(oneLine(io)).toBe('ropa-desk: notice.md already exists; add --force to replace it\n');
    expect(io.files.get('notice.md')).toBe('keep me');
    expect(await runCli(['notice', FILE, '--out', 'notice.md', '--force'], io)).toBe(0);
    expect(io.files.get('notice.md')).toMatch(/^# Privacy notice/);
  });
});

describe('cli notice: bad input (exit 1)', () => {
  it('names the versions there are when the one asked for does not exist', async () => {
    const io = await ioWithFile();
    const argv = ['notice', FILE, '--audience', 'aud-clients', '--version', '3', '--out', 'v.md'];
    expect(await runCli(argv, io)).toBe(1);
    expect(oneLine(io)).toBe(
      'ropa-desk: k.ropa.json: there is no version 3 of the notice for Clients: the published versions are 1\n',
    );
    expect(io.files.has('v.md')).toBe(false);
  });

  it('says when an audience has no published version yet', async () => {
    const io = await ioWithFile();
    expect(await runCli(['notice', FILE, '--version', '1', '--out', 'v.md'], io)).toBe(1);
    expect(oneLine(io)).toBe(
      'ropa-desk: k.ropa.json: there is no version 1 of the notice for everyone: none has been published yet; leave out --version for the current draft\n',
    );
  });

  it('lists the audiences when the one asked for is unknown', async () => {
    const io = await ioWithFile();
    expect(await runCli(['notice', FILE, '--audience', 'volunteers', '--out', 'n.md'], io)).toBe(1);
    expect(oneLine(io)).toBe(
      'ropa-desk: k.ropa.json: there is no audience “volunteers”: its audiences are aud-website-customers (Website visitors and customers), aud-clients (Clients), aud-newsletter (Newsletter subscribers), aud-social-media (Social media followers); leave out --audience for the notice covering everyone\n',
    );
  });

  it('exits 1 for a missing or broken register file', async () => {
    const io = memoryIo(new Map([['bad.json', 'hello']]));
    expect(await runCli(['notice', 'nowhere.json', '--out', 'n.md'], io)).toBe(1);
    expect(oneLine(io)).toBe('ropa-desk: cannot read nowhere.json: no such file\n');
    const broken = memoryIo(new Map([['bad.json', 'hello']]));
    expect(await runCli(['notice', 'bad.json', '--out', 'n.md'], broken)).toBe(1);
    expect(oneLine(broken)).toMatch(/^ropa-desk: bad\.json: .*not valid JSON/);
  });

  it('exits 1 when OUT’s folder does not exist', async () => {
    const io = await ioWithFile();
    expect(await runCli(['notice', FILE, '--out', '/missing/n.pdf'], io)).toBe(1);
    expect(oneLine(io)).toBe('ropa-desk: cannot write /missing/n.pdf: the folder does not exist\n');
  });
});

describe('cli notice: usage (exit 2)', () => {
  it.each([
    [['notice'], /notice needs a register FILE/],
    [['notice', FILE], /notice needs --out OUT/],
    [['notice', FILE, 'other.json', '--out', 'n.md'], /notice takes one FILE, not 2/],
    [
      ['notice', FILE, '--out', 'notice'],
      /add --format md, html, pdf or txt: “notice” does not say which/,
    ],
    [
      ['notice', FILE, '--out', 'n.md', '--format', 'docx'],
      /--format must be md, html, pdf or txt, not “docx”/,
    ],
    [
      ['notice', FILE, '--out', 'n.md', '--version', 'two'],
      /--version needs a version number such as 2, not “two”/,
    ],
    [['notice', FILE, '--out', 'n.md', '--version', '0'], /--version needs a version number/],
    [['notice', FILE, '--out', 'n.md', '--colour'], /Unknown option '--colour'/],
    [['notice', FILE, '--out'], /argument missing/],
  ])('exits 2 for %j', async (argv, message) => {
    const io = await ioWithFile();
    expect(await runCli(argv, io)).toBe(2);
    expect(io.err()).toMatch(message);
    expect(io.err()).toContain('Usage:');
    expect(io.out()).toBe('');
  });

  it('prints the usage for notice --help', async () => {
    const io = memoryIo();
    expect(await runCli(['notice', '--help'], io)).toBe(0);
    expect(io.out()).toBe(USAGE);
    expect(USAGE).toContain(
      'notice FILE --out OUT [--format md|html|pdf|txt] [--audience ID] [--version N]',
    );
  });
});

describe('the real file system writes bytes', () => {
  it('writes a PDF’s bytes exactly, and refuses to replace them without overwrite', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'ropa-cli-bytes-'));
    try {
      const path = join(folder, 'n.pdf');
      const bytes = Uint8Array.from([0x25, 0x50, 0x44, 0x46, 0x00, 0xff, 0x80, 0x0a]);
      await nodeCliFs.writeBytesAtomic(path, bytes, { overwrite: false });
      expect(new Uint8Array(await readFile(path))).toEqual(bytes);
      await expect(
        nodeCliFs.writeBytesAtomic(path, bytes, { overwrite: false }),
      ).rejects.toMatchObject({
        problem: 'exists',
      });
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  });
});
