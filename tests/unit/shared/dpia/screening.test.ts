import { describe, expect, it } from 'vitest';
import {
  isScreeningItemId,
  screeningItems,
  screeningLead,
  screeningOutcome,
} from '../../../../shared/dpia/screening';
import { referenceFlat } from '../lia/reference-text';

const allNo = () => Object.fromEntries(screeningItems.map((item) => [item.id, false]));

describe('DPIA screening list', () => {
  it('is the reference list of 12, verbatim and in order', () => {
    const match = /DPIA screening \("(.+?)"\): (.+?)\. DPIA template steps/.exec(referenceFlat);
    expect(match?.[1]).toBe(screeningLead);
    const reference = match?.[2]?.split('; ');
    expect(reference).toHaveLength(12);
    expect(screeningItems.map((item) => item.text)).toEqual(reference);
  });

  it('has unique ids and short guidance', () => {
    const ids = screeningItems.map((item) => item.id);
    expect(new Set(ids).size).toBe(12);
    for (const item of screeningItems) {
      expect(item.id).toMatch(/^dpia\.[a-z-]+$/);
      expect(item.guidance.length).toBeGreaterThan(20);
      expect(item.guidance.length).toBeLessThan(200);
    }
    expect(isScreeningItemId('dpia.tracking')).toBe(true);
    expect(isScreeningItemId('purpose.why')).toBe(false);
  });
});

describe('screeningOutcome', () => {
  it('nothing answered: not needed yet, not complete', () => {
    expect(screeningOutcome({})).toEqual({ needed: false, complete: false, reasons: [] });
  });

  it('null counts as unanswered', () => {
    expect(screeningOutcome({ ...allNo(), 'dpia.matching': null }).complete).toBe(false);
  });

  it('all "no": complete, not needed', () => {
    expect(screeningOutcome(allNo())).toEqual({ needed: false, complete: true, reasons: [] });
  });

  it('any "yes": needed, with each yes item as a reason in list order', () => {
    const result = screeningOutcome({ 'dpia.physical-harm': true, 'dpia.new-technologies': true });
    expect(result).toEqual({
      needed: true,
      complete: false,
      reasons: ['new technologies', 'data that could cause physical harm if breached'],
    });
    expect(screeningOutcome({ ...allNo(), 'dpia.biometric-genetic': true })).toEqual({
      needed: true,
      complete: true,
      reasons: ['biometric or genetic data'],
    });
  });
});
