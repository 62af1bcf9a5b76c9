/** Export then import over a thousand generated registers gives back each one exactly. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { registerSchema } from '../../../../shared/domain/register';
import { writeRegisterFile } from '../../../../shared/register-file/format';
import { readRegisterFile } from '../../../../shared/register-file/read';
import { arbitraryRegister } from './arbitrary-register';

describe('generated registers', () => {
  it('are valid as generated, so the round trip below tests the file and not the schema', () => {
    fc.assert(
      fc.property(arbitraryRegister, (register) => {
        expect(registerSchema.parse(register)).toStrictEqual(register);
      }),
      { numRuns: 200 },
    );
  }, 30_000);

  it('come back exactly after export then import, over 1,000 of them', async () => {
    let sawOrganisation = false;
    let sawTemplateActivity = false;
    await fc.assert(
      fc.asyncProperty(arbitraryRegister, async (register) => {
        sawOrganisation ||= register.organisation !== null;
        sawTemplateActivity ||= register.activities.some((a) => a.id.startsWith('generated-'));
        const text = await writeRegisterFile(register, '2026-11-25T12:00:00.000Z', 'generated');
        const result = await readRegisterFile(text);
        expect(result.register).toStrictEqual(register);
        expect(result.migratedFrom).toBeNull();
      }),
      { numRuns: 1000 },
    );
    expect(sawOrganisation && sawTemplateActivity).toBe(true);
  }, 60_000);
});
