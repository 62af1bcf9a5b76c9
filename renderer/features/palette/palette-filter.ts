/**
 * The palette's search: every word must match, labels first. Written for the palette rather
 * than Spotlight's default, which copies its result list once per item and slows down badly
 * at ten thousand records.
 */
import type {
  SpotlightActionData,
  SpotlightActionGroupData,
  SpotlightFilterFunction,
} from '@mantine/spotlight';

type SpotlightActions = Parameters<SpotlightFilterFunction>[1][number];

/** How many actions the palette draws at most (Spotlight's `limit`). */
export const PALETTE_LIMIT = 40;

const text = (action: SpotlightActionData) => {
  const keywords = Array.isArray(action.keywords)
    ? action.keywords.join(' ')
    : (action.keywords ?? '');
  return `${action.description ?? ''} ${keywords}`.toLowerCase();
};

/** Groups to show when nothing is typed: commands, not thousands of records. */
export const COMMAND_GROUPS: ReadonlySet<string> = new Set([
  'Go to',
  'Create',
  'Register file',
  'New activity from a template',
]);

export function paletteFilter(query: string, actions: SpotlightActions[]): SpotlightActions[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  const groups = actions.filter((item): item is SpotlightActionGroupData => 'actions' in item);
  if (words.length === 0) return groups.filter((group) => COMMAND_GROUPS.has(group.group));

  // Rank: 0 = label starts with the query, 1 = every word in the label, 2 = found elsewhere.
  const ranked: { group: string; action: SpotlightActionData; rank: number; order: number }[] = [];
  let order = 0;
  for (const group of groups) {
    for (const action of group.actions) {
      order += 1;
      const label = (action.label ?? '').toLowerCase();
      if (words.every((word) => label.includes(word))) {
        ranked.push({
          group: group.group,
          action,
          rank: label.startsWith(words[0] ?? '') ? 0 : 1,
          order,
        });
      } else {
        const rest = `${label} ${text(action)}`;
        if (words.every((word) => rest.includes(word)))
          ranked.push({ group: group.group, action, rank: 2, order });
      }
    }
  }
  ranked.sort((a, b) => a.rank - b.rank || a.order - b.order);

  // Back into groups, in order of each group's best match, stopping at the limit.
  const result: SpotlightActionGroupData[] = [];
  const byName = new Map<string, SpotlightActionGroupData>();
  for (const { group, action } of ranked.slice(0, PALETTE_LIMIT)) {
    let target = byName.get(group);
    if (!target) {
      target = { group, actions: [] };
      byName.set(group, target);
      result.push(target);
    }
    target.actions.push(action);
  }
  return result;
}
