import { describe, expect, it } from 'vitest';
import {
  readArt9Condition,
  readCountries,
  readDate,
  readFlag,
  readLawfulBasis,
  readMechanism,
  readRecognisedInterest,
  readSchedule1Condition,
  readSensitiveData,
} from '../../../../../shared/spreadsheet/import/words';
import { splitRecipients } from '../../../../../shared/spreadsheet/import/recipients';

describe('lawful bases from their usual wording', () => {
  it.each([
    ['Legitimate interests (Article 6(1)(f))', 'legitimate-interests'],
    ['Art 6(1)(f)', 'legitimate-interests'],
    ['6.1.f', 'legitimate-interests'],
    ['legitimate interest', 'legitimate-interests'],
    ['Consent', 'consent'],
    ['Art. 6(1)(a) – consent of the data subject', 'consent'],
    ['Performance of a contract', 'contract'],
    ['Contractual necessity', 'contract'],
    ['Legal obligation', 'legal-obligation'],
    ['Statutory duty under the Children Act', 'legal-obligation'],
    ['Vital interests', 'vital-interests'],
    ['Public task', 'public-task'],
    ['Task in the public interest', 'public-task'],
    [
      'Recognised legitimate interest — Art 6(1)(ea): Safeguarding vulnerable individuals',
      'recognised-legitimate-interest',
    ],
    [
      'Contract — Art 6(1)(b)\nKeeping the record is a legal obligation (Article 6(1)(c)).',
      'contract',
    ],
  ])('%s → %s', (text, basis) => {
    expect(readLawfulBasis(text)?.basis).toBe(basis);
  });

  it('names the other bases a cell mentions, and finds none in unrelated text', () => {
    expect(readLawfulBasis('Contract, and legal obligation for the tax records')?.also).toEqual([
      'legal-obligation',
    ]);
    expect(readLawfulBasis('To be decided')).toBeNull();
    expect(readLawfulBasis('Not consent')).toBeNull();
  });

  it('reads recognised legitimate interests', () => {
    expect(readRecognisedInterest('Safeguarding vulnerable individuals')).toBe('safeguarding');
    expect(readRecognisedInterest('Detecting, investigating or preventing crime')).toBe('crime');
    expect(readRecognisedInterest('Our own marketing')).toBeNull();
  });
});

describe('Article 9 and Schedule 1 conditions', () => {
  it.each([
    ['9(2)(h) Health or social care', 'h'],
    ['Art 9(2)(a)', 'a'],
    ['Explicit consent', 'a'],
    ['Employment law obligations', 'b'],
    ['Substantial public interest (DPA 2018 Sch 1)', 'g'],
    ['Public health', 'i'],
    ['Research and statistics', 'j'],
    ['Legal claims', 'f'],
  ])('%s → %s', (text, condition) => {
    expect(readArt9Condition(text)).toBe(condition);
  });

  it.each([
    ['Para 18 — Safeguarding of children and individuals at risk', 'p2-18'],
    ['Schedule 1 paragraph 8', 'p2-8'],
    ['Sch 1 para 1', 'p1-1'],
    ['Equality of opportunity or treatment', 'p2-8'],
    ['Part 3 — Criminal offence data condition', 'p3'],
    ['Preventing fraud', 'p2-14'],
  ])('%s → %s', (text, condition) => {
    expect(readSchedule1Condition(text)).toBe(condition);
  });

  it('finds nothing in text that names no condition', () => {
    expect(readArt9Condition('We think this is fine')).toBeNull();
    expect(readSchedule1Condition('See our policy')).toBeNull();
  });
});

describe('special category and criminal offence data from the words people use', () => {
  it.each([
    ['Medical conditions', ['health']],
    ['Allergies and dietary needs', ['health']],
    ['Disability access needs', ['health']],
    ['Ethnicity (for equality monitoring)', ['racial-ethnic-origin']],
    ['Race', ['racial-ethnic-origin']],
    ['Religion or belief', ['religious-philosophical-beliefs']],
    ['Sexual orientation', ['sex-life-orientation']],
    ['Trade union membership', ['trade-union-membership']],
    ['Fingerprints for the door system', ['biometric']],
    ['Genetic test results', ['genetic']],
    ['Political opinions', ['political-opinions']],
    ['Special category data: Health, Racial or ethnic origin', ['racial-ethnic-origin', 'health']],
  ])('%s → %j', (text, categories) => {
    expect(readSensitiveData(text).categories).toEqual(categories);
  });

  it.each([
    ['DBS certificate number', true],
    ['Unspent convictions', true],
    ['Criminal record checks', true],
    ['Offences declared by volunteers', true],
    ['Name and address', false],
    ['No DBS checks are carried out', false],
  ])('%s → criminal offence data %s', (text, criminal) => {
    expect(readSensitiveData(text).criminal).toBe(criminal);
  });

  it('does not flag what the text says is not collected', () => {
    expect(readSensitiveData('No health data').categories).toEqual([]);
    expect(readSensitiveData('We do not collect medical details').categories).toEqual([]);
    expect(readSensitiveData('Health and safety training records').categories).toEqual([]);
    expect(readSensitiveData('Name, no health data, allergies').categories).toEqual(['health']);
  });
});

