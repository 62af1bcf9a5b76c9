/**
 * Every recipient the Konnect notice names, one record each. The notice gives types, not
 * vendors, so names are generic where it is silent and `toConfirm` says what to check.
 */
import { blankThirdParty } from '../domain/factories';
import { article28ItemIds } from '../processors/article28';
import type { ThirdParty } from '../domain/third-party';

/** Stable ids: activities, transfers and tests refer to them. */
export const tp = {
  funders: 'tp-funders',
  partners: 'tp-partners',
  stakeholders: 'tp-stakeholders',
  itCompany: 'tp-it-company',
  webhost: 'tp-webhost',
  marketingConsultancy: 'tp-marketing-consultancy',
  emailMarketing: 'tp-email-marketing',
  accountant: 'tp-accountant',
  bookkeeper: 'tp-bookkeeper',
  accountingPackage: 'tp-accounting-package',
  solicitor: 'tp-solicitor',
  microsoft: 'tp-microsoft',
  funderSecureEmail: 'tp-funder-secure-email',
  funderCrm: 'tp-funder-crm',
  courier: 'tp-courier',
  paymentProcessor: 'tp-payment-processor',
  buyer: 'tp-business-buyer',
  meta: 'tp-meta',
  x: 'tp-x',
  linkedin: 'tp-linkedin',
} as const;

/** First review of every supplier, a fixed date so the example is reproducible. */
const REVIEW = '2027-06-30';

const ART28_MISSING =
  'Check whether a written contract with the Article 28(3) processor terms exists; if not, ask for one before sharing more data.';
const NO_ART28 =
  'Article 28 terms do not apply to an independent controller; a data sharing agreement is good practice (ICO data sharing code).';

type Spec = Omit<Partial<ThirdParty>, 'id' | 'contract' | 'dueDiligence'> &
  Pick<ThirdParty, 'id' | 'name' | 'kind' | 'type'> & {
    contract?: Omit<ThirdParty['contract'], 'document'>;
    /** What to check, as due diligence notes: the notice gives no evidence of any check. */
    dueDiligence?: string;
  };

/**
 * The notice gives no evidence about any processor's contract terms, so each processor's
 * Article 28 checklist is started with every item "not known yet" and marked to confirm.
 */
const unknownArticle28 = Object.fromEntries(
  article28ItemIds.map((id) => [id, 'unknown' as const]),
) as ThirdParty['article28'];

const party = (now: string, { contract, dueDiligence = '', ...spec }: Spec): ThirdParty => {
  const processor = spec.kind === 'processor';
  return blankThirdParty(now, {
    reviewDate: REVIEW,
    ...spec,
    ...(contract && { contract: { ...contract, document: '' } }),
    article28: processor ? unknownArticle28 : {},
    dueDiligence: { certifications: [], checkedOn: null, notes: dueDiligence },
    toConfirm: [...(spec.toConfirm ?? []), ...(processor ? ['article28'] : [])],
  });
};

