import { describe, expect, it } from 'vitest';
import { registerFileName } from '../../../../shared/register-file';
import { safeFileName } from '../../../../shared/util/file-name';

describe('file names from what people wrote', () => {
  it('turns characters file systems refuse, and control characters, into single spaces', () => {
    expect(safeFileName('A/B: "C" <D>|E?*\\F\u0007G\nH')).toBe('A B C D E F G H');
  });

  it('keeps dots, apostrophes and accents, and shortens to the limit without a trailing space', () => {
    expect(safeFileName('Konnect Communities C.I.C.')).toBe('Konnect Communities C.I.C.');
    expect(safeFileName('Café d’Été')).toBe('Café d’Été');
    expect(safeFileName('abc def', 4)).toBe('abc');
  });

  it('names a register file after the organisation and the day', () => {
    expect(registerFileName('Konnect: "Communities"', '2026-11-25')).toBe(
      'Konnect Communities 2026-11-25.ropa.json',
    );
    expect(registerFileName('  ', '2026-11-25')).toBe('Register 2026-11-25.ropa.json');
  });
});
