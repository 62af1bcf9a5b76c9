import { describe, expect, it } from 'vitest';
import type { Breach } from '../../../../shared/domain/logs';
import { exampleRegisterWithNotices } from '../../../../shared/example/konnect-notice';
import { konnectActivityIds } from '../../../../shared/example/konnect';
import { icoCells, icoColumns, icoSectionSpans } from '../../../../shared/ropa/ico-template';

const NOW = '2026-11-25T12:00:00.000Z';

/** The value, failing the test when it is missing. */
function present<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('expected a value');
  return value;
}
const col = (heading: string): number => {
  const index = icoColumns.findIndex((c) => c.heading === heading);
  expect(index).toBeGreaterThanOrEqual(0);
  return index;
};

describe('the ICO template columns', () => {
  it('has the 30 headings in the ICO order and wording', () => {
    expect(icoColumns).toHaveLength(30);
    expect(icoColumns[0]?.heading).toBe('Business function');
    expect(icoColumns[7]?.heading).toBe(
      'Names of third countries or international organisations that personal data are transferred to (if applicable)',
    );
    expect(icoColumns[11]?.heading).toBe('Article 6 lawful basis for processing personal data');
    expect(icoColumns[23]?.heading).toBe('Has a personal data breach occurred?');
    expect(icoColumns[29]?.heading).toBe(
      'Reasons for not adhering to policy document (if applicable)',
    );
  });

  it('groups the columns into the seven sections, in order and contiguous', () => {
    expect(icoSectionSpans().map((s) => [s.section, s.first, s.count])).toEqual([
      ['Article 30 RoPA', 0, 11],
      ['Privacy notices', 11, 7],
      ['Consent', 18, 1],
      ['Access requests', 19, 1],
      ['DPIA', 20, 3],
      ['Personal data breaches', 23, 2],
      ['DPA 2018 – special category or criminal conviction and offence data', 25, 5],
    ]);
  });
});

describe('icoCells for the example', () => {
  it('writes 30 cells for every activity', async () => {
    const register = await exampleRegisterWithNotices(NOW);
    for (const activity of register.activities)
      expect(icoCells(register, activity)).toHaveLength(30);
  });

  it('writes linked records out as readable text', async () => {
    const register = await exampleRegisterWithNotices(NOW);
    const index = register.activities.findIndex((a) => a.id === konnectActivityIds.clientRecords);
    const activity = present(register.activities[index]);
    const row = icoCells(register, activity);
    expect(row[col('Business function')]).toBe('Service delivery');
    expect(row[col('Purpose of processing')]?.split('\n')).toEqual(activity.purposes);
    expect(row[col('Article 6 lawful basis for processing personal data')]).toMatch(
      /^Legitimate interests — Art 6\(1\)\(f\)/,
    );
    expect(row[col('Link to record of legitimate interests assessment (if applicable)')]).toMatch(
      /^Client records and reporting to funders — Can rely on legitimate interests \(revision \d+\)$/,
    );
    expect(row[col('Retention schedule (if possible)')]).toBe(
      'The length of the engagement plus up to 20 years from the end of the client’s engagement with us',
    );
    const transfers = col(
      'Names of third countries or international organisations that personal data are transferred to (if applicable)',
    );
    expect(row[transfers]).toMatch(/^United States/);
    expect(row[transfers + 1]).toContain('UK–US data bridge (DPF certified)');
    expect(row[col('Rights available to individuals')]).toContain('Right to object');
    expect(row[col('Rights available to individuals')]).not.toContain('portability');
    expect(row[col('Has a personal data breach occurred?')]).toBe('No');
    expect(
      row[col('Existence of automated decision-making, including profiling (if applicable)')],
    ).toBe('No');
    // Not special category data, so the DPA 2018 section does not apply.
    expect(row[col('GDPR Article 6 lawful basis for processing')]).toBe('Not applicable');
  });

  it('names recipients with their role, and special category data with its conditions', async () => {
    const register = await exampleRegisterWithNotices(NOW);
    const activity = present(register.activities[0]);
    const party = present(register.thirdParties.find((p) => p.kind === 'processor'));
    const changed = {
      ...register,
      activities: [
        {
          ...activity,
          recipientIds: [party.id],
          specialCategories: ['health' as const],
          art9Condition: 'h' as const,
          schedule1Condition: 'p1-2' as const,
          lawfulBasis: 'public-task' as const,
          lawfulBasisDetail: '',
          retention: { ...activity.retention, followsPolicy: false },
        },
      ],
    };
    const row = icoCells(changed, present(changed.activities[0]));
    expect(row[col('Categories of recipients')]?.startsWith(`${party.name} (Processor, `)).toBe(
      true,
    );
    expect(row[col('Link to contract with processor')]?.startsWith(`${party.name}: `)).toBe(true);
    expect(row[col('Categories of personal data')]).toContain('Special category data: Health');
    expect(row[col('Article 9 condition for processing special category data')]).toBe(
      '9(2)(h) Health or social care',
    );
    expect(row[col('Data Protection Act 2018 Schedule 1 Condition for processing')]).toBe(
      'Para 2 — Health or social care purposes',
    );
    expect(row[col('GDPR Article 6 lawful basis for processing')]).toBe(
      'Public task — Art 6(1)(e)',
    );
    expect(
      row[col('Is personal data retained and erased in accordance with the policy document?')],
    ).toBe('No');
  });

  it('says Yes to a breach and names it', async () => {
    const register = await exampleRegisterWithNotices(NOW);
    const activity = present(register.activities[2]);
    const breach = { title: 'Laptop left on a train', activityIds: [activity.id] } as Breach;
    const withBreach = { ...register, breaches: [breach] };
    const row = icoCells(withBreach, activity);
    expect(row[col('Has a personal data breach occurred?')]).toBe('Yes');
    expect(row[col('Link to record of personal data breach')]).toBe('Laptop left on a train');
    const other = icoCells(withBreach, present(register.activities[1]));
    expect(other[col('Has a personal data breach occurred?')]).toBe('No');
    expect(other[col('Link to record of personal data breach')]).toBe('Not applicable');
  });
});
