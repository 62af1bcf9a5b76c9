import { describe, expect, it } from 'vitest';
import { composeNotice, rightsForNotice } from '../../../../shared/notice';
import { smallRegister, validActivity, validThirdParty } from '../fixtures';
import { LAST_UPDATED } from './helpers';

const options = { audienceId: null, nameProcessors: true, lastUpdated: LAST_UPDATED };

const sharingItems = (register: ReturnType<typeof smallRegister>, nameProcessors = true) => {
  const section = composeNotice(register, { ...options, nameProcessors }).sections.find(
    (s) => s.id === 'sharing',
  );
  const list = section?.blocks.find((block) => block.kind === 'list');
  return list?.kind === 'list' ? list.items : [];
};

describe('the sharing section', () => {
  const register = smallRegister({
    thirdParties: [
      validThirdParty({
        id: 'tp-a',
        name: 'Alpha Accounts',
        type: 'other',
        kind: 'independent-controller',
      }),
      validThirdParty({
        id: 'tp-b',
        name: 'Beta Books',
        type: 'other',
        kind: 'independent-controller',
      }),
    ],
    activities: [
      // Named out of register order and twice: the notice still follows the register, once each.
      validActivity({ id: 'act-1', name: 'Payroll', recipientIds: ['tp-b', 'tp-a', 'tp-b'] }),
      validActivity({ id: 'act-2', name: 'Grant reporting', recipientIds: ['tp-a', 'tp-gone'] }),
      validActivity({ id: 'act-3', name: 'Payroll', recipientIds: ['tp-a'] }),
    ],
  });

  it('lists each recipient once, in register order, with the activities it serves once each', () => {
    expect(sharingItems(register)).toEqual([
      'Alpha Accounts — for payroll and grant reporting',
      'Beta Books — for payroll',
    ]);
  });

  it('joins recipients shown under the same category into one line', () => {
    const processors = smallRegister({
      thirdParties: [
        validThirdParty({ id: 'tp-a', name: 'Alpha Pay', type: 'accountant', kind: 'processor' }),
        validThirdParty({ id: 'tp-b', name: 'Beta Pay', type: 'accountant', kind: 'processor' }),
      ],
      activities: [
        validActivity({ id: 'act-1', name: 'Payroll', recipientIds: ['tp-b'] }),
        validActivity({ id: 'act-2', name: 'Expenses', recipientIds: ['tp-a', 'tp-b'] }),
      ],
    });
    expect(sharingItems(processors, false)).toEqual(['Accountant — for payroll and expenses']);
  });
});

describe('rightsForNotice with many activities', () => {
  it('names the activities a right does not reach, in register order', () => {
    const activities = [
      validActivity({ id: 'a', name: 'Orders', lawfulBasis: 'contract' }),
      validActivity({ id: 'b', name: 'Payroll', lawfulBasis: 'legal-obligation' }),
      validActivity({ id: 'c', name: 'Bookings', lawfulBasis: 'contract' }),
      validActivity({ id: 'd', name: 'Tax returns', lawfulBasis: 'legal-obligation' }),
      validActivity({ id: 'e', name: 'Renewals', lawfulBasis: 'contract' }),
    ];
    const portability = rightsForNotice(activities).find((entry) => entry.right === 'portability');
    expect(portability?.text).toMatch(/This does not apply to payroll and tax returns\.$/);
  });
});
