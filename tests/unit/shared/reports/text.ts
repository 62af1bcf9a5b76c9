/** Report definitions as data: the text they show, in reading order, and a register to build them from. */
import type { PortablePdfDefinition } from '../../../../shared/notice/render/portablePdf';
import type { Register } from '../../../../shared/domain/register';
import {
  defaultReportOptions,
  type ReportInput,
  type ReportOptions,
} from '../../../../shared/reports';

export const CHECKSUM = `sha256:${'3f2a9c1b7e04'}${'0'.repeat(52)}`;
export const GENERATED_AT = '2026-11-25T14:05:00.000Z';

export const inputFor = (
  register: Register,
  options: Partial<ReportOptions> = {},
): ReportInput => ({
  register,
  checksum: CHECKSUM,
  generatedAt: GENERATED_AT,
  options: { ...defaultReportOptions, ...options },
});

function collect(node: unknown, into: string[]): void {
  if (typeof node === 'string') {
    into.push(node);
    return;
  }
  if (Array.isArray(node)) {
    node.forEach((child) => collect(child, into));
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  for (const key of ['text', 'stack', 'columns', 'ul', 'ol']) {
    if (key in record) collect(record[key], into);
  }
  if (typeof record.table === 'object' && record.table !== null) {
    collect((record.table as { body: unknown }).body, into);
  }
}

/** Every piece of text in the content, in order (the running header and footer apart). */
export function textsOf(definition: PortablePdfDefinition): string[] {
  const texts: string[] = [];
  collect(definition.content, texts);
  return texts;
}

export const allText = (definition: PortablePdfDefinition): string =>
  textsOf(definition).join('\n');

/** The positions of `needles` in the text, to assert an order. */
export const positionsIn = (text: string, needles: readonly string[]): number[] =>
  needles.map((needle) => text.indexOf(needle));

export { emptyRegister } from '../../../../shared/domain/register';