export function konnectThirdParties(now: string): ThirdParty[] {
  return [
    party(now, {
      id: tp.funders,
      name: 'Funders of our programmes',
      kind: 'independent-controller',
      type: 'funder',
      services:
        'Grant funders of the community services we run. Their funding conditions require us to report on the clients we support and to keep client records for a set period.',
      dataShared: [
        'Client name',
        'Client email address',
        'Client postal address',
        'Client phone number',
      ],
      contract: {
        status: 'not-needed',
        reference: 'Funding agreements',
        signedOn: null,
        expiresOn: null,
      },
      dueDiligence: NO_ART28,
      internalNotes:
        'The notice names funders as a group. Add each funder as its own record, with the retention period its agreement stipulates.',
      toConfirm: ['name', 'dataShared'],
    }),
    party(now, {
      id: tp.partners,
      name: 'Delivery partners',
      kind: 'independent-controller',
      type: 'partner',
      services: 'Organisations we work with to deliver community services to clients.',
      dataShared: ['Client name', 'Client contact details'],
      contract: { status: 'not-needed', reference: '', signedOn: null, expiresOn: null },
      dueDiligence: NO_ART28,
      toConfirm: ['name', 'kind', 'dataShared'],
    }),
    party(now, {
      id: tp.stakeholders,
      name: 'Stakeholders in our client programmes',
      kind: 'independent-controller',
      type: 'stakeholder',
      services:
        'Bodies with an interest in a programme a client takes part in (for example referral agencies or commissioners).',
      dataShared: ['Client name', 'Client contact details'],
      contract: { status: 'not-needed', reference: '', signedOn: null, expiresOn: null },
      dueDiligence: NO_ART28,
      toConfirm: ['name', 'services', 'dataShared'],
    }),
    party(now, {
      id: tp.itCompany,
      name: 'IT support company',
      kind: 'processor',
      type: 'it-company',
      services: 'Supports our computers, accounts and systems and may see any data held on them.',
      dataShared: ['Any personal data held on our systems, when support needs access'],
      dueDiligence: ART28_MISSING,
      toConfirm: ['name', 'contract.status', 'countries'],
    }),
    party(now, {
      id: tp.webhost,
      name: 'Website host',
      kind: 'processor',
      type: 'webhost',
      services: 'Hosts our website, online shop, customer accounts and contact form.',
      dataShared: [
        'Website visit and device data',
        'Customer order and account details',
        'Contact form enquiries',
      ],
      dueDiligence: ART28_MISSING,
      toConfirm: ['name', 'contract.status', 'countries'],
    }),
    party(now, {
      id: tp.marketingConsultancy,
      name: 'Marketing consultancy',
      kind: 'processor',
      type: 'marketing-consultancy',
      services: 'Helps plan and run our email campaigns, social media and occasional paid adverts.',
      dataShared: ['Subscriber and customer email addresses', 'Campaign results'],
      dueDiligence: ART28_MISSING,
      toConfirm: ['name', 'contract.status', 'dataShared'],
    }),
    party(now, {
      id: tp.emailMarketing,
      name: 'Email marketing platform',
      kind: 'processor',
      type: 'email-marketing-platform',
      services:
        'Sends our marketing emails, holds the mailing list and suppression list, segments the list and reports opens and clicks.',
      dataShared: [
        'Name',
        'Email address',
        'Segment or interests',
        'Email opens and link clicks',
        'Opt-out date',
      ],
      countries: ['US'],
      contract: {
        status: 'in-place',
        reference: 'Provider’s data processing addendum (part of its terms of service)',
        signedOn: null,
        expiresOn: null,
      },
      dueDiligence:
        'Check the provider’s security statement and that it is certified to the Data Privacy Framework with the UK Extension.',
      internalNotes:
        'The notice does not name the platform. Most such platforms process in the United States.',
      toConfirm: ['name', 'countries', 'contract.status'],
    }),
    party(now, {
      id: tp.accountant,
      name: 'Accountant',
      kind: 'independent-controller',
      type: 'accountant',
      services:
        'Prepares our accounts and tax returns. Acting under professional obligations, an accountant is normally a controller in its own right.',
      dataShared: [
        'Sales and purchase records',
        'Customer and supplier names',
        'Invoice and payment details',
      ],
      contract: {
        status: 'not-needed',
        reference: 'Letter of engagement',
        signedOn: null,
        expiresOn: null,
      },
      dueDiligence: NO_ART28,
      toConfirm: ['name', 'kind'],
    }),
    party(now, {
      id: tp.bookkeeper,
      name: 'Bookkeeper',
      kind: 'processor',
      type: 'bookkeeper',
      services: 'Keeps our books on our instructions.',
      dataShared: [
        'Sales and purchase records',
        'Customer and supplier names',
        'Invoice and payment details',
      ],
      dueDiligence: ART28_MISSING,
      toConfirm: ['name', 'kind', 'contract.status'],
    }),
    party(now, {
      id: tp.accountingPackage,
      name: 'Online accounting package',
      kind: 'processor',
      type: 'accounting-package',
      services:
        'The secure online system holding our financial records, including records of purchases.',
      dataShared: [
        'Customer and supplier names',
        'Invoice and payment details',
        'Purchase records',
      ],
      contract: {
        status: 'in-place',
        reference: 'Provider’s data processing terms (part of its subscription terms)',
        signedOn: null,
        expiresOn: null,
      },
      dueDiligence: 'Check where the provider stores data and which sub-processors it uses.',
      toConfirm: ['name', 'countries', 'contract.status'],
    }),
    party(now, {
      id: tp.solicitor,
      name: 'Solicitor (when needed)',
      kind: 'independent-controller',
      type: 'solicitor',
      services: 'Legal advice when we need it, for example on a dispute or a sale of the business.',
      dataShared: ['Only the personal data relevant to the matter'],
      contract: {
        status: 'not-needed',
        reference: 'Client care letter',
        signedOn: null,
        expiresOn: null,
      },
      dueDiligence: NO_ART28,
      toConfirm: ['name'],
    }),
    party(now, {
      id: tp.microsoft,
      name: 'Microsoft',
      kind: 'processor',
      type: 'email-and-office-software',
      services:
        'Email, documents and office software (Microsoft 365) that we use to communicate and run the business.',
      dataShared: ['Emails and attachments', 'Documents and spreadsheets', 'Contact details'],
      countries: ['GB', 'US'],
      website: 'https://www.microsoft.com',
      contract: {
        status: 'in-place',
        reference: 'Microsoft Products and Services Data Protection Addendum',
        signedOn: null,
        expiresOn: null,
      },
      dueDiligence:
        'Microsoft Corporation is certified to the Data Privacy Framework with the UK Extension; check the tenant’s data location setting.',
      toConfirm: ['countries', 'contract.status'],
    }),
    party(now, {
      id: tp.funderSecureEmail,
      name: 'Secure email platforms required by funders',
      kind: 'processor',
      type: 'email-and-office-software',
      services: 'Secure email systems a funder tells us to use when sending client information.',
      dataShared: ['Client details sent to funders'],
      dueDiligence: ART28_MISSING,
      internalNotes:
        'Where we hold the account, the platform is our processor. Where the funder provides it, it works for the funder: record the funder’s role instead.',
      toConfirm: ['name', 'kind', 'countries', 'contract.status'],
    }),
    party(now, {
      id: tp.funderCrm,
      name: 'CRM systems required by funders',
      kind: 'processor',
      type: 'crm',
      services:
        'Client management and monitoring systems that funders require us to keep client records in.',
      dataShared: ['Client name', 'Client contact details', 'Record of services given'],
      dueDiligence: ART28_MISSING,
      internalNotes:
        'Where we hold the account, the CRM is our processor. Where the funder provides it, it works for the funder: record the funder’s role instead.',
      toConfirm: ['name', 'kind', 'countries', 'contract.status'],
    }),
    party(now, {
      id: tp.courier,
      name: 'Couriers and delivery services',
      kind: 'independent-controller',
      type: 'courier',
      services: 'Deliver online shop orders to customers.',
      dataShared: [
        'Customer name',
        'Delivery address',
        'Phone number or email for delivery updates',
      ],
      contract: {
        status: 'not-needed',
        reference: 'Carrier’s terms of carriage',
        signedOn: null,
        expiresOn: null,
      },
      dueDiligence:
        'The notice promises that couriers are held to our own standard of care for personal data; keep evidence of that check.',
      toConfirm: ['name', 'kind'],
    }),
    party(now, {
      id: tp.paymentProcessor,
      name: 'Electronic invoice payment processor',
      kind: 'independent-controller',
      type: 'payment-processor',
      services:
        'Takes payment for orders and invoices electronically; card data goes to it, not to us.',
      dataShared: ['Name', 'Email address', 'Amount and reference', 'Payment card or bank details'],
      contract: {
        status: 'not-needed',
        reference: 'Provider’s merchant terms',
        signedOn: null,
        expiresOn: null,
      },
      dueDiligence:
        'Payment providers act as controllers for their regulatory duties (anti-money laundering, fraud); check the provider’s terms.',
      toConfirm: ['name', 'kind', 'countries'],
    }),
    party(now, {
      id: tp.buyer,
      name: 'Prospective buyer of the business',
      kind: 'independent-controller',
      type: 'business-buyer',
      services:
        'Anyone who buys or takes over some or all of our assets. No sale is planned; the record exists because the notice says data may pass to a buyer.',
      dataShared: ['The personal data that belongs to the part of the business being sold'],
      contract: { status: 'not-needed', reference: '', signedOn: null, expiresOn: null },
      dueDiligence:
        'Before any data is shown to a prospective buyer, put a confidentiality agreement in place and share only what the stage of the deal needs.',
    }),
    party(now, {
      id: tp.meta,
      name: 'Meta (Facebook and Instagram)',
      kind: 'independent-controller',
      type: 'social-media-platform',
      services:
        'Runs our Facebook page and Instagram account and our occasional paid adverts, including custom audiences uploaded with express consent.',
      dataShared: [
        'Follower names and profile details they choose to share',
        'Messages and comments',
        'Hashed email addresses of people who expressly consented to a custom audience',
      ],
      countries: ['IE', 'US'],
      website: 'https://www.facebook.com',
      contract: {
        status: 'not-needed',
        reference: 'Meta terms, Page Insights Controller Addendum and Custom Audience terms',
        signedOn: null,
        expiresOn: null,
      },
      dueDiligence:
        'Meta is a joint controller with us for Page Insights statistics and acts as our processor when it matches an uploaded custom audience.',
      toConfirm: ['kind', 'countries'],
    }),
    party(now, {
      id: tp.x,
      name: 'X (formerly Twitter)',
      kind: 'independent-controller',
      type: 'social-media-platform',
      services: 'Runs our X account and any paid adverts we place there.',
      dataShared: [
        'Follower names and profile details they choose to share',
        'Messages and replies',
        'Hashed email addresses of people who expressly consented to a custom audience',
      ],
      countries: ['IE', 'US'],
      website: 'https://x.com',
      contract: {
        status: 'not-needed',
        reference: 'X terms and X Ads terms',
        signedOn: null,
        expiresOn: null,
      },
      toConfirm: ['kind', 'countries'],
    }),
    party(now, {
      id: tp.linkedin,
      name: 'LinkedIn',
      kind: 'independent-controller',
      type: 'social-media-platform',
      services: 'Runs our LinkedIn page and any paid adverts we place there.',
      dataShared: [
        'Follower names and profile details they choose to share',
        'Messages and comments',
        'Hashed email addresses of people who expressly consented to a matched audience',
      ],
      countries: ['IE', 'US'],
      website: 'https://www.linkedin.com',
      contract: {
        status: 'not-needed',
        reference: 'LinkedIn terms and Ads terms',
        signedOn: null,
        expiresOn: null,
      },
      toConfirm: ['kind', 'countries'],
    }),
  ];
}
