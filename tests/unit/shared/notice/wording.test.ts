import { describe, expect, it } from 'vitest';
import type { NoticeBlock, NoticeDraft } from '../../../../shared/domain/notice';
import { exampleRegister } from '../../../../shared/example/konnect';
import {
  blocksToWording,
  composeNotice,
  draftView,
  sectionHash,
  wordingToBlocks,
} from '../../../../shared/notice';
import { NOW } from '../fixtures';
import { LAST_UPDATED, must } from './helpers';

const draft = (overrides: Partial<NoticeDraft> = {}): NoticeDraft => ({
  id: 'draft-all',
  audienceId: null,
  introduction: null,
  wording: {},
  nameProcessors: true,
  createdAt: NOW,
  updatedAt: NOW,
  ...overrides,
});

describe('wording', () => {
  const blocks: NoticeBlock[] = [
    { kind: 'paragraph', text: 'We keep what we need.' },
    { kind: 'subheading', text: 'Orders' },
    { kind: 'list', items: ['Name', 'Address'] },
    { kind: 'paragraph', text: 'And nothing else.' },
  ];

  it('round-trips blocks through text', () => {
    const text = blocksToWording(blocks);
    expect(text).toBe(
      'We keep what we need.\n\n## Orders\n\n- Name\n- Address\n\nAnd nothing else.',
    );
    expect(wordingToBlocks(text)).toEqual(blocks);
  });

  it('round-trips every composed section of the example', () => {
    const document = composeNotice(exampleRegister(NOW), {
      audienceId: null,
      nameProcessors: true,
      lastUpdated: LAST_UPDATED,
    });
    for (const section of document.sections)
      expect(wordingToBlocks(blocksToWording(section.blocks))).toEqual(section.blocks);
  });

  it('reads loosely typed text', () => {
    expect(wordingToBlocks('One line\nwrapped.\r\n- a\n- b\nafter\n\n\n##  Head ')).toEqual([
      { kind: 'paragraph', text: 'One line wrapped.' },
      { kind: 'list', items: ['a', 'b'] },
      { kind: 'paragraph', text: 'after' },
      { kind: 'subheading', text: 'Head' },
    ]);
    expect(wordingToBlocks('   \n\n')).toEqual([]);
  });

  it('hashes blocks as SHA-256 hex', async () => {
    expect(await sectionHash(blocks)).toMatch(/^[0-9a-f]{64}$/);
    expect(await sectionHash(blocks)).not.toBe(await sectionHash(blocks.slice(1)));
  });
});

describe('draftView', () => {
  it('shows the composed notice when there is no own wording', async () => {
    const register = exampleRegister(NOW);
    const view = await draftView(register, draft(), LAST_UPDATED);
    expect(view.document).toEqual(
      composeNotice(register, {
        audienceId: null,
        nameProcessors: true,
        lastUpdated: LAST_UPDATED,
      }),
    );
    expect(view.sections.every((s) => s.wording === null && !s.stale)).toBe(true);
    expect(view.introduction.stale).toBe(false);
  });

  it('puts own wording in place, and marks it stale when the register changes', async () => {
    const register = exampleRegister(NOW);
    const first = await draftView(register, draft(), LAST_UPDATED);
    const retention = must(first.sections.find((s) => s.id === 'retention'));
    const own = draft({
      introduction: { text: 'Hello from us.', composedHash: first.introduction.composedHash },
      wording: {
        retention: {
          text: 'We keep things briefly.\n\n- Orders: 7 years',
          composedHash: retention.composedHash,
        },
      },
    });
    const view = await draftView(register, own, LAST_UPDATED);
    expect(view.document.introduction).toEqual([{ kind: 'paragraph', text: 'Hello from us.' }]);
    expect(must(view.document.sections.find((s) => s.id === 'retention')).blocks).toEqual([
      { kind: 'paragraph', text: 'We keep things briefly.' },
      { kind: 'list', items: ['Orders: 7 years'] },
    ]);
    expect(must(view.sections.find((s) => s.id === 'retention')).stale).toBe(false);

    register.activities = register.activities.map((a) =>
      a.name === 'Enquiries' ? { ...a, retention: { ...a.retention, period: '6 months' } } : a,
    );
    const later = await draftView(register, own, LAST_UPDATED);
    const section = must(later.sections.find((s) => s.id === 'retention'));
    expect(section.stale).toBe(true);
    expect(section.wording?.text).toMatch(/briefly/);
    expect(later.sections.filter((s) => s.stale).map((s) => s.id)).toEqual(['retention']);
    expect(later.introduction.stale).toBe(false);
  });
});
