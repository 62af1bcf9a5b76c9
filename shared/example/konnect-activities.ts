/**
 * Konnect's processing activities: one for each way its privacy notice says it collects or
 * uses personal data, restated in our own words. Values the notice does not give are a
 * careful practitioner's first answer and are listed in each record's `toConfirm`.
 */
import type { Activity, Retention } from '../domain/activity';
import { blankActivity } from '../domain/factories';
import { konnectAudienceIds as aud } from './konnect-organisation';
import { tp } from './konnect-third-parties';

export const act = {
  websiteCookies: 'act-website-cookies',
  shopOrders: 'act-online-shop-orders',
  customerAccounts: 'act-customer-accounts',
  clientRecords: 'act-client-records',
  enquiries: 'act-enquiries',
  orderUpdates: 'act-order-updates',
  customerMarketing: 'act-marketing-existing-customers',
  subscriberMarketing: 'act-marketing-subscribers',
  suppressionList: 'act-suppression-list',
  socialMedia: 'act-social-media-followers',
  socialAdvertising: 'act-social-media-advertising',
  finance: 'act-finance-invoicing',
  businessSale: 'act-business-sale',
} as const;

const NEXT_REVIEW = '2027-06-30';
const OWNER = 'Director responsible for data protection';
const PROVENANCE = 'Source: our privacy notice, last updated 2 November 2021';
/** What every record leaves for the user to check because the notice says nothing about it. */
const ALWAYS = ['securityMeasures', 'owner', 'nextReview'];

const BASE_SECURITY =
  'Accounts protected by strong unique passwords and multi-factor authentication; access limited to staff who need it; ' +
  'devices encrypted and kept up to date; data held on our secure online systems rather than on paper where possible.';

const retention = (
  r: Partial<Retention> & Pick<Retention, 'period' | 'justification'>,
): Retention => ({
  trigger: '',
  disposal: 'Deleted from every system that holds it',
  policyDocument: '',
  followsPolicy: null,
  notFollowingReason: '',
  ...r,
});

type Spec = Omit<Partial<Activity>, 'id'> &
  Pick<Activity, 'id' | 'name' | 'retention'> & { section: string };

function activity(now: string, { section, toConfirm = [], ...spec }: Spec): Activity {
  return blankActivity(now, {
    securityMeasures: BASE_SECURITY,
    owner: OWNER,
    status: 'active',
    nextReview: NEXT_REVIEW,
    dpia: { screening: 'not-required', answers: {}, notes: '', status: 'not-applicable', link: '' },
    automatedDecisions: {
      exists: false,
      details: 'No decisions about people are made by automated means.',
    },
    internalNotes: `${PROVENANCE}, section ${section}.`,
    toConfirm: [...toConfirm, ...ALWAYS],
    ...spec,
  });
}

