/** ICO-style guidance for a processing activity's form field, by its path in the record. */
import { guidanceFor } from '../../shared/reference/guidance';

export const help = (path: string): string | undefined => guidanceFor('activity', path)?.help;
