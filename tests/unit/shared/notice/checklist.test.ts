import { describe, expect, it } from 'vitest';
import { exampleRegister, konnectAudienceIds as aud } from '../../../../shared/example/konnect';
import {
  konnectNoticeVersions,
  konnectRegister2021,
} from '../../../../shared/example/konnect-notice';
import { composeNotice, noticeChecklist, type ChecklistItem } from '../../../../shared/notice';
import { NOW, smallRegister, validActivity } from '../fixtures';
import { LAST_UPDATED, must } from './helpers';

const options = { audienceId: null, nameProcessors: true, lastUpdated: LAST_UPDATED };
const byNumber = (items: ChecklistItem[]) => new Map(items.map((i) => [i.number, i]));

describe('noticeChecklist on the example', () => {
  const register = exampleRegister(NOW);
  const items = noticeChecklist(register, null, composeNotice(register, options));
  const item = byNumber(items);

  it('has the 16 items of the reference, in order', () => {
    expect(items.map((i) => i.number)).toEqual(Array.from({ length: 16 }, (_, i) => i + 1));
    expect(item.get(5)?.requirement).toBe('Lawful basis for each purpose');
    expect(item.get(13)?.requirement).toBe('The right to complain to the ICO');
  });

  it('covers everything that applies today', () => {
    expect(items.filter((i) => i.status === 'missing')).toEqual([]);
    expect(item.get(2)?.status).toBe('not-applicable');
    expect(item.get(3)?.status).toBe('not-applicable');
    expect(item.get(3)?.reason).toMatch(/No data protection officer.*not a public authority/);
    expect(item.get(9)?.status).toBe('covered');
    expect(item.get(14)?.status).toBe('covered');
    expect(item.get(14)?.reason).toMatch(/Social media followers/);
  });

  it('per audience: transfers and sources where they apply', () => {
    const clients = noticeChecklist(
      register,
      aud.clients,
      composeNotice(register, { ...options, audienceId: aud.clients }),
    );
    expect(byNumber(clients).get(14)?.status).toBe('not-applicable');
    expect(byNumber(clients).get(12)?.status).toBe('not-applicable');
    expect(byNumber(clients).get(9)?.status).toBe('covered');
  });

  it('shows what the 2 November 2021 notice lacked', async () => {
    const [v1] = await konnectNoticeVersions(NOW);
    const old = byNumber(noticeChecklist(konnectRegister2021(NOW), null, must(v1).document));
    expect(old.get(5)?.status).toBe('missing');
    expect(old.get(5)?.reason).toMatch(/No lawful basis recorded for .*“Client records”/);
    expect(old.get(9)?.status).toBe('missing');
    expect(old.get(10)?.status).toBe('missing');
    expect(old.get(10)?.reason).toMatch(/“Customer accounts”/);
    expect(old.get(11)?.status).toBe('missing');
    expect(old.get(15)?.status).toBe('missing');
    expect(item.get(5)?.status).toBe('covered');
  });
});

describe('noticeChecklist rules', () => {
  it('flags an activity with no lawful basis, naming it', () => {
    const register = smallRegister({
      activities: [validActivity({ name: 'Newsletter', purposes: ['News'], lawfulBasis: null })],
    });
    const item = byNumber(noticeChecklist(register, null, composeNotice(register, options)));
    expect(item.get(5)).toMatchObject({
      status: 'missing',
      reason: 'No lawful basis recorded for “Newsletter”.',
    });
  });

  it('judges the organisation’s own wording', () => {
    const register = exampleRegister(NOW);
    const document = composeNotice(register, options);
    const edited = {
      ...document,
      sections: document.sections.map((s) =>
        s.id === 'complaints'
          ? { ...s, blocks: [{ kind: 'paragraph' as const, text: 'Write to us.' }] }
          : s.id === 'withdraw-consent'
            ? { ...s, blocks: [] }
            : s,
      ),
    };
    const item = byNumber(noticeChecklist(register, null, edited));
    expect(item.get(13)).toMatchObject({ status: 'missing', reason: expect.stringMatching(/ICO/) });
    expect(item.get(12)?.status).toBe('missing');
  });

  it('needs the DPO’s details when one is appointed', () => {
    const register = smallRegister();
    register.organisation = {
      ...must(register.organisation),
      dpo: {
        appointed: true,
        contact: { name: 'D', email: 'dpo@example.org', phone: '', address: '' },
        reasonNotRequired: '',
      },
    };
    const document = composeNotice(register, options);
    expect(byNumber(noticeChecklist(register, null, document)).get(3)?.status).toBe('covered');
    const stripped = {
      ...document,
      sections: document.sections.map((s) =>
        s.id === 'who-we-are'
          ? { ...s, blocks: [{ kind: 'paragraph' as const, text: 'Test Organisation Ltd.' }] }
          : s,
      ),
    };
    expect(byNumber(noticeChecklist(register, null, stripped)).get(3)?.status).toBe('missing');
  });
});
