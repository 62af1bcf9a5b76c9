/**
 * The example must restate the Konnect notice in our own words. The notice lives beside the
 * repository (never inside it), as on every developer machine and in CI.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { exampleRegister } from '../../../../shared/example/konnect';
import { activityTemplates } from '../../../../shared/templates/activity-templates';
import { NOW } from '../fixtures';

const NOTICE = fileURLToPath(
  new URL('../../../../../shared/reference/seed-privacy-notice.txt', import.meta.url),
);
const RUN = 7;

const words = (text: string): string[] =>
  text
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);

/** Every run of RUN consecutive words in `text`. */
const runs = (text: string): Set<string> => {
  const list = words(text);
  const found = new Set<string>();
  for (let i = 0; i + RUN <= list.length; i += 1) found.add(list.slice(i, i + RUN).join(' '));
  return found;
};

/** Every string inside a value, each on its own so no run spans two fields. */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : Array.isArray(value)
      ? value.flatMap(strings)
      : typeof value === 'object' && value !== null
        ? Object.values(value).flatMap(strings)
        : [];

describe('own words', () => {
  const notice = runs(readFileSync(NOTICE, 'utf8'));

  it.each([
    ['the example register', exampleRegister(NOW)],
    ['the activity templates', activityTemplates.map((t) => t.build(NOW, t.id))],
  ])('%s copies no run of 7 words from the notice', (_label, value) => {
    const copied = strings(value).flatMap((text) =>
      [...runs(text)].filter((run) => notice.has(run)),
    );
    expect(copied).toEqual([]);
  });
});
