import { describe, expect, it } from 'vitest';
import type { Activity } from '../../../../shared/domain/activity';
import { registerSchema } from '../../../../shared/domain/register';
import type { ThirdPartyType } from '../../../../shared/domain/enums';
import {
  exampleRegister,
  konnectActivityIds as act,
  konnectThirdPartyIds as tp,
} from '../../../../shared/example/konnect';
import { screeningItems } from '../../../../shared/dpia/screening';
import { missingRequired, outcome } from '../../../../shared/lia/rules';
import { article28ItemIds } from '../../../../shared/processors/article28';
import { exampleRegisterWithNotices } from '../../../../shared/example/konnect-notice';
import { countryNames } from '../../../../shared/reference/countries';
import { hashOf } from '../../../../shared/util/hash';
import {
  activityGuidance,
  organisationGuidance,
  thirdPartyGuidance,
  transferGuidance,
} from '../../../../shared/reference/guidance';
import { NOW } from '../fixtures';

const register = exampleRegister(NOW);
const organisation = register.organisation;

function activity(id: string): Activity {
  const found = register.activities.find((a) => a.id === id);
  if (!found) throw new Error(`No activity ${id}`);
  return found;
}

/** All the text of an activity, lower-cased, to look for a fact wherever it was recorded. */
const textOf = (value: unknown): string => JSON.stringify(value).toLowerCase();

