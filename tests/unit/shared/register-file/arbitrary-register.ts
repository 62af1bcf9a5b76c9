/**
 * fast-check arbitraries for valid registers: a random part of the example organisation plus
 * random template activities, with hostile text, random links that stay valid and random dates.
 */
import fc from 'fast-check';
import type { Activity } from '../../../../shared/domain/activity';
import { activityStatuses } from '../../../../shared/domain/enums';
import type { Register } from '../../../../shared/domain/register';
import { exampleRegister } from '../../../../shared/example/konnect';
import { activityTemplates } from '../../../../shared/templates/activity-templates';

/** Text that has broken exporters elsewhere: spreadsheet formulas, quotes, markup, scripts. */
const awkwardText = fc.constantFrom(
  "=cmd|' /C calc'!A0",
  '=HYPERLINK("http://example.invalid","click")',
  '+SUM(1,1)',
  '-1+1',
  '@SUM(A1:A2)',
  '"double" and \'single\' and `back` quotes',
  'line one\nline two\r\nline three',
  '</script><script>alert(1)</script>',
  '\\u0000 is not a NUL; \\" is not a quote',
  '“curly” ‘quotes’ — dashes … ellipses',
  'Zoë Ångström Øresund Łódź',
  '😀 👍🏽 👨‍👩‍👧 🏴󠁧󠁢󠁷󠁬󠁳󠁿',
  'مرحبا עברית 漢字 한국어',
  '__proto__',
  'constructor',
);

/** Any text: printable graphemes, any code point (controls included) or awkward text. */
const anyText = (maxLength: number): fc.Arbitrary<string> =>
  fc
    .oneof(
      fc.string({ unit: 'grapheme', maxLength: Math.min(maxLength, 60) }),
      fc.string({ unit: 'binary', maxLength: Math.min(maxLength, 60) }),
      awkwardText,
    )
    .filter((s) => s.length <= maxLength);

/** Text the schema trims: generated already trimmed, so that the schema leaves it as it is. */
const trimmedText = (minLength: number, maxLength: number): fc.Arbitrary<string> =>
  anyText(maxLength)
    .map((s) => s.trim())
    .filter((s) => s.length >= minLength);

const dateIn = (from: string, to: string) =>
  fc.date({ min: new Date(from), max: new Date(to), noInvalidDate: true });
const isoDate = dateIn('1990-01-01', '2099-12-31').map((d) => d.toISOString().slice(0, 10));
const timestamp = dateIn('2000-01-01', '2099-12-31').map((d) => d.toISOString());

/** Indices into a list of `length` items: which of them to keep. */
const someOf = (length: number) => fc.subarray(Array.from({ length }, (_, i) => i));

/** One template activity with its own text, dates, status and links (resolved later). */
const templatePick = fc.record({
  template: fc.integer({ min: 0, max: activityTemplates.length - 1 }),
  name: trimmedText(1, 200),
  description: anyText(20_000),
  purposes: fc.array(trimmedText(1, 500), { maxLength: 4 }),
  owner: trimmedText(0, 300),
  internalNotes: anyText(20_000),
  status: fc.constantFrom(...activityStatuses),
  lastReviewed: fc.option(isoDate),
  nextReview: fc.option(isoDate),
  recipients: fc.array(fc.nat(), { maxLength: 5 }),
  funders: fc.array(fc.nat(), { maxLength: 2 }),
  audiences: fc.array(fc.nat(), { maxLength: 3 }),
});
type TemplatePick = typeof templatePick extends fc.Arbitrary<infer T> ? T : never;

const EXAMPLE = exampleRegister('2026-01-01T00:00:00.000Z');

const choices = fc.record({
  now: timestamp,
  withOrganisation: fc.boolean(),
  organisationName: trimmedText(1, 200),
  activities: someOf(EXAMPLE.activities.length),
  thirdParties: someOf(EXAMPLE.thirdParties.length),
  partyNotes: fc.array(anyText(20_000), {
    minLength: EXAMPLE.thirdParties.length,
    maxLength: EXAMPLE.thirdParties.length,
  }),
  picks: fc.array(templatePick, { maxLength: 6 }),
});
type Choices = typeof choices extends fc.Arbitrary<infer T> ? T : never;

/** Picks list[n mod length] for each n, without repeats; none from an empty list. */
const pickIds = (ids: readonly string[], picks: readonly number[]): string[] =>
  ids.length === 0 ? [] : [...new Set(picks.map((n) => ids[n % ids.length] ?? ''))];

function buildPick(pick: TemplatePick, index: number, c: Choices, links: Links): Activity {
  const template = activityTemplates[pick.template];
  if (!template) throw new Error('template index out of range');
  return {
    ...template.build(c.now, `generated-${index}`),
    name: pick.name,
    description: pick.description,
    purposes: pick.purposes,
    owner: pick.owner,
    internalNotes: pick.internalNotes,
    status: pick.status,
    lastReviewed: pick.lastReviewed,
    nextReview: pick.nextReview,
    recipientIds: pickIds(links.parties, pick.recipients),
    funderIds: pickIds(links.funders, pick.funders),
    audienceIds: pickIds(links.audiences, pick.audiences),
  };
}

interface Links {
  parties: string[];
  funders: string[];
  audiences: string[];
}

function assemble(c: Choices): Register {
  const example = exampleRegister(c.now);
  const organisation =
    c.withOrganisation && example.organisation
      ? { ...example.organisation, name: c.organisationName }
      : null;
  const thirdParties = c.thirdParties.flatMap((i) => {
    const party = example.thirdParties[i];
    return party ? [{ ...party, internalNotes: c.partyNotes[i] ?? '' }] : [];
  });
  const links: Links = {
    parties: thirdParties.map((t) => t.id),
    funders: thirdParties.filter((t) => t.type === 'funder').map((t) => t.id),
    audiences: organisation?.audiences.map((a) => a.id) ?? [],
  };
  const keep = (ids: readonly string[], kept: readonly string[]) =>
    ids.filter((id) => kept.includes(id));
  const fromExample = c.activities.flatMap((i) => {
    const activity = example.activities[i];
    if (!activity) return [];
    return [
      {
        ...activity,
        recipientIds: keep(activity.recipientIds, links.parties),
        funderIds: keep(activity.funderIds, links.funders),
        audienceIds: keep(activity.audienceIds, links.audiences),
      },
    ];
  });
  const activities = [...fromExample, ...c.picks.map((p, i) => buildPick(p, i, c, links))];
  const activityIds = activities.map((a) => a.id);
  return {
    ...example,
    organisation,
    activities,
    thirdParties,
    transfers: example.transfers
      .filter((t) => links.parties.includes(t.thirdPartyId))
      .map((t) => ({ ...t, activityIds: keep(t.activityIds, activityIds) })),
    lias: example.lias.map((lia) => ({ ...lia, activityIds: keep(lia.activityIds, activityIds) })),
  };
}

/** A valid register, already in the form the schema gives back (text trimmed). */
export const arbitraryRegister: fc.Arbitrary<Register> = choices.map(assemble);
