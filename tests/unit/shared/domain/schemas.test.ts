import { describe, expect, it } from 'vitest';
import { isoDateSchema } from '../../../../shared/domain/common';
import { blankLia, blankTra, blankTransfer } from '../../../../shared/domain/factories';
import { organisationSchema } from '../../../../shared/domain/organisation';
import { registerSchema } from '../../../../shared/domain/register';
import { thirdPartySchema } from '../../../../shared/domain/third-party';
import { NOW, smallRegister, validActivity, validOrganisation, validThirdParty } from '../fixtures';

/** The paths of every issue, joined with dots, so a test names the field it expects to fail. */
function issuePaths(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[] }[] };
}): string[] {
  return result.success
    ? []
    : (result.error?.issues ?? []).map((issue) => issue.path.map(String).join('.'));
}

const orgPaths = (overrides: Parameters<typeof validOrganisation>[0]) =>
  issuePaths(organisationSchema.safeParse(validOrganisation(overrides)));

const address = (postcode: string) => ({
  line1: '1 High Street',
  line2: '',
  town: 'Truro',
  county: '',
  postcode,
  country: 'United Kingdom',
});

describe('organisation field formats', () => {
  it('accepts a minimal valid organisation', () => {
    expect(orgPaths({})).toEqual([]);
  });

  it.each([
    'PL25 3BA',
    'pl25 3ba',
    'PL253BA',
    'SW1A 1AA',
    'M1 1AE',
    'EC1A 1BB',
    'B33 8TH',
    'CR2 6XH',
    'GIR 0AA',
    '',
  ])('accepts postcode %j', (postcode) => {
    expect(orgPaths({ registeredAddress: address(postcode) })).toEqual([]);
  });

  it.each(['PL25 3B', '12345', 'QA1 1AA', 'PL25 3CA', 'PL25 3BA X', 'PL2 5 3BA'])(
    'refuses postcode %j',
    (postcode) => {
      expect(orgPaths({ registeredAddress: address(postcode) })).toEqual([
        'registeredAddress.postcode',
      ]);
    },
  );

  it.each(['08896465', 'SC123456', 'NI123456', 'OC301234', 'R0123456', ''])(
    'accepts company number %j',
    (companyNumber) => {
      expect(orgPaths({ companyNumber })).toEqual([]);
    },
  );

  it.each(['8896465', '088964651', 'S1234567', 'AB12345', '0889 6465'])(
    'refuses company number %j',
    (companyNumber) => {
      expect(orgPaths({ companyNumber })).toEqual(['companyNumber']);
    },
  );

  it.each(['ZA065060', 'Z1234567', 'za065060', ''])(
    'accepts ICO registration %j',
    (icoRegistrationNumber) => {
      expect(orgPaths({ icoRegistrationNumber })).toEqual([]);
    },
  );

  it.each(['ZA06506', 'A1065060', 'ZA0650600', 'ZAA65060', 'ICO123'])(
    'refuses ICO registration %j',
    (icoRegistrationNumber) => {
      expect(orgPaths({ icoRegistrationNumber })).toEqual(['icoRegistrationNumber']);
    },
  );

  it.each(['info@konnect-communities.co.uk', 'a.b+c@example.org', ''])(
    'accepts email %j',
    (email) => {
      expect(orgPaths({ email })).toEqual([]);
    },
  );

  it.each(['info@', 'not an email', '@example.org', 'a@b'])('refuses email %j', (email) => {
    expect(orgPaths({ email })).toEqual(['email']);
  });

  it.each([
    '01736 339277',
    '+44 1736 339277',
    '07700 900123',
    '020 7946 0958',
    '+447700900123',
    '',
  ])('accepts phone %j', (phone) => {
    expect(orgPaths({ phone })).toEqual([]);
  });

  it.each([
    '1736 339277',
    '+1 415 555 0100',
    'phone',
    '0173',
    '01736 339277 ext 4 and more',
    '0---------',
    '0()()()()()',
  ])('refuses phone %j', (phone) => {
    expect(orgPaths({ phone })).toEqual(['phone']);
  });

  it('requires a reason when no DPO is appointed', () => {
    const dpo = {
      appointed: false,
      contact: { name: '', email: '', phone: '', address: '' },
      reasonNotRequired: ' ',
    };
    expect(orgPaths({ dpo })).toEqual(['dpo.reasonNotRequired']);
    expect(orgPaths({ dpo: { ...dpo, appointed: true } })).toEqual([]);
  });

  it('requires a charity number of a registered charity, not of a CIC', () => {
    expect(orgPaths({ legalForm: 'cio' })).toEqual(['charityNumber']);
    expect(orgPaths({ legalForm: 'cio', charityNumber: '1234567' })).toEqual([]);
    expect(orgPaths({ legalForm: 'cic' })).toEqual([]);
  });

  it('refuses a complaints acknowledgement period beyond the 30 days the law allows', () => {
    expect(
      orgPaths({ complaints: { process: 'x', contact: '', acknowledgeWithinDays: 31 } }),
    ).toEqual(['complaints.acknowledgeWithinDays']);
  });
});