describe('the Konnect example register', () => {
  it('passes the register schema and has no audit events', () => {
    expect(registerSchema.safeParse(register).success).toBe(true);
    expect(register.auditEvents).toEqual([]);
  });

  it('is deterministic: only createdAt/updatedAt follow `now`', () => {
    const later = exampleRegister('2030-01-01T00:00:00.000Z');
    const stamp = (value: unknown) =>
      JSON.stringify(value, (key, inner: unknown) =>
        key === 'createdAt' || key === 'updatedAt' ? 'T' : inner,
      );
    expect(stamp(later)).toBe(stamp(register));
    expect(later.activities[0]?.createdAt).toBe('2030-01-01T00:00:00.000Z');
    expect(exampleRegister(NOW)).toStrictEqual(register);
  });

  describe('organisation', () => {
    it('records the controller’s identity exactly as published', () => {
      expect(organisation).toMatchObject({
        name: 'Konnect Communities C.I.C.',
        legalForm: 'cic',
        registeredAddress: {
          line1: '10 Cormorant Drive',
          town: 'St. Austell',
          postcode: 'PL25 3BA',
          country: 'England',
        },
        companyNumber: '08896465',
        icoRegistrationNumber: 'ZA065060',
        phone: '01736 339277',
        email: 'info@konnect-communities.co.uk',
        charityNumber: '',
      });
    });

    it('has no DPO, with a reason marked to confirm', () => {
      expect(organisation?.dpo.appointed).toBe(false);
      expect(organisation?.dpo.reasonNotRequired).toMatch(/Article 37/);
      expect(organisation?.toConfirm).toContain('dpo.reasonNotRequired');
    });

    it('has a complaints process marked to confirm', () => {
      expect(organisation?.complaints.process).toMatch(/30 days/);
      expect(organisation?.complaints.process).toMatch(/Information Commissioner/);
      expect(organisation?.toConfirm).toContain('complaints.process');
    });

    it('lists the four social media accounts, and the Facebook page holds the notice', () => {
      const platforms = organisation?.socialMedia.map((s) => s.platform).join(' | ');
      for (const name of [/Twitter|X/, /Instagram/, /Facebook/, /LinkedIn/])
        expect(platforms).toMatch(name);
      expect(organisation?.socialMedia).toHaveLength(4);
      const social = organisation?.audiences.find((a) => a.id === 'aud-social-media');
      expect(social?.description).toMatch(/privacy notice is posted on our Facebook page/);
    });

    it('has the notice’s four audiences with stable ids', () => {
      expect(organisation?.audiences.map((a) => [a.id, a.name])).toEqual([
        ['aud-website-customers', 'Website visitors and customers'],
        ['aud-clients', 'Clients'],
        ['aud-newsletter', 'Newsletter subscribers'],
        ['aud-social-media', 'Social media followers'],
      ]);
    });
  });

  describe('activities', () => {
    it('records every item of website cookie data, the two kinds of cookie and the cookie policy', () => {
      const cookies = activity(act.websiteCookies);
      const data = cookies.personalData.join(' | ').toLowerCase();
      for (const item of [
        'visits',
        'pages viewed',
        'downloaded',
        'left from',
        'ip address',
        'geographical location',
        'browser type and version',
        'operating system',
        'referral source',
        'length of visit',
      ]) {
        expect(data).toContain(item);
      }
      expect(cookies.lawfulBasis).toBe('consent');
      expect(cookies.lawfulBasisDetail).toMatch(/strictly necessary/i);
      expect(cookies.retention.policyDocument).toBe('Cookie policy (available on request)');
      expect(cookies.consentRecord).not.toBe('');
    });

    it('keeps shop purchases 7 years under HMRC guidance on the secure system, shredding paper', () => {
      const shop = activity(act.shopOrders);
      expect(shop.personalData).toEqual(
        expect.arrayContaining([
          'Name',
          'Postal address',
          'Email address',
          'Phone number',
          'Payment details',
        ]),
      );
      expect(shop.lawfulBasis).toBe('contract');
      expect(shop.retention.period).toBe('7 years');
      expect(shop.retention.justification).toMatch(/HMRC/);
      expect(shop.retention.justification).toMatch(/secure online system/);
      expect(shop.retention.disposal).toMatch(/shredded/);
    });

    it('keeps purchase history for account holders', () => {
      expect(activity(act.customerAccounts).personalData).toContain('Purchase history');
    });

    it('keeps client records for the engagement plus up to 20 years as funders stipulate', () => {
      const clients = activity(act.clientRecords);
      expect(clients.personalData).toEqual([
        'Name',
        'Email address',
        'Postal address',
        'Telephone number',
      ]);
      expect(clients.retention.period).toMatch(/engagement plus up to 20 years/);
      expect(clients.retention.justification).toMatch(/funder/);
      expect(clients.recipientIds).toEqual(expect.arrayContaining([tp.stakeholders, tp.funders]));
      expect(clients.funderIds).toEqual([tp.funders]);
    });

    it('answers enquiries from email, social media and the website, keeping them 12 months more', () => {
      const enquiries = activity(act.enquiries);
      expect(enquiries.sources).toEqual(['Email', 'Social media messages', 'Website contact form']);
      expect(enquiries.retention.period).toMatch(/as long as necessary.*further 12 months/i);
    });

    it('sends order updates by phone, text or email as service messages, not marketing', () => {
      const updates = activity(act.orderUpdates);
      expect(updates.description).toMatch(/phone, text or email/);
      expect(updates.purposes.join(' ')).toMatch(/progress.*problem.*delivery/);
      expect(updates.marketing.electronic).toBe(false);
    });

    it('markets to existing customers under the commercial soft opt-in with opt-outs at purchase and in every email', () => {
      const marketing = activity(act.customerMarketing);
      expect(marketing.marketing).toMatchObject({
        electronic: true,
        channels: ['email'],
        basis: 'soft-opt-in-commercial',
      });
      expect(marketing.marketing.optOut).toMatch(/checkout/);
      expect(marketing.marketing.optOut).toMatch(/every email/);
      expect(marketing.purposes.join(' ')).toMatch(/new products and offers.*events and workshops/);
    });

    it('emails subscribers with consent, segmentation and open and click tracking', () => {
      const newsletter = activity(act.subscriberMarketing);
      expect(newsletter.lawfulBasis).toBe('consent');
      expect(newsletter.marketing.basis).toBe('consent');
      const purposes = newsletter.purposes.join(' ');
      expect(purposes).toMatch(/segment/);
      expect(purposes).toMatch(/open and click-through rates/);
      expect(newsletter.personalData).toEqual(
        expect.arrayContaining(['Whether each email was opened', 'Links clicked']),
      );
    });

    it('keeps a suppression list so opted-out people are not emailed again', () => {
      const suppression = activity(act.suppressionList);
      expect(suppression.purposes.join(' ')).toMatch(/never emailed again/);
      expect(suppression.recipientIds).toEqual([tp.emailMarketing]);
    });

    it('sees followers’ names and the details they choose to disclose', () => {
      const social = activity(act.socialMedia);
      expect(social.description).toMatch(/name and whatever details they choose/);
      expect(social.collectedFromIndividual).toBe(false);
      expect(social.recipientIds).toEqual([tp.meta, tp.x, tp.linkedin]);
    });

    it('uses custom audiences only with express consent', () => {
      const ads = activity(act.socialAdvertising);
      expect(ads.lawfulBasis).toBe('consent');
      expect(ads.lawfulBasisDetail).toMatch(/only from people who gave express consent/);
      expect(ads.marketing.channels).toEqual(['social-media']);
      expect(ads.dpia.screening).toBe('required');
    });

    it('may pass data to a buyer in a sale of the business', () => {
      expect(activity(act.businessSale).recipientIds).toContain(tp.buyer);
    });

    it('makes no automated decisions anywhere', () => {
      for (const a of register.activities) expect(a.automatedDecisions.exists, a.id).toBe(false);
    });

    it('gives every activity a lawful basis, a retention period, audiences and things to confirm', () => {
      for (const a of register.activities) {
        expect(a.lawfulBasis, a.id).not.toBeNull();
        expect(a.retention.period, a.id).not.toBe('');
        expect(a.audienceIds.length, a.id).toBeGreaterThan(0);
        expect(a.toConfirm, a.id).toEqual(
          expect.arrayContaining(['securityMeasures', 'owner', 'nextReview']),
        );
        expect(a.internalNotes, a.id).toMatch(/last updated 2 November 2021/);
      }
    });

    it('records a legitimate interest wherever it relies on legitimate interests', () => {
      for (const a of register.activities.filter((x) => x.lawfulBasis === 'legitimate-interests')) {
        expect(a.legitimateInterest, a.id).not.toBe('');
      }
    });
  });

  describe('third parties', () => {
    const byType = (type: ThirdPartyType) => register.thirdParties.filter((t) => t.type === type);

    it('includes every recipient type the notice names', () => {
      const types: ThirdPartyType[] = [
        'funder',
        'partner',
        'stakeholder',
        'it-company',
        'webhost',
        'marketing-consultancy',
        'email-marketing-platform',
        'accountant',
        'bookkeeper',
        'accounting-package',
        'solicitor',
        'email-and-office-software',
        'crm',
        'courier',
        'payment-processor',
        'business-buyer',
        'social-media-platform',
      ];
      for (const type of types) expect(byType(type).length, type).toBeGreaterThan(0);
      expect(byType('social-media-platform').map((t) => t.name)).toEqual([
        'Meta (Facebook and Instagram)',
        'X (formerly Twitter)',
        'LinkedIn',
      ]);
      expect(register.thirdParties.find((t) => t.id === tp.microsoft)?.name).toBe('Microsoft');
      expect(register.thirdParties.find((t) => t.id === tp.funderSecureEmail)?.name).toMatch(
        /secure email/i,
      );
      expect(register.thirdParties.find((t) => t.id === tp.paymentProcessor)?.name).toMatch(
        /electronic invoice/i,
      );
    });

    it('links every third party from at least one activity', () => {
      const linked = new Set(register.activities.flatMap((a) => a.recipientIds));
      for (const party of register.thirdParties) expect(linked.has(party.id), party.id).toBe(true);
    });

    it('records US processing for Microsoft, the email platform and the social media platforms', () => {
      for (const id of [tp.microsoft, tp.emailMarketing, tp.meta, tp.x, tp.linkedin]) {
        expect(register.thirdParties.find((t) => t.id === id)?.countries, id).toContain('US');
      }
    });

    it('uses only assigned ISO country codes', () => {
      const codes = [
        ...register.thirdParties.flatMap((t) => t.countries),
        ...register.transfers.flatMap((t) => t.destinations),
      ];
      for (const code of codes) expect(Object.hasOwn(countryNames, code), code).toBe(true);
    });

    it('has no processor without either a contract in place or a check to confirm it', () => {
      for (const party of register.thirdParties.filter((t) => t.kind === 'processor')) {
        const settled = party.contract.status === 'in-place';
        expect(settled || party.toConfirm.includes('contract.status'), party.id).toBe(true);
      }
    });
  });

  describe('assessments and assurance', () => {
    const reliesOnLegitimateInterests = register.activities.filter(
      (a) => a.lawfulBasis === 'legitimate-interests',
    );

    it('has one completed LIA, concluding it can rely, for each activity on legitimate interests', () => {
      expect(reliesOnLegitimateInterests.map((a) => a.id).sort()).toEqual(
        [
          act.clientRecords,
          act.enquiries,
          act.customerMarketing,
          act.suppressionList,
          act.socialMedia,
          act.businessSale,
        ].sort(),
      );
      for (const a of reliesOnLegitimateInterests) {
        const lias = register.lias.filter((lia) => lia.activityIds.includes(a.id));
        expect(lias, a.id).toHaveLength(1);
        const [lia] = lias;
        if (!lia) continue;
        expect(lia.status).toBe('completed');
        expect(missingRequired(lia.path, lia.answers), lia.id).toEqual([]);
        expect(outcome(lia.path, lia.answers).status, lia.id).toBe('can-rely');
        expect(lia.toConfirm, lia.id).toContain('answers');
      }
    });

    it('relies on the PECR soft opt-in, with an opt-out, for marketing to existing customers', () => {
      const lia = register.lias.find((l) => l.activityIds.includes(act.customerMarketing));
      expect(textOf(lia?.answers['purpose.data-protection-rules'])).toContain('soft opt-in');
      expect(lia?.answers['balancing.opt-out']).toBe(true);
    });

    it('carries each LIA’s DPIA screening onto its activity', () => {
      for (const a of reliesOnLegitimateInterests) {
        expect(Object.keys(a.dpia.answers), a.id).toHaveLength(screeningItems.length);
        expect(a.dpia.screening, a.id).toBe('not-required');
      }
    });

    it('starts an Article 28 checklist, every item to confirm, for each processor', () => {
      for (const party of register.thirdParties.filter((t) => t.kind === 'processor')) {
        expect(Object.values(party.article28), party.id).toHaveLength(article28ItemIds.length);
        expect(new Set(Object.values(party.article28)), party.id).toEqual(new Set(['unknown']));
        expect(party.toConfirm, party.id).toContain('article28');
      }
    });
  });

  it('loads with its 2 November 2021 notice as published version 1, its hash verifiable', async () => {
    const withNotices = await exampleRegisterWithNotices(NOW);
    expect(registerSchema.safeParse(withNotices).success).toBe(true);
    expect(withNotices.noticeVersions.map((v) => [v.number, v.effectiveDate])).toEqual([
      [1, '2021-11-02'],
    ]);
    const [version] = withNotices.noticeVersions;
    expect(version && (await hashOf(version.document))).toBe(version?.hash);
    // Its checklist, frozen as published, shows what the 2021 notice lacked.
    const missing = version?.checklist.filter((i) => i.status === 'missing').map((i) => i.number);
    expect(missing).toContain(5);
    expect(version?.checklist).toHaveLength(16);
  });

  describe('transfers', () => {
    it('has a transfer, marked to confirm, for every third party processing in the US', () => {
      const inUs = register.thirdParties.filter((t) => t.countries.includes('US')).map((t) => t.id);
      expect(register.transfers.map((t) => t.thirdPartyId).sort()).toEqual([...inUs].sort());
      for (const transfer of register.transfers) {
        expect(transfer.destinations).toEqual(['US']);
        expect(transfer.mechanism, transfer.id).not.toBeNull();
        expect(transfer.toConfirm, transfer.id).toContain('mechanism');
      }
      expect(register.transfers.find((t) => t.thirdPartyId === tp.microsoft)?.mechanism).toBe(
        'uk-us-data-bridge',
      );
    });

    it('needs a transfer risk assessment wherever it relies on an Article 46 safeguard', () => {
      for (const transfer of register.transfers) {
        const needsTra = transfer.mechanism === 'idta' || transfer.mechanism === 'uk-addendum';
        expect(transfer.traStatus === 'not-needed', transfer.id).toBe(!needsTra);
      }
    });
  });

  it('marks only real field paths to confirm', () => {
    const has = (table: object, path: string) => Object.hasOwn(table, path);
    for (const path of organisation?.toConfirm ?? [])
      expect(has(organisationGuidance, path), path).toBe(true);
    for (const a of register.activities)
      for (const p of a.toConfirm) expect(has(activityGuidance, p), `${a.id} ${p}`).toBe(true);
    for (const t of register.thirdParties)
      for (const p of t.toConfirm) expect(has(thirdPartyGuidance, p), `${t.id} ${p}`).toBe(true);
    for (const t of register.transfers)
      for (const p of t.toConfirm) expect(has(transferGuidance, p), `${t.id} ${p}`).toBe(true);
  });

  it('says each fact once per record, not as duplicate list entries', () => {
    for (const a of register.activities) {
      for (const list of [a.purposes, a.personalData, a.recipientIds, a.toConfirm]) {
        expect(new Set(list).size, a.id).toBe(list.length);
      }
    }
    expect(textOf(register)).not.toContain('lorem');
  });
});
