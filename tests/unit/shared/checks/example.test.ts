import { describe, expect, it } from 'vitest';
import { runChecks } from '../../../../shared/checks';
import { emptyRegister, type Register } from '../../../../shared/domain/register';
import { exampleRegister } from '../../../../shared/example/konnect';
import { UK_ADEQUACY_BASELINE } from '../../../../shared/reference/adequacy';
import { NOW, validActivity, validThirdParty } from '../fixtures';

const TODAY = '2026-11-25';
const findings = runChecks({
  register: exampleRegister(NOW),
  today: TODAY,
  adequacy: UK_ADEQUACY_BASELINE,
});
const about = (ruleId: string) => findings.filter((f) => f.ruleId === ruleId);

describe('checks over the example register', () => {
  it('the X transfer needs a TRA', () => {
    expect(about('transfers.needs-tra').map((f) => f.record.id)).toEqual(['tr-x-us']);
  });

  it('the bridge transfers ask for the certification to be confirmed', () => {
    expect(
      about('transfers.confirm-certification')
        .map((f) => f.record.id)
        .sort(),
    ).toEqual(['tr-email-marketing-us', 'tr-linkedin-us', 'tr-meta-us', 'tr-microsoft-us'].sort());
  });

  it('processors’ Article 28 checklists are incomplete', () => {
    expect(about('processors.article28-incomplete').length).toBeGreaterThan(0);
    expect(
      about('processors.article28-incomplete').every((f) => f.record.kind === 'thirdParty'),
    ).toBe(true);
  });

  it('paid social advertising needs its DPIA', () => {
    expect(about('dpia.required-not-done').map((f) => f.record.name)).toEqual([
      'Paid social media advertising',
    ]);
  });

  it('says nothing about what the example records', () => {
    const silent = [
      'art30.controller-missing',
      'art30.purposes-missing',
      'art30.data-subjects-missing',
      'art30.personal-data-missing',
      'art30.security-missing',
      'lawful-basis.missing',
      'lawful-basis.lia-missing',
      'lawful-basis.lia-cannot-rely',
      'special-category.art9-missing',
      'marketing.basis-missing',
      'marketing.soft-opt-in-unrecorded',
      'organisation.complaints-process-missing',
      'reviews.activity-overdue',
    ];
    expect(findings.filter((f) => silent.includes(f.ruleId))).toEqual([]);
  });
});

describe('a large register', () => {
  it('runs over 10,000 activities (linear: indexed by id)', () => {
    const parties = Array.from({ length: 200 }, (_, i) =>
      validThirdParty({ id: `tp-${i}`, name: `Party ${i}`, countries: ['GB', 'US'] }),
    );
    const activities = Array.from({ length: 10_000 }, (_, i) =>
      validActivity({
        id: `act-${i}`,
        name: `Activity ${i}`,
        status: 'active',
        lawfulBasis: i % 2 ? 'legitimate-interests' : null,
        recipientIds: [`tp-${i % 200}`],
      }),
    );
    const register: Register = {
      ...emptyRegister(),
      activities,
      thirdParties: parties,
    };
    const found = runChecks({ register, today: TODAY, adequacy: UK_ADEQUACY_BASELINE });
    expect(found.filter((f) => f.ruleId === 'lawful-basis.missing')).toHaveLength(5_000);
    expect(found.filter((f) => f.ruleId === 'transfers.record-missing')).toHaveLength(200);
  });
});
