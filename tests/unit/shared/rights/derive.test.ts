import { describe, expect, it } from 'vitest';
import { lawfulBases, type LawfulBasis } from '../../../../shared/domain/enums';
import { availableRights, deriveRights, type Right } from '../../../../shared/rights/derive';

const availability = (basis: LawfulBasis, right: Right) =>
  deriveRights(basis)?.find((entry) => entry.right === right)?.availability;

describe('rights derived from the lawful basis (ICO table)', () => {
  it('gives no rights table when no basis is recorded', () => {
    expect(deriveRights(null)).toBeNull();
    expect(availableRights(null)).toEqual([]);
  });

  it('offers portability only under consent and contract', () => {
    const withPortability = lawfulBases.filter(
      (basis) => availability(basis, 'portability') === 'yes',
    );
    expect(withPortability).toEqual(['consent', 'contract']);
  });

  it('offers the right to object under legitimate interests and public task, not consent or contract', () => {
    expect(availability('legitimate-interests', 'object')).toBe('yes');
    expect(availability('public-task', 'object')).toBe('yes');
    for (const basis of ['consent', 'contract', 'legal-obligation', 'vital-interests'] as const) {
      expect(availability(basis, 'object')).toBe('no');
    }
  });

  it('notes that objection to direct marketing is absolute under legitimate interests', () => {
    const entry = deriveRights('legitimate-interests')?.find((r) => r.right === 'object');
    expect(entry?.note).toMatch(/direct marketing/);
  });

  it('refuses erasure under legal obligation and public task only', () => {
    const noErasure = lawfulBases.filter((basis) => availability(basis, 'erasure') === 'no');
    expect(noErasure).toEqual(['legal-obligation', 'public-task']);
  });

  it('offers withdrawal of consent only where consent is the basis', () => {
    const withdraw = lawfulBases.filter(
      (basis) => availability(basis, 'withdraw-consent') !== 'no',
    );
    expect(withdraw).toEqual(['consent']);
  });

  it('always offers to be informed, access, rectification and restriction', () => {
    for (const basis of lawfulBases) {
      expect(availableRights(basis)).toEqual(
        expect.arrayContaining(['informed', 'access', 'rectification', 'restriction']),
      );
    }
  });

  it('lists every right once, in a fixed order', () => {
    const rights = deriveRights('consent')?.map((entry) => entry.right);
    expect(rights).toEqual([
      'informed',
      'access',
      'rectification',
      'erasure',
      'restriction',
      'portability',
      'object',
      'withdraw-consent',
      'automated-decisions',
    ]);
  });

  it('says no automated decisions are made when there are none', () => {
    const entry = deriveRights('contract', false)?.find((r) => r.right === 'automated-decisions');
    expect(entry?.note).toMatch(/No automated decisions/);
    const withDecisions = deriveRights('contract', true)?.find(
      (r) => r.right === 'automated-decisions',
    );
    expect(withDecisions?.note).not.toMatch(/No automated decisions/);
  });
});
