/** Select options built from the domain's closed vocabularies and their labels. */
import {
  art9ConditionLabels,
  art9Conditions,
  schedule1ConditionLabels,
  schedule1Conditions,
  type Schedule1Condition,
} from '../../../shared/domain';

export interface Option<V extends string> {
  value: V;
  label: string;
}

export function optionsOf<V extends string>(
  values: readonly V[],
  labels: Record<V, string>,
): Option<V>[] {
  return values.map((value) => ({ value, label: labels[value] }));
}

export const art9Options = optionsOf(art9Conditions, art9ConditionLabels);

const schedule1Part = (value: Schedule1Condition): string =>
  value.startsWith('p1-')
    ? 'Part 1 — employment, health and research'
    : value.startsWith('p2-')
      ? 'Part 2 — substantial public interest'
      : 'Part 3 — criminal offence data';

/** Schedule 1 conditions grouped by Part, as the Act sets them out. */
export const schedule1Groups = ['Part 1', 'Part 2', 'Part 3'].map((prefix) => {
  const items = schedule1Conditions
    .filter((value) => schedule1Part(value).startsWith(prefix))
    .map((value) => ({ value, label: schedule1ConditionLabels[value] ?? value }));
  return { group: items[0] ? schedule1Part(items[0].value) : prefix, items };
});

/**
 * Keeps an id the options no longer hold (a deleted audience) visible, so it can be seen and
 * removed rather than silently kept.
 */
export function withUnknown(
  options: { value: string; label: string }[],
  selected: readonly string[],
  unknownLabel: string,
): { value: string; label: string }[] {
  const known = new Set(options.map((o) => o.value));
  const missing = selected
    .filter((id) => !known.has(id))
    .map((id) => ({ value: id, label: unknownLabel }));
  return [...options, ...missing];
}
