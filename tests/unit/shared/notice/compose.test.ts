import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { lawfulBases, type LawfulBasis } from '../../../../shared/domain/enums';
import { noticeSectionIds } from '../../../../shared/domain/notice';
import {
  exampleRegister,
  konnectActivityIds as act,
  konnectAudienceIds as aud,
} from '../../../../shared/example/konnect';
import { composeNotice } from '../../../../shared/notice';
import { NOW, smallRegister, validActivity } from '../fixtures';
import { exampleNotice, LAST_UPDATED, sectionIds, sectionText, textOf, must } from './helpers';

const options = { audienceId: null, nameProcessors: false, lastUpdated: LAST_UPDATED };

const withBasis = (lawfulBasis: LawfulBasis) =>
  smallRegister({
    activities: [
      validActivity({
        purposes: ['Send the newsletter'],
        personalData: ['Email address'],
        lawfulBasis,
        legitimateInterest:
          lawfulBasis === 'legitimate-interests' ? 'Keeping members informed' : '',
        recognisedInterest:
          lawfulBasis === 'recognised-legitimate-interest' ? 'safeguarding' : null,
        retention: { ...validActivity().retention, period: '2 years' },
        audienceIds: ['aud-1'],
      }),
    ],
  });

describe('composeNotice for each lawful basis', () => {
  const expected: Record<LawfulBasis, RegExp> = {
    consent: /your consent \(UK GDPR Article 6\(1\)\(a\)\)/,
    contract: /contract with you.*Article 6\(1\)\(b\)/,
    'legal-obligation': /law requires us.*Article 6\(1\)\(c\)/,
    'vital-interests': /protect someone’s life.*Article 6\(1\)\(d\)/,
    'public-task': /public interest.*Article 6\(1\)\(e\)/,
    'legitimate-interests': /legitimate interests.*Article 6\(1\)\(f\)/,
    'recognised-legitimate-interest':
      /recognised legitimate interest.*Article 6\(1\)\(ea\).*safeguarding/,
  };

  it.each(lawfulBases)('%s: states the basis and only the rights it gives', (basis) => {
    const document = composeNotice(withBasis(basis), options);
    const bases = sectionText(document, 'lawful-bases');
    expect(bases).toMatch(expected[basis]);
    const rights = sectionText(document, 'your-rights');
    expect(rights).toMatch(/copy of the personal data/);
    expect(rights.includes('machine-readable')).toBe(basis === 'consent' || basis === 'contract');
    expect(rights.includes('To object')).toBe(
      ['legitimate-interests', 'recognised-legitimate-interest', 'public-task'].includes(basis),
    );
    expect(rights.includes('To ask us to delete')).toBe(
      basis !== 'legal-obligation' && basis !== 'public-task',
    );
    expect(sectionIds(document).includes('withdraw-consent')).toBe(basis === 'consent');
    if (basis === 'legitimate-interests') expect(bases).toMatch(/Keeping members informed/i);
  });

  it('says when an activity has no lawful basis recorded', () => {
    const document = composeNotice(withBasis('consent'), options);
    const none = composeNotice(
      smallRegister({ activities: [validActivity({ lawfulBasis: null })] }),
      options,
    );
    expect(sectionText(document, 'lawful-bases')).not.toMatch(/not yet recorded/);
    expect(sectionText(none, 'lawful-bases')).toMatch(/not yet recorded the lawful basis/);
  });

  it('limits a right to the activities whose basis gives it', () => {
    const register = smallRegister({
      activities: [
        validActivity({ id: 'a', name: 'Orders', lawfulBasis: 'contract' }),
        validActivity({ id: 'b', name: 'Tax records', lawfulBasis: 'legal-obligation' }),
      ],
    });
    const rights = sectionText(composeNotice(register, options), 'your-rights');
    expect(rights).toMatch(/delete your data\. This does not apply to tax records, while the law/);
    expect(rights).not.toMatch(/To object/);
  });
});

