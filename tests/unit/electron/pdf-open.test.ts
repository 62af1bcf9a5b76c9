import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { nodeAtomicFs, type AtomicFs } from '../../../electron/main/handlers/atomic-write';
import { openPdf, pdfFileName, type OpenPdfDeps } from '../../../electron/main/handlers/pdf-open';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ropa-pdf-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const pdf = new TextEncoder().encode('%PDF-1.7\n% a report\n%%EOF');

function deps(overrides: Partial<OpenPdfDeps> = {}): OpenPdfDeps {
  return {
    folder: join(dir, 'Ropa Desk PDFs'),
    fs: nodeAtomicFs,
    mkdir: (path) => mkdir(path, { recursive: true }).then(() => undefined),
    openPath: vi.fn(async () => ''),
    ...overrides,
  };
}

describe('openPdf', () => {
  it('writes the PDF to its own temporary folder and opens it in the system viewer', async () => {
    const d = deps();
    const answer = await openPdf({ name: 'Konnect Article 30 record.pdf', data: pdf }, d);
    const path = join(dir, 'Ropa Desk PDFs', 'Konnect Article 30 record.pdf');
    expect(answer).toEqual({ status: 'opened', path });
    expect(await readFile(path)).toEqual(Buffer.from(pdf));
    expect(d.openPath).toHaveBeenCalledWith(path);
  });

  it('keeps a hostile name inside the folder', async () => {
    const answer = await openPdf({ name: '../../etc/passwd', data: pdf }, deps());
    expect(answer).toEqual({
      status: 'opened',
      path: join(dir, 'Ropa Desk PDFs', 'passwd.pdf'),
    });
    expect(await readdir(dir)).toEqual(['Ropa Desk PDFs']);
  });

  it('refuses bytes that are not a PDF, writing nothing', async () => {
    const d = deps();
    const answer = await openPdf(
      { name: 'x.pdf', data: new TextEncoder().encode('#!/bin/sh\nrm -rf ~') },
      d,
    );
    expect(answer).toEqual({
      status: 'failed',
      message: 'That is not a PDF, so it was not opened.',
    });
    expect(await readdir(dir)).toEqual([]);
    expect(d.openPath).not.toHaveBeenCalled();
  });

  it('says what to do when the disk is full, and opens nothing', async () => {
    const full: AtomicFs = {
      ...nodeAtomicFs,
      open: () => Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' })),
    };
    const d = deps({ fs: full });
    const answer = await openPdf({ name: 'r.pdf', data: pdf }, d);
    expect(answer.status).toBe('failed');
    expect(answer.status === 'failed' && answer.message).toMatch(
      /not enough free space.*save the PDF and print it from there/is,
    );
    expect(d.openPath).not.toHaveBeenCalled();
  });

  it('says where the copy is when no viewer opens it', async () => {
    const answer = await openPdf(
      { name: 'r.pdf', data: pdf },
      deps({ openPath: async () => 'No application is associated' }),
    );
    expect(answer).toEqual({
      status: 'failed',
      message: expect.stringContaining(join(dir, 'Ropa Desk PDFs', 'r.pdf')) as string,
    });
  });
});

describe('pdfFileName', () => {
  it.each([
    ['Report', 'Report.pdf'],
    ['Report.PDF', 'Report.pdf'],
    ['a:b*c?.pdf', 'a_b_c_.pdf'],
  ])('%s → %s', (name, expected) => {
    expect(pdfFileName(name)).toBe(expected);
  });
});
