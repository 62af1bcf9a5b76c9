/**
 * The example controller, Konnect Communities C.I.C., as its published privacy notice
 * (last updated 2 November 2021) describes it. Where the notice is silent, the value is what
 * a careful UK practitioner would record, and its path is listed in `toConfirm`.
 */
import type { Audience, Organisation } from '../domain/organisation';

export const KONNECT_ORGANISATION_ID = 'org-konnect';

/** The notice's audiences. Stable ids, because activities and notices link to them. */
export const konnectAudienceIds = {
  websiteAndCustomers: 'aud-website-customers',
  clients: 'aud-clients',
  newsletter: 'aud-newsletter',
  socialMedia: 'aud-social-media',
} as const;

const audiences: Audience[] = [
  {
    id: konnectAudienceIds.websiteAndCustomers,
    name: 'Website visitors and customers',
    description:
      'People who browse our website, buy from the online shop, hold an account or send us an enquiry.',
  },
  {
    id: konnectAudienceIds.clients,
    name: 'Clients',
    description:
      'People who take part in our funded community services; their details may go to funders and stakeholders.',
  },
  {
    id: konnectAudienceIds.newsletter,
    name: 'Newsletter subscribers',
    description: 'People who signed up to our email list without having bought from us.',
  },
  {
    id: konnectAudienceIds.socialMedia,
    name: 'Social media followers',
    description:
      'People who follow or contact us on Twitter/X, Instagram, Facebook or LinkedIn. A copy of our privacy notice is posted on our Facebook page.',
  },
];

const email = 'info@konnect-communities.co.uk';

export function konnectOrganisation(now: string): Organisation {
  return {
    id: KONNECT_ORGANISATION_ID,
    name: 'Konnect Communities C.I.C.',
    legalForm: 'cic',
    registeredAddress: {
      line1: '10 Cormorant Drive',
      line2: '',
      town: 'St. Austell',
      county: '',
      postcode: 'PL25 3BA',
      country: 'England',
    },
    companyNumber: '08896465',
    // A CIC is not a charity, so it has no charity number (and no charitable soft opt-in).
    charityNumber: '',
    icoRegistrationNumber: 'ZA065060',
    icoRenewalDate: null,
    email,
    phone: '01736 339277',
    // Not in the notice; inferred from the email domain.
    website: 'https://www.konnect-communities.co.uk',
    dpo: {
      appointed: false,
      contact: { name: '', email: '', phone: '', address: '' },
      reasonNotRequired:
        'Not required by UK GDPR Article 37: Konnect Communities is not a public authority, and its core activities involve neither regular and systematic monitoring of people on a large scale nor large-scale processing of special category or criminal offence data. A director handles data protection questions, which people send to ' +
        `${email}.`,
    },
    representative: { needed: false, contact: { name: '', email: '', phone: '', address: '' } },
    complaints: {
      process:
        `Anyone unhappy with how we handle their personal data can complain to us by email to ${email}, ` +
        'by phone on 01736 339277 or by letter to our registered address. We confirm receipt within 30 days, ' +
        'look into the complaint, keep the person told of progress without undue delay and write to them with the ' +
        'outcome. We also tell them that they can take the matter to the Information Commissioner’s Office.',
      contact: email,
      acknowledgeWithinDays: 30,
    },
    // The notice names the four platforms but not the account names. It says a copy of the
    // notice is on the Facebook page: that is recorded on the social media audience.
    socialMedia: [
      { platform: 'Twitter / X', handle: '' },
      { platform: 'Instagram', handle: '' },
      { platform: 'Facebook', handle: '' },
      { platform: 'LinkedIn', handle: '' },
    ],
    audiences,
    toConfirm: [
      'icoRenewalDate',
      'website',
      'dpo.reasonNotRequired',
      'complaints.process',
      'socialMedia',
    ],
    updatedAt: now,
  };
}
