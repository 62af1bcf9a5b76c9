/**
 * `npm run lint:electron`: Electronegativity over the built main and preload (out/main,
 * out/preload). Fails on any finding not reviewed in electronegativity-allow.json, on any
 * allow-list entry that no longer matches a finding, and on any file it did not parse.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Finding {
  id: string;
  file: string;
  location: { line: number; column: number };
  description: string;
}

interface RunResult {
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: Finding[];
}

interface AllowEntry {
  check: string;
  file: string;
  reason: string;
}

const require = createRequire(import.meta.url);
const electronegativity = require('@doyensec/electronegativity') as (options: {
  input: string;
  isRelative: boolean;
  electronVersionOverride: string;
  excludeFromScan: string[];
}) => Promise<RunResult>;
const { LoaderDirectory } = require('@doyensec/electronegativity/dist/loader') as {
  LoaderDirectory: new () => { load(input: string): Promise<void>; list_files: Set<string> };
};

const root = fileURLToPath(new URL('../../', import.meta.url));
const bundles = ['out/main', 'out/preload'];
const allowListPath = fileURLToPath(new URL('./electronegativity-allow.json', import.meta.url));
/** Global findings (e.g. "no CSP found") name no file. */
const WHOLE_APP = '(whole app)';
// The check fetches Electron's release list from the internet; CI is offline, and keeping
// Electron current is item 16 of the checklist test instead.
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const CODE = new Set(['.js', '.cjs', '.mjs']);

/**
 * Electronegativity reads only .js/.ts/.html names and silently skips the rest, such as the
 * preload's index.cjs: stage every bundle under a .js name so nothing escapes the scan.
 */
function stage(folder: string): Map<string, string> {
  const staged = new Map<string, string>();
  for (const bundle of bundles) {
    const source = join(root, bundle);
    let names: string[];
    try {
      names = readdirSync(source, { recursive: true, encoding: 'utf8' });
    } catch {
      throw new Error(`${bundle} is missing: run npm run build first.`);
    }
    const code = names.filter((name) => CODE.has(extname(name)));
    if (code.length === 0) throw new Error(`${bundle} holds no JavaScript: run npm run build.`);
    for (const name of code) {
      const target = join(bundle, name.slice(0, -extname(name).length) + '.js');
      mkdirSync(join(folder, target, '..'), { recursive: true });
      copyFileSync(join(source, name), join(folder, target));
      staged.set(target, join(bundle, name));
    }
  }
  return staged;
}

function readAllowList(): AllowEntry[] {
  const entries = JSON.parse(readFileSync(allowListPath, 'utf8')) as AllowEntry[];
  for (const entry of entries) {
    if (!entry.check || !entry.file || !entry.reason || entry.reason.length < 20) {
      throw new Error(
        `Allow-list entry needs a check, a file and a real reason: ${JSON.stringify(entry)}`,
      );
    }
  }
  return entries;
}

async function scan(folder: string): Promise<RunResult> {
  // Electronegativity tries to download newer translations and says so when it cannot.
  const log = console.log;
  console.log = (...args: unknown[]) => {
    if (!String(args[0]).startsWith('Could not retrieve updated translations')) log(...args);
  };
  try {
    return await electronegativity({
      input: folder,
      isRelative: true,
      electronVersionOverride:
        (
          JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
            devDependencies: Record<string, string>;
          }
        ).devDependencies['electron'] ?? '',
      excludeFromScan: EXCLUDED_CHECKS,
    });
  } finally {
    console.log = log;
  }
}

async function main(): Promise<number> {
  const folder = mkdtempSync(join(tmpdir(), 'ropa-electronegativity-'));
  try {
    const staged = stage(folder);
    const loader = new LoaderDirectory();
    await loader.load(folder);
    const listed = new Set([...loader.list_files].map((file) => relative(folder, file)));
    const problems: string[] = [];
    for (const [target, original] of staged) {
      if (!listed.has(target)) problems.push(`Not scanned: ${original}`);
    }
    const result = await scan(folder);
    for (const error of result.errors) {
      const file = staged.get(relative(folder, error.file)) ?? error.file;
      problems.push(`Could not parse ${file}: ${error.message}`);
    }
    const allowList = readAllowList();
    const used = new Set<AllowEntry>();
    for (const issue of result.issues) {
      const file = issue.file === 'N/A' ? WHOLE_APP : (staged.get(issue.file) ?? issue.file);
      const entry = allowList.find((allow) => allow.check === issue.id && allow.file === file);
      const where = `${file}:${issue.location.line}:${issue.location.column}`;
      if (entry) {
        used.add(entry);
        console.log(`reviewed  ${issue.id} at ${where}`);
      } else {
        problems.push(`Finding not reviewed: ${issue.id} at ${where} — ${issue.description}`);
      }
    }
    for (const entry of allowList) {
      if (!used.has(entry))
        problems.push(`Stale allow-list entry: ${entry.check} in ${entry.file}`);
    }
    if (problems.length > 0) {
      console.error(problems.join('\n'));
      console.error(
        `Electronegativity: ${problems.length} problem(s). Fix the code, or review the finding and add it with its reason to tests/security/electronegativity-allow.json.`,
      );
      return 1;
    }
    console.log(
      `Electronegativity: ${staged.size} bundles scanned, ${result.issues.length} findings, all reviewed.`,
    );
    return 0;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

process.exitCode = await main();
