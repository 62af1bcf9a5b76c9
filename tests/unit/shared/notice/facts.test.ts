import { describe, expect, it } from 'vitest';
import type { NoticeVersion } from '../../../../shared/domain/notice';
import { exampleRegister, konnectActivityIds as act } from '../../../../shared/example/konnect';
import { konnectNoticeVersions } from '../../../../shared/example/konnect-notice';
import {
  composeNotice,
  describeChanges,
  documentText,
  noticeDrift,
  noticeFacts,
  textDiff,
} from '../../../../shared/notice';
import { hashOf } from '../../../../shared/util/hash';
import { NOW } from '../fixtures';
import { LAST_UPDATED, must } from './helpers';

const options = { audienceId: null, nameProcessors: true, lastUpdated: LAST_UPDATED };

const withClientRetention = (period: string) => {
  const register = exampleRegister(NOW);
  register.activities = register.activities.map((a) =>
    a.id === act.clientRecords ? { ...a, retention: { ...a.retention, period } } : a,
  );
  return register;
};

describe('noticeFacts', () => {
  const facts = noticeFacts(exampleRegister(NOW), options);
  const value = (key: string) => facts.find((f) => f.key === key)?.value;

  it('states contacts, purposes, bases, retention, recipients, transfers and rights with stable keys', () => {
    expect(value('org:ico-registration')).toBe('ZA065060');
    expect(value('org:company-number')).toBe('08896465');
    expect(value(`basis:${act.clientRecords}`)).toBe('our legitimate interests');
    expect(value(`retention:${act.shopOrders}`)).toBe('7 years');
    expect(value(`retention-from:${act.shopOrders}`)).toBe('the date of the purchase');
    expect(value('recipient:Microsoft (email and office software)')).toBeDefined();
    expect(value('transfer:tr-microsoft-us')).toBe('Microsoft, in United States');
    expect(value('safeguard:tr-microsoft-us')).toBe('the UK–US data bridge');
    expect(value('marketing:suppression-list')).toBe('kept');
    expect(value('right:portability')).toMatch(/machine-readable/);
    expect(value('automated:none')).toBe('none');
    expect(new Set(facts.map((f) => f.key)).size).toBe(facts.length);
  });

  it('is deterministic', () => {
    expect(noticeFacts(exampleRegister(NOW), options)).toEqual(facts);
  });
});

describe('describeChanges', () => {
  const before = noticeFacts(exampleRegister(NOW), options);

  it('says nothing when nothing changed', () => {
    expect(describeChanges(before, before)).toEqual([]);
  });

  it('a changed retention period names both periods', () => {
    const after = noticeFacts(
      withClientRetention('The length of the engagement plus 10 years'),
      options,
    );
    const changes = describeChanges(before, after);
    expect(changes).toHaveLength(1);
    expect(changes[0]).toMatchObject({ kind: 'changed', key: `retention:${act.clientRecords}` });
    expect(must(changes[0]).sentence).toBe(
      'We now keep data for client records for the length of the engagement plus 10 years (was the length of the engagement plus up to 20 years).',
    );
  });

  it('a changed start of the period says so on its own', () => {
    const register = exampleRegister(NOW);
    register.activities = register.activities.map((a) =>
      a.id === act.clientRecords
        ? { ...a, retention: { ...a.retention, trigger: 'The last contact with the client' } }
        : a,
    );
    const changes = describeChanges(before, noticeFacts(register, options));
    expect(changes.map((c) => c.sentence)).toEqual([
      'The period we keep data for client records now starts from the last contact with the client (was the end of the client’s engagement with us).',
    ]);
  });

  it('a new recipient and a removed one', () => {
    const register = exampleRegister(NOW);
    register.thirdParties.push({
      ...must(register.thirdParties[0]),
      id: 'tp-new',
      name: 'Cloud Co',
      kind: 'processor',
      type: 'crm',
    });
    register.activities = register.activities.map((a) =>
      a.id === act.businessSale
        ? {
            ...a,
            recipientIds: [...a.recipientIds, 'tp-new'].filter((id) => id !== 'tp-business-buyer'),
          }
        : a,
    );
    const sentences = describeChanges(before, noticeFacts(register, options)).map(
      (c) => c.sentence,
    );
    expect(sentences).toContain('We now share data with Cloud Co (CRM).');
    expect(sentences).toContain('We no longer share data with buyer in a sale of the business.');
  });

  it('a new purpose and a new activity', () => {
    const register = exampleRegister(NOW);
    register.activities = register.activities.map((a) =>
      a.id === act.enquiries ? { ...a, purposes: [...a.purposes, 'Train staff'] } : a,
    );
    const changes = describeChanges(before, noticeFacts(register, options));
    expect(changes.map((c) => c.sentence)).toEqual([
      'We now use personal data for a new purpose: “Train staff”.',
    ]);
  });
});

