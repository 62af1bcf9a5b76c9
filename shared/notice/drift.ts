/** Drift: whether the register now says something the last published notice does not. */
import type { NoticeVersion } from '../domain/notice';
import type { Register } from '../domain/register';
import type { ComposeOptions } from './compose';
import { describeChanges, noticeFacts, type NoticeChange } from './facts';

export function noticeDrift(
  register: Register,
  options: ComposeOptions,
  published: NoticeVersion | undefined,
): { drifted: boolean; changes: NoticeChange[] } {
  if (!published) return { drifted: false, changes: [] };
  const changes = describeChanges(published.facts, noticeFacts(register, options));
  return { drifted: changes.length > 0, changes };
}
