/** Templates for marketing: PECR decides whether consent or a soft opt-in is needed. */
import { retention, template } from './template-helpers';

export const emailNewsletter = template(
  'email-newsletter-consent',
  'A newsletter or marketing emails to people who signed up (consent).',
  {
    name: 'Email newsletter',
    businessFunction: 'Marketing',
    description:
      'People opt in to receive our emails. The list may be segmented, and opens and clicks measured, if the sign-up form says so.',
    purposes: [
      'Send news, offers and events to people who asked for them',
      'Tailor emails to segments of the list',
      'Measure opens and clicks to improve campaigns',
    ],
    dataSubjects: ['Newsletter subscribers'],
    personalData: ['Name', 'Email address', 'Interests or segment', 'Email opens and link clicks'],
    sources: ['The subscriber, through a sign-up form', 'The email platform, for opens and clicks'],
    lawfulBasis: 'consent',
    lawfulBasisDetail:
      'PECR regulation 22 needs the subscriber’s consent for marketing emails to individuals, so consent (Article 6(1)(a)) is the basis. It must be a clear opt-in (no pre-ticked box) and as easy to withdraw as to give.',
    recipientCategories: ['Email marketing platform'],
    retention: retention({
      period: 'Until the subscriber unsubscribes',
      trigger: 'Unsubscribe',
      justification:
        'Consent lasts until withdrawn; ask again if the list has not been emailed for a long time.',
    }),
    consentRecord: 'The platform’s sign-up log: who, when, which form and the wording shown',
    marketing: {
      electronic: true,
      channels: ['email'],
      basis: 'consent',
      optOut: 'An unsubscribe link in every email; unsubscribers go onto the suppression list.',
    },
    requirement: 'Optional.',
    toConfirm: ['consentRecord', 'dpia.screening'],
  },
);

export const customerSoftOptIn = template(
  'marketing-existing-customers',
  'Emails about your own similar products to existing customers (PECR soft opt-in).',
  {
    name: 'Marketing to existing customers',
    businessFunction: 'Marketing',
    description:
      'Customers who bought from us hear about our similar products and services unless they opted out when they bought or later.',
    purposes: ['Tell customers about our own similar products, services and offers'],
    dataSubjects: ['Customers who did not opt out'],
    personalData: ['Name', 'Email address', 'What they bought'],
    sources: ['The customer, during a sale or negotiations for one'],
    lawfulBasis: 'legitimate-interests',
    lawfulBasisDetail:
      'Direct marketing to existing customers can be a legitimate interest (Article 6(1)(f)). PECR regulation 22(3) allows the emails without consent only if the details came from a sale or negotiations for one, the products are our own and similar, and an opt-out was offered at collection and in every message.',
    legitimateInterest:
      'Promoting our own similar products and services to people who bought from us.',
    recipientCategories: ['Email marketing platform'],
    retention: retention({
      period: 'Until the customer opts out, or 2 years after the last purchase',
      trigger: 'Opt-out or last purchase',
      justification: 'The soft opt-in depends on a live customer relationship.',
    }),
    marketing: {
      electronic: true,
      channels: ['email'],
      basis: 'soft-opt-in-commercial',
      optOut: 'A clear chance to refuse at checkout, and an unsubscribe link in every email.',
    },
    requirement: 'Optional: refusing marketing does not affect the purchase.',
    internalNotes:
      'Only a registered charity can use the charitable-purpose soft opt-in (PECR regulation 22(3A), from 5 February 2026), and not for details collected before then; a CIC or company cannot.',
    toConfirm: ['legitimateInterest', 'marketing.basis', 'retention.period'],
  },
);

export const socialMedia = template(
  'social-media-pages-advertising',
  'Your social media pages, followers and occasional paid adverts.',
  {
    name: 'Social media pages and advertising',
    businessFunction: 'Marketing',
    description:
      'We run pages on social media platforms and sometimes pay for adverts. Uploading our own contacts to build a custom audience needs each person’s consent.',
    purposes: ['Promote our work and talk with followers', 'Run paid adverts'],
    dataSubjects: [
      'Followers and people who interact with our pages',
      'People who see our adverts',
    ],
    personalData: [
      'Name or username',
      'Public profile details',
      'Comments and messages',
      'Advert statistics',
    ],
    sources: ['The social media platforms'],
    collectedFromIndividual: false,
    lawfulBasis: 'legitimate-interests',
    lawfulBasisDetail:
      'Running a public page is in our legitimate interests (Article 6(1)(f)). Custom audiences made from our own contact lists rely on each person’s consent instead.',
    legitimateInterest: 'Promoting our organisation to people who choose to follow it.',
    jointController: 'The platform, for page statistics (for example Meta’s Page Insights)',
    recipientCategories: ['Social media platforms'],
    retention: retention({
      period:
        'Until the post or message is deleted; custom audience lists deleted after each campaign',
      trigger: 'Posting, or the end of a campaign',
      justification:
        'The platform holds the data; we remove what we no longer need at a yearly review.',
    }),
    marketing: {
      electronic: true,
      channels: ['social-media'],
      basis: 'consent',
      optOut:
        'People can withdraw consent to custom audiences at any time and are left out of later uploads.',
    },
    requirement: 'Optional.',
    toConfirm: ['jointController', 'marketing', 'dpia.screening'],
  },
);

export const suppressionList = template(
  'suppression-list',
  'The list of people who opted out, kept so they are never marketed to again.',
  {
    name: 'Marketing suppression list',
    businessFunction: 'Marketing',
    description:
      'When someone opts out or objects to marketing, we keep just enough to recognise them, instead of deleting them, so they are not contacted again.',
    purposes: ['Stop marketing reaching people who opted out'],
    dataSubjects: ['People who opted out of or objected to marketing'],
    personalData: ['Email address or phone number', 'Date and channel of the opt-out'],
    sources: ['The person’s opt-out or objection'],
    lawfulBasis: 'legitimate-interests',
    lawfulBasisDetail:
      'Keeping a minimal record is necessary to respect the objection and comply with PECR (Article 6(1)(f)); ICO guidance recommends a suppression list rather than deletion.',
    legitimateInterest: 'Making sure people who said no are not contacted again.',
    recipientCategories: ['Email marketing platform'],
    retention: retention({
      period: 'For as long as we do any direct marketing',
      trigger: 'Opt-out',
      justification: 'Deleting the entry would let the person be added and contacted again.',
    }),
    requirement: 'Not applicable.',
    toConfirm: ['lawfulBasis'],
  },
);
