/** The colour of each Article 28 checklist state: a dot beside body-coloured text, for contrast. */
import type { ChecklistTone } from '../../../shared/processors/article28';

export const toneColours: Record<ChecklistTone, string> = {
  'not-checked': 'gray',
  partial: 'yellow',
  gaps: 'red',
  complete: 'teal',
};
