/** The one test that runs the real entry point, to prove the exit codes reach the shell. */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

interface Outcome {
  code: number | null;
  stdout: string;
  stderr: string;
}

function cli(...args: string[]): Promise<Outcome> {
  return new Promise((resolve, reject) => {
    const child = spawn('npx', ['tsx', 'electron/cli/index.ts', ...args], {
      cwd: ROOT,
      shell: process.platform === 'win32',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

it('exits 0, 1, 2 and 3 from the real command line', { timeout: 120_000 }, async () => {
  const folder = await mkdtemp(join(tmpdir(), 'ropa-cli-spawn-'));
  try {
    const file = join(folder, 'konnect.ropa.json');

    const written = await cli('example', '--out', file);
    expect(written).toMatchObject({ code: 0, stderr: '' });
    expect(existsSync(file)).toBe(true);

    const again = await cli('example', '--out', file);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists; add --force/);

    const valid = await cli('validate', file);
    expect(valid).toMatchObject({ code: 0, stderr: '' });
    expect(valid.stdout).toMatch(
      /^valid: Konnect Communities C\.I\.C\. — 13 activities, 20 third parties/,
    );

    const checked = await cli('check', file, '--fail-on', 'high', '--date', '2026-11-25');
    expect(checked.code).toBe(3);
    expect(checked.stdout).toMatch(
      /^Konnect Communities C\.I\.C\.: \d+ findings on 25 November 2026/,
    );

    const missing = await cli('validate', join(folder, 'missing.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('missing.json');

    const wrong = await cli('frobnicate');
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toMatch(/unknown command/);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