describe('noticeDrift', () => {
  const published = async (register = exampleRegister(NOW)): Promise<NoticeVersion> => {
    const document = composeNotice(register, options);
    return {
      id: 'v1',
      audienceId: null,
      number: 1,
      effectiveDate: LAST_UPDATED,
      publishedAt: NOW,
      changeNote: '',
      document,
      facts: noticeFacts(register, options),
      checklist: [],
      hash: await hashOf(document),
    };
  };

  it('no published version: no drift', () => {
    expect(noticeDrift(exampleRegister(NOW), options, undefined)).toEqual({
      drifted: false,
      changes: [],
    });
  });

  it('no drift until the register changes what the notice says', async () => {
    const version = await published();
    expect(
      noticeDrift(exampleRegister(NOW), { ...options, lastUpdated: '2027-01-01' }, version).drifted,
    ).toBe(false);
    const drift = noticeDrift(withClientRetention('5 years'), options, version);
    expect(drift.drifted).toBe(true);
    expect(drift.changes.map((c) => c.key)).toEqual([`retention:${act.clientRecords}`]);
  });

  it('the example has drifted since its 2021 notice', async () => {
    const [v1] = await konnectNoticeVersions(NOW);
    const drift = noticeDrift(exampleRegister(NOW), options, v1);
    expect(drift.drifted).toBe(true);
    const sentences = drift.changes.map((c) => c.sentence);
    expect(sentences.length).toBeGreaterThan(10);
    expect(
      drift.changes.some((c) => c.key === `basis:${act.clientRecords}` && c.kind === 'changed'),
    ).toBe(true);
    expect(drift.changes.some((c) => c.key === 'org:complaints' && c.kind === 'added')).toBe(true);
  });
});

describe('textDiff and documentText', () => {
  it('marks added and removed words', () => {
    expect(textDiff('keep for 7 years', 'keep for 10 years')).toEqual([
      { kind: 'same', text: 'keep for ' },
      { kind: 'removed', text: '7' },
      { kind: 'added', text: '10' },
      { kind: 'same', text: ' years' },
    ]);
    expect(textDiff('same', 'same')).toEqual([{ kind: 'same', text: 'same' }]);
  });

  it('puts headings on their own lines and shows a changed period between versions', () => {
    const before = documentText(composeNotice(exampleRegister(NOW), options));
    const after = documentText(
      composeNotice(withClientRetention('The length of the engagement plus 10 years'), options),
    );
    expect(before).toMatch(/\n\nHow long we keep your data\n\n/);
    expect(before).toMatch(/\n- Online shop orders: 7 years\./);
    const parts = textDiff(before, after);
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toContain(
      'up to 20',
    );
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toContain('10');
  });
});

describe('the example’s version 1', () => {
  it('is the all-audiences notice of 2 November 2021 with its facts and hash', async () => {
    const [v1, ...rest] = await konnectNoticeVersions(NOW);
    expect(rest).toEqual([]);
    expect(v1).toMatchObject({ number: 1, audienceId: null, effectiveDate: '2021-11-02' });
    expect(must(v1).hash).toBe(await hashOf(must(v1).document));
    expect(must(v1).document.lastUpdated).toBe('2021-11-02');
    const text = documentText(must(v1).document);
    expect(text).toMatch(/7 years/);
    expect(text).not.toMatch(/We confirm receipt within 30 days/);
    expect(text).not.toMatch(/Data \(Use and Access\) Act/);
    expect(must(v1).facts.length).toBeGreaterThan(50);
    expect(await konnectNoticeVersions(NOW)).toEqual([v1]);
  });
});
