/** ICO-style guidance for a form field, by its path in the record. */
import { fieldGuidance } from '../../shared/reference/guidance';

export const help = (path: string): string | undefined => fieldGuidance[path];
