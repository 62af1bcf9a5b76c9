/** Finding entries in the processor library: by words and by category, grouped for display. */
import { transferMechanismLabels } from '../domain/enums';
import { countryName } from '../reference/countries';
import type { LibraryProcessor, ProcessorCategory } from './library';
import { processorCategories, processorCategoryLabels } from './library';

export interface LibraryQuery {
  /** Words to find, in any order, in the entry's name, services, countries or safeguard. */
  search: string;
  /** Only this category, or every category when null. */
  category: ProcessorCategory | null;
}

/** Where a library entry processes data, as country names in the entry's order. */
export const libraryCountryNames = (entry: LibraryProcessor): string[] =>
  entry.countries.map(countryName);

const haystack = (entry: LibraryProcessor): string =>
  [
    entry.name,
    entry.services,
    processorCategoryLabels[entry.category],
    entry.website,
    ...libraryCountryNames(entry),
    entry.mechanism ? transferMechanismLabels[entry.mechanism] : '',
  ]
    .join('\n')
    .toLowerCase();

/** The entries that match every word of the search and the category, in library order. */
export const searchLibrary = (
  entries: readonly LibraryProcessor[],
  { search, category }: LibraryQuery,
): LibraryProcessor[] => {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  return entries.filter(
    (entry) =>
      (category === null || entry.category === category) &&
      words.every((word) => haystack(entry).includes(word)),
  );
};

export interface LibraryGroup {
  category: ProcessorCategory;
  label: string;
  entries: LibraryProcessor[];
}

/** The entries by category, in the library's category order; empty categories left out. */
export const groupByCategory = (entries: readonly LibraryProcessor[]): LibraryGroup[] =>
  processorCategories
    .map((category) => ({
      category,
      label: processorCategoryLabels[category],
      entries: entries.filter((entry) => entry.category === category),
    }))
    .filter((group) => group.entries.length > 0);

/** Names compared as a person would: ignoring case, accents and surrounding spaces. */
export const sameName = (a: string, b: string): boolean =>
  a.trim().localeCompare(b.trim(), 'en-GB', { sensitivity: 'base' }) === 0;