describe('transfer mechanisms and countries', () => {
  it.each([
    ['IDTA signed 2024', 'idta'],
    ['International Data Transfer Agreement', 'idta'],
    ['EU SCCs with the UK Addendum', 'uk-addendum'],
    ['UK Addendum', 'uk-addendum'],
    ['SCCs', 'legacy-eu-sccs'],
    ['Standard contractual clauses', 'legacy-eu-sccs'],
    ['Certified under the Data Privacy Framework', 'uk-us-data-bridge'],
    ['UK-US data bridge', 'uk-us-data-bridge'],
    ['BCRs', 'bcrs'],
    ['Binding corporate rules', 'bcrs'],
    ['Adequacy', 'adequacy'],
    ['UK adequacy regulations', 'adequacy'],
    ['Microsoft: UK–US data bridge (DPF certified)', 'uk-us-data-bridge'],
    ['Article 49 derogation — explicit consent', 'art49-exception'],
  ])('%s → %s', (text, mechanism) => {
    expect(readMechanism(text)).toBe(mechanism);
  });

  it('reads countries by name and usual alias, "US" only in capitals', () => {
    expect(readCountries('United States (Microsoft)')).toEqual(['US']);
    expect(readCountries('USA and India')).toEqual(['US', 'IN']);
    expect(readCountries('Servers in the US')).toEqual(['US']);
    expect(readCountries('sent to us by post')).toEqual([]);
    expect(readCountries('Northern Ireland')).toEqual(['GB']);
    expect(readCountries('Republic of Ireland, Germany')).toEqual(['IE', 'DE']);
    expect(readCountries('Not applicable')).toEqual([]);
  });
});

describe('flags and dates', () => {
  it.each([
    ['Yes', true],
    ['Y', true],
    ['TRUE', true],
    ['No', false],
    ['n', false],
    ['FALSE', false],
    ['n/a', null],
    ['Unknown', null],
    ['', null],
    ['Mostly', undefined],
  ])('%s → %s', (text, flag) => {
    expect(readFlag(text)).toBe(flag);
  });

  it.each([
    ['Signed 31/03/2026', '2026-03-31'],
    ['31 March 2026', '2026-03-31'],
    ['1st Feb 2025', '2025-02-01'],
    ['2026-03-31', '2026-03-31'],
    ['signed 31/02/2026', null],
  ])('%s → %s', (text, date) => {
    expect(readDate(text)?.date).toBe(date);
  });

  it('finds no date in text without one', () => {
    expect(readDate('signed last year')).toBeNull();
  });
});

describe('recipients split into third parties', () => {
  it('splits lines, semicolons and short comma lists; keeps long descriptions as categories', () => {
    const { items, categories } = splitRecipients(
      'HMRC; Mailchimp (processor)\nPayroll bureau, Pension provider\nOther organisations we are required to share data with when the law says so, such as regulators',
    );
    expect(items.map((i) => i.name)).toEqual([
      'HMRC',
      'Mailchimp',
      'Payroll bureau',
      'Pension provider',
    ]);
    expect(items[0]?.kind).toBe('public-authority');
    expect(items[1]?.kind).toBe('processor');
    expect(items[1]?.type).toBe('email-marketing-platform');
    expect(categories).toHaveLength(1);
  });

  it('reads our own export: names with role and type, other lines as categories', () => {
    const { items, categories } = splitRecipients(
      'Meta (Facebook and Instagram) (Independent controller, Social media platform)\nWebsite analytics provider, if one is used',
    );
    expect(items).toEqual([
      {
        name: 'Meta (Facebook and Instagram)',
        kind: 'independent-controller',
        type: 'social-media-platform',
        exact: true,
      },
    ]);
    expect(categories).toEqual(['Website analytics provider, if one is used']);
  });
});
