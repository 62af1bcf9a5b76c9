import { describe, expect, it } from 'vitest';
import { activitySchema } from '../../../../shared/domain/activity';
import { art9NeedsSchedule1 } from '../../../../shared/domain/enums';
import { registerSchema } from '../../../../shared/domain/register';
import { exampleRegister } from '../../../../shared/example/konnect';
import { activityGuidance } from '../../../../shared/reference/guidance';
import {
  activityTemplates,
  findActivityTemplate,
} from '../../../../shared/templates/activity-templates';
import { NOW } from '../fixtures';

const built = activityTemplates.map((template) => ({
  template,
  activity: template.build(NOW, `tpl-${template.id}`),
}));

function buildById(id: string) {
  const template = findActivityTemplate(id);
  if (!template) throw new Error(`No template ${id}`);
  return template.build(NOW);
}

describe('activity templates', () => {
  it('offers at least the fourteen activities small organisations commonly need', () => {
    expect(activityTemplates.length).toBeGreaterThanOrEqual(14);
    expect(activityTemplates.map((t) => t.id)).toEqual(
      expect.arrayContaining([
        'website-analytics-cookies',
        'online-shop-orders',
        'customer-accounts',
        'client-case-records',
        'enquiries',
        'order-updates',
        'email-newsletter-consent',
        'marketing-existing-customers',
        'social-media-pages-advertising',
        'suppression-list',
        'payroll-hr',
        'recruitment',
        'volunteers',
        'funder-monitoring-reporting',
      ]),
    );
  });

  it('has distinct ids and distinct names', () => {
    expect(new Set(activityTemplates.map((t) => t.id)).size).toBe(activityTemplates.length);
    expect(new Set(activityTemplates.map((t) => t.name)).size).toBe(activityTemplates.length);
  });

  it.each(built)('$template.id builds a schema-valid draft', ({ template, activity }) => {
    expect(activitySchema.parse(activity)).toStrictEqual(activity);
    expect(activity.status).toBe('draft');
    expect(activity.name).toBe(template.name);
    expect(activity.businessFunction).toBe(template.businessFunction);
    expect(template.summary.length).toBeGreaterThan(10);
  });

  it.each(built)('$template.id is filled as a practitioner would start it', ({ activity }) => {
    expect(activity.purposes.length).toBeGreaterThan(0);
    expect(activity.dataSubjects.length).toBeGreaterThan(0);
    expect(activity.personalData.length).toBeGreaterThan(0);
    expect(activity.lawfulBasis).not.toBeNull();
    expect(activity.lawfulBasisDetail).toMatch(/Article 6\(1\)\([a-f]\)/);
    expect(activity.retention.period).not.toBe('');
    expect(activity.retention.justification).not.toBe('');
    expect(activity.securityMeasures).not.toBe('');
    if (activity.lawfulBasis === 'legitimate-interests')
      expect(activity.legitimateInterest).not.toBe('');
    if (activity.lawfulBasis === 'consent')
      expect(activity.consentRecord + activity.toConfirm.join()).not.toBe('');
    if (activity.specialCategories.length > 0) {
      const condition = activity.art9Condition;
      expect(condition).not.toBeNull();
      if (condition !== null && art9NeedsSchedule1.has(condition))
        expect(activity.schedule1Condition).not.toBeNull();
    }
    if (activity.marketing.electronic) {
      expect(activity.marketing.basis).not.toBeNull();
      expect(activity.marketing.optOut).not.toBe('');
    }
  });

  it.each(built)(
    '$template.id lists only real field paths to confirm, including the owner',
    ({ activity }) => {
      expect(activity.toConfirm).toContain('owner');
      for (const path of activity.toConfirm)
        expect(Object.hasOwn(activityGuidance, path), path).toBe(true);
      expect(new Set(activity.toConfirm).size).toBe(activity.toConfirm.length);
    },
  );

  it('gives each build a fresh id unless one is passed', () => {
    const template = activityTemplates[0];
    if (!template) throw new Error('no templates');
    expect(template.build(NOW).id).not.toBe(template.build(NOW).id);
    expect(template.build(NOW, 'mine').id).toBe('mine');
    expect(template.build(NOW).createdAt).toBe(NOW);
  });

  it('never shares lists between builds', () => {
    const first = buildById('payroll-hr');
    first.purposes.push('Changed');
    first.retention.period = 'Changed';
    const second = buildById('payroll-hr');
    expect(second.purposes).not.toContain('Changed');
    expect(second.retention.period).toBe('6 years');
  });

  it('keeps payroll 6 years under HMRC rules, with the employment-law condition for sickness data', () => {
    const payroll = buildById('payroll-hr');
    expect(payroll.retention.justification).toMatch(/HMRC/);
    expect(payroll.specialCategories).toEqual(['health']);
    expect([payroll.art9Condition, payroll.schedule1Condition]).toEqual(['b', 'p1-1']);
  });

  it('uses consent for the newsletter and the commercial soft opt-in for existing customers', () => {
    expect(buildById('email-newsletter-consent').marketing.basis).toBe('consent');
    const softOptIn = buildById('marketing-existing-customers');
    expect(softOptIn.marketing.basis).toBe('soft-opt-in-commercial');
    expect(softOptIn.internalNotes).toMatch(/registered charity/);
  });

  it('asks for a DPIA for CCTV', () => {
    expect(buildById('cctv').dpia.screening).toBe('required');
  });

  it('adds to the example register without breaking it', () => {
    const register = exampleRegister(NOW);
    register.activities.push(...built.map((b) => b.activity));
    expect(registerSchema.safeParse(register).success).toBe(true);
  });
});