export function konnectActivities(now: string): Activity[] {
  return [
    activity(now, {
      id: act.websiteCookies,
      section: '3',
      name: 'Website cookies and analytics',
      businessFunction: 'Website',
      description:
        'Cookies on our website gather details of each visit. Some are strictly necessary for the site to work; the rest are set only if the visitor agrees. Our cookie policy, which explains each cookie and how to change consent, is available on request. Links to other websites are outside our control.',
      purposes: [
        'Make the website work and keep it secure (strictly necessary cookies)',
        'Understand how visitors use the website so that we can improve it (cookies that need consent)',
      ],
      dataSubjects: ['Website visitors'],
      personalData: [
        'Visits to our website',
        'Pages viewed',
        'Files downloaded',
        'Route through the site and the page the visitor left from',
        'IP address',
        'Geographical location',
        'Browser type and version',
        'Operating system',
        'Referral source (the site the visitor came from)',
        'Length of visit',
      ],
      sources: ['Gathered automatically from the visitor’s device by cookies'],
      lawfulBasis: 'consent',
      lawfulBasisDetail:
        'Cookies that are not strictly necessary are set only after the visitor opts in (PECR regulation 6 and UK GDPR Article 6(1)(a)); they can change their choice at any time. Strictly necessary cookies are exempt from consent under PECR regulation 6(4), and the little data they handle is processed in our legitimate interest in a working, secure website.',
      recipientIds: [tp.webhost, tp.itCompany],
      recipientCategories: ['Website analytics provider, if a third-party analytics tool is used'],
      retention: retention({
        period:
          'Each cookie’s lifetime as listed in the cookie policy; analytics data no longer than 14 months',
        trigger: 'When the cookie is set or the visit is recorded',
        justification: 'Long enough to compare use of the site across a year, and no longer.',
        disposal:
          'Cookies expire on the visitor’s device; analytics data is deleted by the tool’s retention setting',
        policyDocument: 'Cookie policy (available on request)',
      }),
      securityMeasures: `${BASE_SECURITY} Website served only over HTTPS; analytics IP addresses shortened where the tool allows.`,
      systems: ['Website', 'Cookie consent banner', 'Web analytics tool'],
      locations: ['Website host', 'Analytics tool'],
      consentRecord: 'The cookie consent tool’s log of each visitor’s choice',
      requirement:
        'Visitors need not accept optional cookies and the site works without them. Strictly necessary cookies cannot be refused because the site does not work without them.',
      audienceIds: [aud.websiteAndCustomers],
      dpia: {
        screening: 'not-required',
        answers: {},
        notes: '',
        status: 'not-applicable',
        link: '',
      },
      toConfirm: ['recipientCategories', 'retention.period', 'dpia.screening'],
    }),
    activity(now, {
      id: act.shopOrders,
      section: '3',
      name: 'Online shop orders',
      businessFunction: 'Sales',
      description:
        'Customers who buy from our website give us their details so that we can take payment, send the goods and keep the records the law asks for.',
      purposes: [
        'Take payment for and fulfil orders from our website',
        'Keep records of each sale',
      ],
      dataSubjects: ['Customers who buy from our website'],
      personalData: [
        'Name',
        'Postal address',
        'Email address',
        'Phone number',
        'Payment details',
        'Items bought and amounts paid',
      ],
      sources: ['The customer, through the online shop'],
      lawfulBasis: 'contract',
      lawfulBasisDetail:
        'Needed to carry out our contract of sale with the customer (Article 6(1)(b)). Keeping the record of the sale afterwards is a legal obligation under tax law (Article 6(1)(c)).',
      recipientIds: [
        tp.webhost,
        tp.paymentProcessor,
        tp.courier,
        tp.accountant,
        tp.bookkeeper,
        tp.accountingPackage,
        tp.microsoft,
        tp.itCompany,
      ],
      retention: retention({
        period: '7 years',
        trigger: 'The date of the purchase',
        justification:
          'HMRC guidance on keeping business and tax records; held on our secure online system for 7 years, which covers HMRC’s 6 years from the end of the financial year.',
        disposal:
          'Deleted from the secure online system; paper records shredded once no longer needed',
      }),
      systems: ['Online shop', 'Online accounting package', 'Microsoft 365 email'],
      locations: ['Secure online system', 'Paper records in the office until shredded'],
      requirement:
        'Customers must give these details to buy from us: without them we cannot take payment or deliver the order.',
      audienceIds: [aud.websiteAndCustomers],
      toConfirm: ['retention.trigger'],
    }),
    activity(now, {
      id: act.customerAccounts,
      section: '3',
      name: 'Customer accounts',
      businessFunction: 'Sales',
      description:
        'Customers can open an account on the website if they wish; for account holders we keep a record of every order.',
      purposes: [
        'Let customers who register sign in and see their orders',
        'Keep each account holder’s purchase history',
      ],
      dataSubjects: ['Customers who register an account'],
      personalData: [
        'Name',
        'Email address',
        'Sign-in details',
        'Postal address',
        'Phone number',
        'Purchase history',
      ],
      sources: ['The customer, when registering and buying'],
      lawfulBasis: 'contract',
      lawfulBasisDetail:
        'Providing the account the customer asked for under our website terms (Article 6(1)(b)).',
      recipientIds: [tp.webhost, tp.itCompany],
      retention: retention({
        period: 'While the account is open, then deleted after 3 years without use',
        trigger: 'Account closed or last sign-in',
        justification:
          'An unused account has no purpose; records of the purchases themselves are kept for 7 years under “Online shop orders”.',
      }),
      systems: ['Online shop'],
      locations: ['Website host'],
      requirement: 'Registering is the customer’s choice.',
      audienceIds: [aud.websiteAndCustomers],
      toConfirm: ['lawfulBasis', 'retention.period', 'requirement'],
    }),
    activity(now, {
      id: act.clientRecords,
      section: '3',
      name: 'Client records',
      businessFunction: 'Service delivery',
      description:
        'When someone becomes a client we record their contact details so that they can use our services. Their details may be shared with stakeholders and with the funders of the programme, who also set how long the records must be kept.',
      purposes: [
        'Provide our services to clients',
        'Report to funders and stakeholders on the people we support, as funding agreements require',
      ],
      dataSubjects: ['Clients (people who use our services)'],
      personalData: ['Name', 'Email address', 'Postal address', 'Telephone number'],
      sources: ['The client'],
      lawfulBasis: 'legitimate-interests',
      lawfulBasisDetail:
        'Necessary for our legitimate interests in delivering the services a client asks for and meeting the reporting conditions of the funding that pays for them (Article 6(1)(f)). We have assessed that this does not override clients’ interests, rights and freedoms.',
      legitimateInterest:
        'Delivering funded community services to the people who ask for them, and showing funders and stakeholders that the funding reached them.',
      recipientIds: [
        tp.funders,
        tp.stakeholders,
        tp.partners,
        tp.funderSecureEmail,
        tp.funderCrm,
        tp.microsoft,
        tp.itCompany,
      ],
      funderIds: [tp.funders],
      retention: retention({
        period: 'The length of the engagement plus up to 20 years',
        trigger: 'The end of the client’s engagement with us',
        justification:
          'The period each funder stipulates in its funding agreement, which can be as long as 20 years. Record the exact period for each programme.',
        disposal: 'Deleted from our systems and the funder-required platforms; paper shredded',
      }),
      systems: [
        'Microsoft 365',
        'Secure email platforms required by funders',
        'CRM systems required by funders',
      ],
      locations: ['Microsoft 365', 'Funder-required CRM systems'],
      requirement:
        'Clients need to give contact details to take part: without them we cannot provide the service or report it to the funder.',
      audienceIds: [aud.clients],
      dpia: {
        screening: 'not-screened',
        answers: {},
        notes: '',
        status: 'not-applicable',
        link: '',
      },
      toConfirm: [
        'lawfulBasis',
        'legitimateInterest',
        'programmes',
        'requirement',
        'dpia.screening',
      ],
    }),
    activity(now, {
      id: act.enquiries,
      section: '3',
      name: 'Enquiries',
      businessFunction: 'Communications',
      description:
        'People contact us by email, through social media or through the website; we reply and may go on corresponding with them.',
      purposes: ['Answer enquiries and correspond with the people who send them'],
      dataSubjects: ['People who send us an enquiry'],
      personalData: [
        'Name',
        'Contact details given (email address, social media account, phone number)',
        'The enquiry and our replies',
      ],
      sources: ['Email', 'Social media messages', 'Website contact form'],
      lawfulBasis: 'legitimate-interests',
      lawfulBasisDetail:
        'Necessary for our legitimate interest in answering people who contact us (Article 6(1)(f)).',
      legitimateInterest:
        'Replying to the people who write to us, which they expect when they get in touch.',
      recipientIds: [tp.microsoft, tp.webhost, tp.itCompany],
      retention: retention({
        period: 'As long as necessary to deal with the enquiry, then a further 12 months',
        trigger: 'The enquiry is dealt with',
        justification:
          'The extra 12 months lets us answer follow-up questions about the same matter.',
      }),
      systems: ['Microsoft 365 email', 'Website contact form', 'Social media inboxes'],
      locations: ['Microsoft 365 mailbox', 'Social media platforms'],
      requirement: 'Giving contact details is needed only if the person wants a reply.',
      audienceIds: [aud.websiteAndCustomers, aud.socialMedia],
      toConfirm: ['lawfulBasis'],
    }),
    activity(now, {
      id: act.orderUpdates,
      section: '4',
      name: 'Order updates',
      businessFunction: 'Sales',
      description:
        'We may phone, text or email a customer about how their order is going, any problem with it and when it should arrive. These are service messages with no promotion in them, so they are not marketing.',
      purposes: [
        'Tell customers about their order’s progress, any problem with it and the expected delivery',
      ],
      dataSubjects: ['Customers who have placed an order'],
      personalData: ['Name', 'Phone number', 'Email address', 'Order and delivery details'],
      sources: ['The customer, when ordering', 'The courier, for delivery status'],
      lawfulBasis: 'contract',
      lawfulBasisDetail: 'Part of carrying out the contract of sale (Article 6(1)(b)).',
      recipientIds: [tp.courier, tp.microsoft],
      retention: retention({
        period: '7 years, as part of the order record',
        trigger: 'The date of the purchase',
        justification: 'The messages form part of the record of the sale kept under HMRC guidance.',
      }),
      systems: ['Microsoft 365 email', 'Phone'],
      locations: ['Microsoft 365 mailbox', 'Secure online system'],
      requirement: 'Needed to deliver the order the customer placed.',
      audienceIds: [aud.websiteAndCustomers],
      toConfirm: ['retention.period'],
    }),
    activity(now, {
      id: act.customerMarketing,
      section: '4',
      name: 'Email marketing to existing customers',
      businessFunction: 'Marketing',
      description:
        'We email customers about new products and offers, and about our events and workshops. At the point of purchase we check they are happy to hear from us and let them opt out, and every email lets them opt out again.',
      purposes: [
        'Tell customers about new products and offers, and about our events and workshops',
      ],
      dataSubjects: ['Customers who bought from us and did not opt out'],
      personalData: ['Name', 'Email address', 'Purchase history, to keep offers relevant'],
      sources: ['The customer, at the point of purchase'],
      lawfulBasis: 'legitimate-interests',
      lawfulBasisDetail:
        'Direct marketing of our own similar products and services to existing customers, in our legitimate interests (Article 6(1)(f)); PECR allows the emails under the commercial soft opt-in.',
      legitimateInterest:
        'Promoting our own products, events and workshops to people who have already bought from us.',
      recipientIds: [tp.emailMarketing, tp.marketingConsultancy],
      retention: retention({
        period: 'Until the customer opts out, or 2 years after their last purchase',
        trigger: 'Opt-out or last purchase',
        justification:
          'The soft opt-in rests on a recent customer relationship; after two years without a purchase it has lapsed.',
      }),
      systems: ['Email marketing platform'],
      locations: ['Email marketing platform'],
      marketing: {
        electronic: true,
        channels: ['email'],
        basis: 'soft-opt-in-commercial',
        optOut:
          'At checkout the customer is asked whether they are happy to join our list and can opt out there; every email carries an unsubscribe link. Anyone who opts out goes onto the suppression list.',
      },
      requirement: 'Receiving marketing is optional and has no effect on the purchase.',
      audienceIds: [aud.websiteAndCustomers],
      toConfirm: ['legitimateInterest', 'retention.period', 'marketing.basis'],
    }),
    activity(now, {
      id: act.subscriberMarketing,
      section: '4 and 5',
      name: 'Email newsletter to subscribers',
      businessFunction: 'Marketing',
      description:
        'People who have not bought from us can subscribe to our email list about promotions, events and workshops. We split the list into segments so that messages suit the reader, and measure opens and clicks to improve our campaigns.',
      purposes: [
        'Send subscribers news of special promotions, events and workshops',
        'Tailor messages by segmenting the list',
        'Measure campaign success from open and click-through rates',
      ],
      dataSubjects: ['People who have subscribed to our email list'],
      personalData: [
        'Name',
        'Email address',
        'Segment or interests',
        'Whether each email was opened',
        'Links clicked',
      ],
      sources: [
        'The subscriber, through the sign-up form',
        'The email marketing platform, for opens and clicks',
      ],
      lawfulBasis: 'consent',
      lawfulBasisDetail:
        'The subscriber opts in when signing up (Article 6(1)(a) and PECR regulation 22); the sign-up form also tells them about segmentation and open and click tracking. They can withdraw at any time.',
      recipientIds: [tp.emailMarketing, tp.marketingConsultancy],
      retention: retention({
        period: 'Until the subscriber unsubscribes',
        trigger: 'Unsubscribe',
        justification:
          'Consent lasts until withdrawn; refresh it if the list has not been emailed for 2 years.',
      }),
      systems: ['Email marketing platform'],
      locations: ['Email marketing platform'],
      consentRecord:
        'The email marketing platform’s sign-up log: date, time, form and wording shown',
      marketing: {
        electronic: true,
        channels: ['email'],
        basis: 'consent',
        optOut: 'An unsubscribe link in every email; unsubscribers go onto the suppression list.',
      },
      requirement: 'Subscribing is optional.',
      audienceIds: [aud.newsletter],
      dpia: {
        screening: 'not-screened',
        answers: {},
        notes: '',
        status: 'not-applicable',
        link: '',
      },
      toConfirm: ['consentRecord', 'retention.justification', 'dpia.screening'],
    }),
    activity(now, {
      id: act.suppressionList,
      section: '4',
      name: 'Marketing suppression list',
      businessFunction: 'Marketing',
      description:
        'When someone opts out of our email marketing we keep their email address on a suppression list instead of deleting it, so that they are not emailed again by mistake.',
      purposes: ['Make sure people who opted out of marketing are never emailed again by mistake'],
      dataSubjects: ['Former subscribers and customers who opted out of marketing'],
      personalData: ['Email address', 'Date of opt-out'],
      sources: ['The person’s opt-out'],
      lawfulBasis: 'legitimate-interests',
      lawfulBasisDetail:
        'Necessary for our legitimate interest in honouring opt-outs and complying with PECR and the right to object (Article 6(1)(f)). Only the minimum needed to block future emails is kept.',
      legitimateInterest:
        'Respecting each person’s choice not to receive our marketing, as ICO guidance on suppression lists advises.',
      recipientIds: [tp.emailMarketing],
      retention: retention({
        period: 'For as long as we send email marketing',
        trigger: 'Opt-out',
        justification: 'Deleting the entry would let the address be re-added and emailed again.',
      }),
      systems: ['Email marketing platform'],
      locations: ['Email marketing platform'],
      requirement: 'Not applicable: the entry exists because the person opted out.',
      audienceIds: [aud.newsletter, aud.websiteAndCustomers],
      toConfirm: ['lawfulBasis'],
    }),
    activity(now, {
      id: act.socialMedia,
      section: '5 and 6',
      name: 'Social media followers',
      businessFunction: 'Communications',
      description:
        'We have accounts on Twitter/X, Instagram, Facebook and LinkedIn. When someone follows us we can see their name and whatever details they choose to show. A copy of our privacy notice is on our Facebook page.',
      purposes: ['Share news of our work and talk with people who follow or message our accounts'],
      dataSubjects: ['People who follow or interact with our social media accounts'],
      personalData: [
        'Name or username',
        'Profile details the person chooses to make visible',
        'Comments, messages and reactions',
      ],
      sources: ['The social media platforms, from the person’s own profile'],
      collectedFromIndividual: false,
      lawfulBasis: 'legitimate-interests',
      lawfulBasisDetail:
        'Necessary for our legitimate interest in promoting our work to people who choose to follow us (Article 6(1)(f)).',
      legitimateInterest:
        'Promoting our work and engaging with our community on the platforms they already use.',
      jointController:
        'Meta — joint controller for Facebook and Instagram Page Insights statistics',
      recipientIds: [tp.meta, tp.x, tp.linkedin],
      retention: retention({
        period: 'Until the post or message is deleted by us or the person',
        trigger: 'Posting',
        justification:
          'The platforms hold the data; we review our accounts once a year and remove what we no longer need.',
        disposal: 'Deleted on the platform',
      }),
      systems: ['Twitter / X', 'Instagram', 'Facebook', 'LinkedIn'],
      locations: ['The social media platforms'],
      requirement: 'Following us is the person’s choice.',
      audienceIds: [aud.socialMedia],
      toConfirm: ['jointController', 'retention.period'],
    }),
    activity(now, {
      id: act.socialAdvertising,
      section: '5',
      name: 'Paid social media advertising',
      businessFunction: 'Marketing',
      description:
        'Now and then we pay for adverts on the social media platforms. We upload details from our own database to build a custom audience only for people who have given their express consent.',
      purposes: [
        'Promote our products, events and workshops with occasional paid adverts',
        'Show adverts to a custom audience drawn from our database, only with each person’s express consent',
      ],
      dataSubjects: [
        'Social media users who see our adverts',
        'Customers and subscribers who expressly consented to a custom audience',
      ],
      personalData: [
        'Email address of people who consented (hashed by the platform before matching)',
        'Advert results reported by the platform',
      ],
      sources: [
        'Our customer and subscriber lists',
        'The social media platforms, for advert results',
      ],
      lawfulBasis: 'consent',
      lawfulBasisDetail:
        'Custom audiences are built only from people who gave express consent for it (Article 6(1)(a)), recorded separately from consent to emails. We never share data with third parties for their marketing without express consent.',
      recipientIds: [tp.meta, tp.x, tp.linkedin, tp.marketingConsultancy],
      retention: retention({
        period: 'Custom audience lists deleted from the platform when the campaign ends',
        trigger: 'End of the campaign or withdrawal of consent',
        justification: 'An audience list is only needed while its campaign runs.',
        disposal: 'Audience deleted in the platform’s ads manager',
      }),
      systems: ['Meta Ads Manager', 'X Ads', 'LinkedIn Campaign Manager'],
      locations: ['The social media platforms’ advertising tools'],
      consentRecord:
        'Record of each person’s express consent to custom audiences: date, wording and how given',
      marketing: {
        electronic: true,
        channels: ['social-media'],
        basis: 'consent',
        optOut: `Withdraw consent at any time by emailing info@konnect-communities.co.uk; the person is left out of every later upload.`,
      },
      requirement: 'Entirely optional.',
      audienceIds: [aud.socialMedia, aud.newsletter, aud.websiteAndCustomers],
      // Matching our list against a platform's users is on the ICO's DPIA screening list.
      dpia: { screening: 'required', answers: {}, notes: '', status: 'not-started', link: '' },
      toConfirm: ['consentRecord', 'retention.period', 'dpia.status'],
    }),
    activity(now, {
      id: act.finance,
      section: '3 and 6',
      name: 'Financial records and invoicing',
      businessFunction: 'Finance',
      description:
        'We invoice and take payment electronically and keep our books with a bookkeeper, an accountant and an online accounting package.',
      purposes: ['Invoice and take payment', 'Keep the accounts and tax records the law requires'],
      dataSubjects: ['Customers', 'Suppliers and their contacts'],
      personalData: ['Name', 'Billing address', 'Email address', 'Invoice and payment details'],
      sources: ['Customers and suppliers', 'The payment processor'],
      lawfulBasis: 'legal-obligation',
      lawfulBasisDetail:
        'Companies Act 2006 and HMRC rules require accounting and tax records (Article 6(1)(c)); taking payment itself is part of the contract.',
      recipientIds: [
        tp.accountant,
        tp.bookkeeper,
        tp.accountingPackage,
        tp.paymentProcessor,
        tp.solicitor,
        tp.microsoft,
      ],
      retention: retention({
        period: '7 years',
        trigger: 'The end of the financial year the record belongs to',
        justification:
          'HMRC guidance on keeping business records; 7 years covers HMRC’s 6-year requirement.',
        disposal: 'Deleted from the online accounting package; paper shredded',
      }),
      systems: ['Online accounting package', 'Electronic invoicing'],
      locations: ['Secure online system'],
      requirement: 'Needed to pay or be paid; the law requires us to keep the records.',
      audienceIds: [aud.websiteAndCustomers],
      toConfirm: ['recipientIds'],
    }),
    activity(now, {
      id: act.businessSale,
      section: '6',
      name: 'Sale or transfer of the business',
      businessFunction: 'Governance',
      description:
        'Should all or part of Konnect Communities’ assets be sold or handed to another organisation, the personal data that belongs to that part may pass to the new owner. No sale is planned.',
      purposes: [
        'Pass personal data to a buyer so that the work and the service to people carry on after a sale',
      ],
      dataSubjects: [
        'Customers',
        'Clients',
        'Newsletter subscribers',
        'People who have made enquiries',
      ],
      personalData: ['The personal data held in the activities being transferred'],
      sources: ['Our existing records'],
      lawfulBasis: 'legitimate-interests',
      lawfulBasisDetail:
        'Necessary for our legitimate interest in selling or restructuring the organisation (Article 6(1)(f)).',
      legitimateInterest:
        'Letting the organisation be sold or restructured while the people it serves keep being served.',
      recipientIds: [tp.buyer, tp.solicitor],
      retention: retention({
        period: 'Shared only for the sale; the buyer then holds the data as controller',
        trigger: 'Completion of the sale',
        justification:
          'A prospective buyer that does not complete must return or delete what it saw.',
      }),
      requirement: 'Not applicable.',
      audienceIds: [aud.websiteAndCustomers, aud.clients, aud.newsletter, aud.socialMedia],
      toConfirm: ['lawfulBasis'],
    }),
  ];
}
