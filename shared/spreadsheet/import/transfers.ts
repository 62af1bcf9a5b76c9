/** Destinations and safeguards tied to a row's recipients, as transfers (merged across rows). */
import type { Activity } from '../../domain/activity';
import { transferMechanismLabels } from '../../domain/enums';
import { blankTransfer } from '../../domain/factories';
import type { ThirdParty } from '../../domain/third-party';
import { countryName } from '../../reference/countries';
import { addNote, type CellSource, type PlanBuilder } from './builder';
import { partyIn } from './recipients';
import { cellLines, isNotApplicable, normalise } from './text';
import { mechanismChoices, readCountries, readMechanism } from './words';

/** Destinations and safeguards tied to recipients become transfers; anything else is kept as text. */
export function readTransfers(
  builder: PlanBuilder,
  activity: Activity,
  parties: readonly ThirdParty[],
  countries: CellSource | null,
  safeguards: CellSource | null,
): void {
  const mechanismFor = new Map<string, ReturnType<typeof readMechanism>>();
  let general: ReturnType<typeof readMechanism> = null;
  if (safeguards && !isNotApplicable(safeguards.text)) {
    for (const line of cellLines(safeguards.text)) {
      const mechanism = readMechanism(line);
      const named = parties.find((party) =>
        ` ${normalise(line)} `.includes(` ${normalise(party.name)} `),
      );
      if (named) mechanismFor.set(named.id, mechanism);
      else general ??= mechanism;
    }
  }
  if (!countries || isNotApplicable(countries.text)) {
    if (safeguards && !isNotApplicable(safeguards.text) && safeguards.text !== '') {
      addNote(activity, `${safeguards.heading}: ${safeguards.text}`);
      builder.read(
        'activity',
        activity,
        'internalNotes',
        safeguards,
        'A safeguard with no destination country; kept in the internal notes',
      );
    }
    return;
  }
  for (const line of cellLines(countries.text)) {
    const destinations = readCountries(line).filter((code) => code !== 'GB');
    const party = partyIn(line, parties);
    if (destinations.length === 0 || party === null) {
      addNote(activity, `${countries.heading}: ${line}`);
      const why =
        destinations.length === 0
          ? 'No country outside the UK recognised'
          : 'No recipient of this row named';
      builder.read(
        'activity',
        activity,
        'internalNotes',
        countries,
        `${why}, so no transfer was created; kept in the internal notes: “${line}”`,
      );
      continue;
    }
    const mechanism = mechanismFor.get(party.id) ?? general;
    const existing = builder.findTransfer(party.id, destinations, mechanism);
    if (existing) {
      existing.activityIds.push(activity.id);
      continue;
    }
    const transfer = blankTransfer(builder.options.now, {
      id: builder.options.newId(),
      thirdPartyId: party.id,
      destinations,
      activityIds: [activity.id],
      mechanism,
    });
    builder.transfers.push(transfer);
    builder.read(
      'transfer',
      transfer,
      'destinations',
      countries,
      `To ${party.name} in ${destinations.map(countryName).join(', ')}`,
    );
    builder.read(
      'transfer',
      transfer,
      'mechanism',
      safeguards ?? countries,
      mechanism === null
        ? 'No safeguard named'
        : mechanism === 'legacy-eu-sccs' && !/legacy|eu/i.test(safeguards?.text ?? '')
          ? `${transferMechanismLabels[mechanism]}: the cell names SCCs but not the UK Addendum; if the Addendum is signed, choose it`
          : transferMechanismLabels[mechanism],
      { choices: mechanismChoices, value: mechanism ?? undefined },
    );
    if (builder.newParties.includes(party)) {
      const added = destinations.filter((code) => !party.countries.includes(code));
      if (added.length > 0) {
        party.countries = [...party.countries, ...added];
        builder.read(
          'thirdParty',
          party,
          'countries',
          countries,
          `Processes data in ${party.countries.map(countryName).join(', ')}`,
        );
      }
    }
  }
}
