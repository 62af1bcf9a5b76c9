import { describe, expect, it } from 'vitest';
import { registerSchema } from '../../../shared/domain';
import { syntheticRegister } from '../../bench/synthetic';

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('the benchmark’s synthetic register', () => {
  const register = syntheticRegister({ activities: 500 });

  it('is a valid register, every link resolving', () => {
    const result = registerSchema.safeParse(register);
    expect(result.success, result.error?.message).toBe(true);
  });

  it('is the same register on every run', () => {
    expect(syntheticRegister({ activities: 500 })).toEqual(register);
    expect(syntheticRegister({ activities: 500, seed: 7 })).not.toEqual(register);
  });

  it('has realistic activities: about 300 words, 1–8 data categories, 1–5 recipients', () => {
    for (const activity of register.activities) {
      const text = [
        activity.description,
        ...activity.purposes,
        activity.securityMeasures,
        activity.retention.justification,
      ].join(' ');
      expect(words(text)).toBeGreaterThanOrEqual(280);
      expect(words(text)).toBeLessThanOrEqual(340);
      expect(activity.personalData.length).toBeGreaterThanOrEqual(1);
      expect(activity.personalData.length).toBeLessThanOrEqual(8);
      expect(activity.recipientIds.length).toBeGreaterThanOrEqual(1);
      expect(activity.recipientIds.length).toBeLessThanOrEqual(5);
    }
    expect(register.transfers.length).toBeGreaterThan(0);
    expect(register.lias.length).toBeGreaterThan(0);
  });
});