describe('composeNotice structure', () => {
  it('keeps the sections in reading order and leaves out empty optional ones', () => {
    const document = composeNotice(smallRegister({ activities: [] }), options);
    expect(sectionIds(document)).toEqual([
      'who-we-are',
      'your-rights',
      'complaints',
      'changes',
      'legislation',
    ]);
    const full = exampleNotice();
    const order = sectionIds(full).map((id) => noticeSectionIds.indexOf(id));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('is deterministic', () => {
    expect(exampleNotice()).toEqual(exampleNotice());
  });

  it('leaves out retired activities', () => {
    const register = exampleRegister(NOW);
    register.activities = register.activities.map((a) =>
      a.id === act.businessSale ? { ...a, status: 'retired' } : a,
    );
    const text = textOf(composeNotice(register, { ...options, nameProcessors: true }));
    expect(text).not.toMatch(/Sale or transfer of the business/);
  });

  it('names processors only when asked', () => {
    const named = sectionText(exampleNotice(null, true), 'sharing');
    const unnamed = sectionText(exampleNotice(null, false), 'sharing');
    expect(named).toMatch(/Microsoft/);
    expect(unnamed).not.toMatch(/Microsoft/);
    expect(unnamed).toMatch(/Email and office software/);
    expect(unnamed).toMatch(/ask us for the names/);
  });

  it('says there are no automated decisions, or describes them', () => {
    expect(sectionText(exampleNotice(), 'automated-decisions')).toMatch(
      /do not make decisions about you by automated means alone/,
    );
    const register = smallRegister({
      activities: [
        validActivity({
          lawfulBasis: 'contract',
          automatedDecisions: { exists: true, details: 'Credit scoring of applications' },
        }),
      ],
    });
    const text = sectionText(composeNotice(register, options), 'automated-decisions');
    expect(text).toMatch(/Credit scoring of applications/);
    expect(text).toMatch(/ask for a person to review/);
  });

  it('names the DUAA 2025 only in notices dated after it became law', () => {
    const old = composeNotice(smallRegister(), { ...options, lastUpdated: '2021-11-02' });
    expect(sectionText(old, 'legislation')).not.toMatch(/Data \(Use and Access\) Act/);
    expect(sectionText(exampleNotice(), 'legislation')).toMatch(/Data \(Use and Access\) Act 2025/);
    expect(sectionText(exampleNotice(), 'legislation')).toMatch(/PECR/);
  });

  it('names the DPO and the representative where there are ones', () => {
    const register = smallRegister();
    register.organisation = {
      ...must(register.organisation),
      dpo: {
        appointed: true,
        contact: { name: 'Dana Officer', email: 'dpo@example.org', phone: '', address: '' },
        reasonNotRequired: '',
      },
      representative: {
        needed: true,
        contact: { name: 'EU Rep BV', email: 'rep@example.eu', phone: '', address: '' },
      },
    };
    const who = sectionText(composeNotice(register, options), 'who-we-are');
    expect(who).toMatch(/data protection officer.*dpo@example\.org/);
    expect(who).toMatch(/representative.*EU Rep BV/);
  });
});

describe('composeNotice per audience of the example', () => {
  it.each([
    [aud.websiteAndCustomers, ['Online shop orders', 'Website cookies'], ['Client records']],
    [aud.clients, ['Client records'], ['Online shop orders', 'Email newsletter']],
    [aud.newsletter, ['Email newsletter to subscribers', 'suppression list'], ['Client records']],
    [aud.socialMedia, ['Social media followers'], ['Online shop orders', 'Client records']],
  ])('%s: only the activities that concern it', (audienceId, present, absent) => {
    const document = exampleNotice(audienceId);
    const collect = sectionText(document, 'what-we-collect');
    for (const name of present) expect(collect).toContain(name);
    for (const name of absent) expect(collect).not.toContain(name);
    expect(document.audienceName).not.toBeNull();
  });

  it('clients: legitimate interests only, so no portability and no consent section', () => {
    const document = exampleNotice(aud.clients);
    expect(sectionIds(document)).not.toContain('withdraw-consent');
    expect(sectionIds(document)).not.toContain('marketing');
    expect(sectionText(document, 'your-rights')).not.toMatch(/machine-readable/);
    expect(sectionText(document, 'your-rights')).toMatch(/To object/);
  });

  it('social media: says where the data comes from (Article 14)', () => {
    expect(sectionText(exampleNotice(aud.socialMedia), 'sources')).toMatch(
      /Social media followers: from the social media platforms/,
    );
    expect(sectionIds(exampleNotice(aud.clients))).not.toContain('sources');
  });
});

describe('the example notice states every fact of the seed notice', () => {
  const document = exampleNotice();
  const text = textOf(document);

  it('contacts and registration numbers', () => {
    expect(document.organisationName).toBe('Konnect Communities C.I.C.');
    for (const fact of [
      '10 Cormorant Drive',
      'St. Austell',
      'PL25 3BA',
      '08896465',
      'ZA065060',
      '01736 339277',
      'info@konnect-communities.co.uk',
    ])
      expect(sectionText(document, 'who-we-are')).toContain(fact);
  });

  it('each purpose', () => {
    const register = exampleRegister(NOW);
    for (const purpose of register.activities.flatMap((a) => a.purposes))
      expect(sectionText(document, 'what-we-collect')).toContain(purpose);
    expect(text).toMatch(/fulfil orders/);
    expect(text).toMatch(/Answer enquiries/);
    expect(text).toMatch(/Provide our services to clients/);
  });

  it('the data collected on the website and for orders and clients', () => {
    for (const item of [
      'IP address',
      'Browser type and version',
      'Payment details',
      'Purchase history',
    ])
      expect(text).toContain(item);
  });

  it('each retention period', () => {
    const retention = sectionText(document, 'retention');
    expect(retention).toMatch(/Online shop orders: 7 years\..*HMRC guidance/);
    expect(retention).toMatch(/Client records: The length of the engagement plus up to 20 years/);
    expect(retention).toMatch(/Enquiries: As long as necessary .* then a further 12 months/);
    expect(retention).toMatch(/paper records shredded/);
  });

  it('each recipient type', () => {
    const sharing = sectionText(document, 'sharing').toLowerCase();
    for (const type of [
      'funder',
      'partner',
      'it support',
      'website host',
      'marketing consultancy',
      'email marketing platform',
      'accountant',
      'bookkeeper',
      'accounting package',
      'solicitor',
      'microsoft',
      'courier',
      'payment processor',
      'stakeholder',
      'crm',
      'buyer in a sale of the business',
    ])
      expect(sharing).toContain(type);
  });

  it('marketing, soft opt-in and consent, opt-outs and the suppression list', () => {
    const marketing = sectionText(document, 'marketing');
    expect(marketing).toMatch(/soft opt-in/);
    expect(marketing).toMatch(/your consent/);
    expect(marketing).toMatch(/unsubscribe link/);
    expect(marketing).toMatch(/suppression list/);
    expect(marketing).toMatch(/expressly agreed/);
    expect(marketing).toMatch(/social media \(custom audiences\)/);
  });

  it('the social media accounts', () => {
    for (const platform of ['Twitter', 'Instagram', 'Facebook', 'LinkedIn'])
      expect(sectionText(document, 'who-we-are')).toContain(platform);
  });

  it('transfers to the US and their safeguards', () => {
    const transfers = sectionText(document, 'transfers');
    expect(transfers).toMatch(/Microsoft \(United States\)/);
    expect(transfers).toMatch(/UK–US data bridge/);
    expect(transfers).toMatch(/UK Addendum/);
  });

  it('the rights, withdrawing consent and automated processing', () => {
    const rights = sectionText(document, 'your-rights');
    for (const phrase of [
      'To be told',
      'copy of the personal data',
      'corrected',
      'delete',
      'machine-readable',
      'To object',
      'limit what we do',
      'automated',
    ])
      expect(rights).toContain(phrase);
    expect(sectionText(document, 'withdraw-consent')).toMatch(/withdraw it at any time/);
  });

  it('the ICO, the complaints process and the legislation', () => {
    const complaints = sectionText(document, 'complaints');
    expect(complaints).toMatch(/Information Commissioner’s Office \(ICO\)/);
    expect(complaints).toMatch(/0303 123 1113/);
    expect(complaints).toMatch(/ico\.org\.uk/);
    expect(complaints).toMatch(/We confirm receipt within 30 days/);
    const laws = sectionText(document, 'legislation');
    expect(laws).toMatch(/UK General Data Protection Regulation/);
    expect(laws).toMatch(/Data Protection Act 2018/);
    expect(laws).toMatch(/Privacy and Electronic Communications/);
  });
});

describe('own words', () => {
  const NOTICE = fileURLToPath(
    new URL('../../../../../shared/reference/seed-privacy-notice.txt', import.meta.url),
  );
  const words = (text: string) =>
    text
      .toLowerCase()
      .replace(/[’']/g, '')
      .split(/[^a-z0-9]+/)
      .filter(Boolean);
  const runs = (text: string) => {
    const list = words(text);
    const found = new Set<string>();
    for (let i = 0; i + 7 <= list.length; i += 1) found.add(list.slice(i, i + 7).join(' '));
    return found;
  };

  it('the composed notice copies no run of 7 words from the seed notice', () => {
    const seed = runs(readFileSync(NOTICE, 'utf8'));
    const blocks = exampleNotice().sections.flatMap((s) => s.blocks);
    const texts = blocks.flatMap((b) => (b.kind === 'list' ? b.items : [b.text]));
    const copied = texts.flatMap((t) => [...runs(t)].filter((run) => seed.has(run)));
    expect(copied).toEqual([]);
  });
});
