/** Blank records with every field present, so forms and imports start from a valid shape. */
import type { Activity } from './activity';
import type { Lia, Tra } from './assessments';
import { newId } from './common';
import type { Organisation } from './organisation';
import type { ThirdParty } from './third-party';
import type { Transfer } from './transfer';

const emptyContact = () => ({ name: '', email: '', phone: '', address: '' });

export function blankOrganisation(
  now: string,
  overrides: Partial<Organisation> = {},
): Organisation {
  return {
    id: newId(),
    name: '',
    legalForm: 'company',
    registeredAddress: {
      line1: '',
      line2: '',
      town: '',
      county: '',
      postcode: '',
      country: 'United Kingdom',
    },
    companyNumber: '',
    charityNumber: '',
    icoRegistrationNumber: '',
    icoRenewalDate: null,
    email: '',
    phone: '',
    website: '',
    dpo: { appointed: false, contact: emptyContact(), reasonNotRequired: '' },
    representative: { needed: false, contact: emptyContact() },
    complaints: { process: '', contact: '', acknowledgeWithinDays: 30 },
    socialMedia: [],
    audiences: [],
    toConfirm: [],
    updatedAt: now,
    ...overrides,
  };
}

export function blankActivity(now: string, overrides: Partial<Activity> = {}): Activity {
  return {
    id: newId(),
    name: '',
    businessFunction: '',
    description: '',
    purposes: [],
    dataSubjects: [],
    personalData: [],
    specialCategories: [],
    criminalOffenceData: false,
    sources: [],
    collectedFromIndividual: true,
    lawfulBasis: null,
    lawfulBasisDetail: '',
    legitimateInterest: '',
    recognisedInterest: null,
    art9Condition: null,
    schedule1Condition: null,
    appropriatePolicyDocument: '',
    criminalDataAuthority: '',
    jointController: '',
    recipientIds: [],
    recipientCategories: [],
    retention: {
      period: '',
      trigger: '',
      justification: '',
      disposal: '',
      policyDocument: '',
      followsPolicy: null,
      notFollowingReason: '',
    },
    securityMeasures: '',
    systems: [],
    locations: [],
    automatedDecisions: { exists: false, details: '' },
    dpia: { screening: 'not-screened', answers: {}, notes: '', status: 'not-applicable', link: '' },
    consentRecord: '',
    marketing: { electronic: false, channels: [], basis: null, optOut: '' },
    requirement: '',
    audienceIds: [],
    funderIds: [],
    programmes: [],
    owner: '',
    status: 'draft',
    lastReviewed: null,
    nextReview: null,
    internalNotes: '',
    toConfirm: [],
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

export function blankThirdParty(now: string, overrides: Partial<ThirdParty> = {}): ThirdParty {
  return {
    id: newId(),
    name: '',
    kind: 'processor',
    type: 'other',
    services: '',
    dataShared: [],
    countries: ['GB'],
    contact: emptyContact(),
    website: '',
    contract: { status: 'missing', reference: '', signedOn: null, expiresOn: null, document: '' },
    article28: {},
    dueDiligence: { certifications: [], checkedOn: null, notes: '' },
    subProcessors: [],
    reviewDate: null,
    internalNotes: '',
    toConfirm: [],
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

export function blankTransfer(
  now: string,
  overrides: Partial<Transfer> & Pick<Transfer, 'thirdPartyId' | 'destinations'>,
): Transfer {
  return {
    id: newId(),
    activityIds: [],
    mechanism: null,
    recipientCertified: null,
    art49Exception: null,
    supplementaryMeasures: '',
    traStatus: 'not-started',
    reviewDate: null,
    internalNotes: '',
    toConfirm: [],
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

/** What every new assessment starts with: a first, empty draft. */
const newAssessment = (now: string) => ({
  id: newId(),
  answers: {},
  status: 'draft' as const,
  revision: 1,
  history: [],
  toConfirm: [],
  createdAt: now,
  updatedAt: now,
});

export function blankLia(
  now: string,
  overrides: Partial<Lia> & Pick<Lia, 'title' | 'activityIds'>,
): Lia {
  return { ...newAssessment(now), path: 'standard', ...overrides };
}

export function blankTra(now: string, overrides: Partial<Tra> & Pick<Tra, 'transferId'>): Tra {
  return { ...newAssessment(now), ...overrides };
}