describe('dates', () => {
  it.each(['2026-02-30', '2025-02-29', '2026-13-01', '2026-04-31', '26-01-01', '2026-1-1', ''])(
    'refuses %j',
    (date) => {
      expect(isoDateSchema.safeParse(date).success).toBe(false);
    },
  );

  it.each(['2024-02-29', '2026-02-28', '2026-12-31'])('accepts %j', (date) => {
    expect(isoDateSchema.safeParse(date).success).toBe(true);
  });

  it('refuses an impossible date inside a record, naming the field', () => {
    const party = validThirdParty({ reviewDate: '2026-02-30' });
    expect(issuePaths(thirdPartySchema.safeParse(party))).toEqual(['reviewDate']);
  });

  it('refuses a contract that ends before it was signed, and accepts one that ends the same day', () => {
    const contract = (signedOn: string, expiresOn: string) =>
      validThirdParty({
        contract: { status: 'in-place', reference: '', signedOn, expiresOn, document: '' },
      });
    expect(issuePaths(thirdPartySchema.safeParse(contract('2026-05-01', '2026-04-30')))).toEqual([
      'contract.expiresOn',
    ]);
    expect(thirdPartySchema.safeParse(contract('2026-05-01', '2026-05-01')).success).toBe(true);
  });

  it('refuses a timestamp that is not an ISO instant', () => {
    expect(thirdPartySchema.safeParse(validThirdParty({ createdAt: '25/11/2026' })).success).toBe(
      false,
    );
  });
});

describe('register links', () => {
  const messages = (register: unknown): string[] => {
    const result = registerSchema.safeParse(register);
    return result.success ? [] : result.error.issues.map((issue) => issue.message);
  };

  it('accepts a register whose links all resolve', () => {
    expect(messages(smallRegister())).toEqual([]);
  });

  it('refuses an activity linking to a third party that is not in the register', () => {
    const register = smallRegister({ activities: [validActivity({ recipientIds: ['tp-gone'] })] });
    expect(messages(register)).toEqual([expect.stringContaining('(tp-gone)')]);
  });

  it('refuses a dangling funder link', () => {
    const register = smallRegister({
      activities: [validActivity({ funderIds: ['tp-funder-gone'] })],
    });
    expect(messages(register)).toEqual([expect.stringContaining('tp-funder-gone')]);
  });

  it('refuses a funder link to a third party that is not a funder, naming the field', () => {
    const register = smallRegister();
    const partyId = register.thirdParties[0]?.id ?? '';
    const result = registerSchema.safeParse(
      smallRegister({ activities: [validActivity({ funderIds: [partyId] })] }),
    );
    const issue = result.success ? undefined : result.error.issues[0];
    expect(issue?.message).toMatch(/not a third party of type funder/);
    expect(issue?.path).toEqual(['activities', 0, 'funderIds']);
  });

  it('refuses an LIA naming an activity that is not in the register', () => {
    const lia = blankLia(NOW, { title: 'Newsletter LIA', activityIds: ['act-gone'] });
    expect(messages(smallRegister({ lias: [lia] }))).toEqual([
      expect.stringContaining('(act-gone)'),
    ]);
  });

  it('refuses a TRA naming a transfer that is not in the register', () => {
    const tra = blankTra(NOW, { transferId: 'tr-gone' });
    expect(messages(smallRegister({ tras: [tra] }))).toEqual([
      expect.stringContaining('(tr-gone)'),
    ]);
  });

  it('refuses a dangling audience link', () => {
    const register = smallRegister({ activities: [validActivity({ audienceIds: ['aud-gone'] })] });
    expect(messages(register)).toEqual([expect.stringContaining('aud-gone')]);
  });

  it('refuses a transfer naming a missing third party or activity', () => {
    const transfer = blankTransfer(NOW, {
      id: 'tr-1',
      thirdPartyId: 'tp-gone',
      destinations: ['US'],
      activityIds: ['act-gone'],
    });
    const found = messages(smallRegister({ transfers: [transfer] }));
    expect(found).toHaveLength(2);
    expect(found.join(' ')).toMatch(/tp-gone[\s\S]*act-gone/);
  });

  it('refuses a transfer with no destination', () => {
    const transfer = blankTransfer(NOW, { id: 'tr-1', thirdPartyId: 'tp-1', destinations: [] });
    expect(messages(smallRegister({ transfers: [transfer] }))).toEqual([
      'Choose at least one destination',
    ]);
  });

  it('refuses duplicate ids', () => {
    const register = smallRegister({ thirdParties: [validThirdParty(), validThirdParty()] });
    expect(messages(register)).toEqual(['Duplicate id tp-1']);
  });

  it('refuses an organisation-less register only when audiences are linked', () => {
    expect(messages(smallRegister({ organisation: null }))).toEqual([
      expect.stringContaining('aud-1'),
    ]);
    expect(messages(smallRegister({ organisation: null, activities: [] }))).toEqual([]);
  });
});
