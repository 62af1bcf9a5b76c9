/**
 * `notice FILE --out OUT`: the privacy notice from a register file as Markdown, HTML, PDF or
 * plain text — a published version (--version N) or the current draft — for one audience
 * (--audience ID) or for everyone.
 */
import { parseArgs } from 'node:util';
import type { NoticeDocument } from '../../shared/domain/notice';
import type { Register } from '../../shared/domain/register';
import { composeNotice } from '../../shared/notice/compose';
import {
  noticePdfDefinition,
  toHtml,
  toMarkdown,
  toPlainText,
  type PdfOptions,
} from '../../shared/notice/render';
import { draftView } from '../../shared/notice/wording';
import {
  EXIT_BAD_INPUT,
  EXIT_OK,
  inputError,
  oneFile,
  readRegisterOrReport,
  usageError,
  USAGE,
  writeOrReport,
  type ExitCode,
} from './common';
import type { CliIo } from './io';
import { pdfBytes } from './pdf';

export const NOTICE_FORMATS = ['md', 'html', 'pdf', 'txt'] as const;
export type NoticeFormat = (typeof NOTICE_FORMATS)[number];

const FORMAT_NAMES: Record<NoticeFormat, string> = {
  md: 'Markdown',
  html: 'HTML',
  pdf: 'PDF',
  txt: 'plain text',
};

const isFormat = (value: string): value is NoticeFormat =>
  (NOTICE_FORMATS as readonly string[]).includes(value);

/** The format named by --format, or else by OUT's extension (".htm" counts as HTML). */
function formatOf(format: string | undefined, out: string): NoticeFormat | null {
  if (format !== undefined) {
    const named = format.toLowerCase();
    return isFormat(named) ? named : null;
  }
  const extension = /\.([a-z]+)$/i.exec(out)?.[1]?.toLowerCase();
  if (extension === 'htm') return 'html';
  if (extension === 'markdown') return 'md';
  return extension !== undefined && isFormat(extension) ? extension : null;
}

interface ChosenNotice {
  document: NoticeDocument;
  /** How the output names it: "version 2" or "current draft". */
  description: string;
  options: PdfOptions;
}

function audienceList(register: Register): string {
  const audiences = register.organisation?.audiences ?? [];
  if (audiences.length === 0) return 'this register defines no audiences';
  return `its audiences are ${audiences.map((a) => `${a.id} (${a.name})`).join(', ')}`;
}

async function chooseNotice(
  register: Register,
  audienceId: string | null,
  versionNumber: number | null,
  today: string,
  audienceName: string,
): Promise<ChosenNotice | string> {
  if (versionNumber !== null) {
    const versions = register.noticeVersions
      .filter((v) => v.audienceId === audienceId)
      .sort((a, b) => a.number - b.number);
    const version = versions.find((v) => v.number === versionNumber);
    if (version === undefined) {
      const available =
        versions.length === 0
          ? 'none has been published yet; leave out --version for the current draft'
          : `the published versions are ${versions.map((v) => v.number).join(', ')}`;
      return `there is no version ${versionNumber} of the notice for ${audienceName}: ${available}`;
    }
    return {
      document: version.document,
      description: `version ${version.number}`,
      options: { versionLabel: `Version ${version.number}`, hash: version.hash },
    };
  }
  const draft = register.noticeDrafts.find((d) => d.audienceId === audienceId);
  const document = draft
    ? (await draftView(register, draft, today)).document
    : composeNotice(register, { audienceId, nameProcessors: true, lastUpdated: today });
  return { document, description: 'current draft', options: { versionLabel: 'Draft' } };
}

async function render(
  format: NoticeFormat,
  document: NoticeDocument,
  options: PdfOptions,
): Promise<string | Uint8Array> {
  switch (format) {
    case 'md':
      return toMarkdown(document, options);
    case 'html':
      return toHtml(document, options);
    case 'txt':
      return toPlainText(document, options);
    case 'pdf':
      return pdfBytes(noticePdfDefinition(document, options));
  }
}

export async function noticeCommand(args: string[], io: CliIo): Promise<ExitCode> {
  const { values, positionals } = parseArgs({
    args,
    options: {
      out: { type: 'string', short: 'o' },
      format: { type: 'string', short: 'f' },
      audience: { type: 'string', short: 'a' },
      version: { type: 'string' },
      force: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    io.stdout(USAGE);
    return EXIT_OK;
  }
  const path = oneFile(positionals, io, 'notice', 'a register FILE');
  if (typeof path !== 'string') return path;
  const out = values.out;
  if (out === undefined || out.trim() === '') return usageError(io, 'notice needs --out OUT');
  const format = formatOf(values.format, out);
  if (format === null) {
    return usageError(
      io,
      values.format === undefined
        ? `add --format md, html, pdf or txt: “${out}” does not say which`
        : `--format must be md, html, pdf or txt, not “${values.format}”`,
    );
  }
  let versionNumber: number | null = null;
  if (values.version !== undefined) {
    if (!/^[1-9]\d{0,8}$/.test(values.version)) {
      return usageError(io, `--version needs a version number such as 2, not “${values.version}”`);
    }
    versionNumber = Number(values.version);
  }

  const result = await readRegisterOrReport(path, io);
  if (result === null) return EXIT_BAD_INPUT;
  const register = result.register;
  const audienceId = values.audience ?? null;
  const audience =
    audienceId === null ? null : register.organisation?.audiences.find((a) => a.id === audienceId);
  if (audience === undefined) {
    return inputError(
      io,
      `${path}: there is no audience “${audienceId}”: ${audienceList(register)}; leave out --audience for the notice covering everyone`,
    );
  }
  const audienceName = audience === null ? 'everyone' : audience.name;
  const chosen = await chooseNotice(
    register,
    audienceId,
    versionNumber,
    io.now().slice(0, 10),
    audienceName,
  );
  if (typeof chosen === 'string') return inputError(io, `${path}: ${chosen}`);

  const output = await render(format, chosen.document, chosen.options);
  if (!(await writeOrReport(io, out, output, values.force === true))) return EXIT_BAD_INPUT;
  io.stdout(
    `wrote ${out}: the privacy notice for ${audienceName}, ${chosen.description}, as ${FORMAT_NAMES[format]}\n`,
  );
  return EXIT_OK;
}
