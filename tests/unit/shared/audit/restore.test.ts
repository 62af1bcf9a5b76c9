import { describe, expect, it } from 'vitest';
import {
  isRestorable,
  linkProblems,
  upgradeState,
  withRecord,
  type NameOf,
} from '../../../../shared/audit/restore';
import { blankTransfer } from '../../../../shared/domain';
import { NOW, smallRegister, validActivity, validThirdParty } from '../fixtures';

const nameOf: NameOf = (kind, id) => `${kind} ${id}`;

describe('restorable kinds', () => {
  it('are the records, not notices, reviews, accepted risks or the whole register', () => {
    expect(isRestorable('activity')).toBe(true);
    expect(isRestorable('complaint')).toBe(true);
    expect(isRestorable('notice')).toBe(false);
    expect(isRestorable('review')).toBe(false);
    expect(isRestorable('register')).toBe(false);
  });
});

describe('upgradeState', () => {
  it('brings a schema 2 transfer up to date, keeping a free-text Article 49 exception in its notes', () => {
    const { recipientCertified: _r, ...current } = blankTransfer(NOW, {
      id: 'tr-1',
      thirdPartyId: 'tp-1',
      destinations: ['US'],
    });
    const result = upgradeState('transfer', { ...current, art49Exception: 'Because we must' });
    expect(result).toMatchObject({
      ok: true,
      record: {
        recipientCertified: null,
        art49Exception: null,
        internalNotes: 'Article 49 exception as first recorded: Because we must',
      },
    });
  });

  it('leaves a current activity’s DPIA answers alone', () => {
    const activity = validActivity();
    const answered = {
      ...activity,
      dpia: { ...activity.dpia, answers: { 'dpia.public-monitoring': true } },
    };
    expect(upgradeState('activity', answered)).toMatchObject({
      ok: true,
      record: { dpia: { answers: { 'dpia.public-monitoring': true } } },
    });
  });

  it('says which fields fail today’s rules', () => {
    expect(upgradeState('activity', { ...validActivity(), name: '' })).toEqual({
      ok: false,
      problems: ['name: Name the activity'],
    });
    expect(upgradeState('activity', null)).toMatchObject({ ok: false });
  });
});

describe('linkProblems', () => {
  it('finds nothing wrong in a register that holds together', () => {
    expect(linkProblems(smallRegister(), 'activity', 'act-1', nameOf)).toEqual([]);
  });

  it('names the records a restored activity links to that have gone', () => {
    const register = withRecord(
      smallRegister(),
      'activity',
      'act-1',
      validActivity({ recipientIds: ['tp-1', 'tp-gone'], audienceIds: ['aud-gone'] }),
    );
    expect(linkProblems(register, 'activity', 'act-1', nameOf)).toEqual([
      'It names thirdParty tp-gone and audience aud-gone, no longer in the register. Restore those first, or change the record by hand instead.',
    ]);
  });

  it('refuses to take out a third party others name, or make a named funder something else', () => {
    const gone = withRecord(smallRegister(), 'thirdParty', 'tp-1', null);
    expect(linkProblems(gone, 'thirdParty', 'tp-1', nameOf)[0]).toMatch(
      /still named by activity act-1/,
    );
    const funded = smallRegister({
      activities: [validActivity({ funderIds: ['tp-1'], audienceIds: ['aud-1'] })],
      thirdParties: [validThirdParty({ type: 'funder' })],
    });
    const notFunder = withRecord(funded, 'thirdParty', 'tp-1', validThirdParty({ type: 'other' }));
    expect(linkProblems(notFunder, 'thirdParty', 'tp-1', nameOf)).toEqual([
      'It would no longer be a funder, but activity act-1 names it as one. Remove it from their funders first.',
    ]);
  });

  it('refuses an organisation profile that drops an audience still in use', () => {
    const register = smallRegister();
    const organisation = register.organisation;
    if (!organisation) throw new Error('organisation');
    const dropped = withRecord(register, 'organisation', organisation.id, {
      ...organisation,
      audiences: [],
    });
    expect(linkProblems(dropped, 'organisation', organisation.id, nameOf)[0]).toMatch(
      /drop audiences still used by activity act-1/,
    );
  });
});
