/** What a field's path says: the list field it sits in, and whether it is still to confirm. */

/** A record a person is asked to check field by field. */
export interface Confirmable {
  toConfirm: string[];
}

/** 'socialMedia.2.handle' and 'purposes.2' sit in a list field: 'socialMedia', 'purposes'. */
export const listFieldOf = (path: string): string => path.replace(/\.\d+(\..*)?$/, '');

/** A field is to confirm when its path, or a record it sits in, is listed (e.g. 'dpo'). */
export function isToConfirm(toConfirm: readonly string[], path: string): boolean {
  return toConfirm.some((flag) => flag === path || path.startsWith(`${flag}.`));
}
