import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Register } from '../../../../shared/domain/register';
import { exampleRegister } from '../../../../shared/example/konnect';
import { writeRegisterFile } from '../../../../shared/register-file/format';
import { readRegisterFile } from '../../../../shared/register-file/read';
import { activityTemplates } from '../../../../shared/templates/activity-templates';
import { NOW } from '../fixtures';

const example = exampleRegister(NOW);
const partyIds = example.thirdParties.map((t) => t.id);

/** A template pick, with a name of any Unicode text and some recipients from the example. */
const pick = fc.record({
  template: fc.integer({ min: 0, max: activityTemplates.length - 1 }),
  name: fc
    .string({ unit: 'grapheme', minLength: 1, maxLength: 40 })
    .map((s) => s.trim())
    // The schema limits a name to 200 UTF-16 units; a grapheme can be several.
    .filter((s) => s.length > 0 && s.length <= 200),
  recipients: fc.subarray(partyIds),
});

describe('register file property', () => {
  it('round-trips the example plus any mix of templates unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(pick, { maxLength: 8 }),
        fc.boolean(),
        async (picks, withOrganisation) => {
          const register: Register = {
            ...structuredClone(example),
            organisation: withOrganisation ? structuredClone(example.organisation) : null,
            activities: [
              ...example.activities,
              ...picks.map((p, index) => {
                const template = activityTemplates[p.template];
                if (!template) throw new Error('template index out of range');
                return {
                  ...template.build(NOW, `pick-${index}`),
                  name: p.name,
                  recipientIds: p.recipients,
                };
              }),
            ],
          };
          // Without an organisation there are no audiences to link to.
          if (!withOrganisation) for (const a of register.activities) a.audienceIds = [];
          const result = await readRegisterFile(
            await writeRegisterFile(register, NOW, 'property test'),
          );
          expect(result.register).toStrictEqual(register);
        },
      ),
      { numRuns: 40 },
    );
  });
});
