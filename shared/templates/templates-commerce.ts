/** Templates for selling and talking to customers online. Our own words; ICO-accurate. */
import { retention, template } from './template-helpers';

export const websiteAnalytics = template(
  'website-analytics-cookies',
  'Cookies and analytics on your website: what they collect and the consent PECR needs.',
  {
    name: 'Website cookies and analytics',
    businessFunction: 'Website',
    description:
      'Cookies and similar tools record how visitors use the website. Strictly necessary cookies need no consent; analytics and advertising cookies are set only after the visitor agrees.',
    purposes: [
      'Make the website work and keep it secure',
      'Measure how the website is used so that it can be improved',
    ],
    dataSubjects: ['Website visitors'],
    personalData: [
      'IP address',
      'Device, browser and operating system',
      'Pages viewed and files downloaded',
      'Referring website',
      'Approximate location',
      'Time and length of visit',
      'Cookie identifiers',
    ],
    sources: ['The visitor’s device, through cookies'],
    lawfulBasis: 'consent',
    lawfulBasisDetail:
      'PECR regulation 6 requires opt-in consent for cookies that are not strictly necessary, so consent (Article 6(1)(a)) is the basis for the analytics that follow. The Data (Use and Access) Act 2025 adds exceptions for some low-risk analytics where visitors are told and can object: check they are in force and fit before relying on one.',
    recipientCategories: ['Website host', 'Analytics provider'],
    retention: retention({
      period: 'Each cookie’s own lifetime; analytics data no longer than 14 months',
      trigger: 'When the cookie is set or the visit recorded',
      justification: 'Enough to compare a year of use; anything longer is not needed.',
      disposal:
        'Cookies expire on the device; analytics data deleted by the tool’s retention setting',
      policyDocument: 'Cookie policy',
    }),
    consentRecord: 'The cookie banner’s record of each visitor’s choice',
    requirement: 'Optional: the website works if the visitor refuses non-essential cookies.',
    toConfirm: ['lawfulBasis', 'personalData', 'retention.period', 'dpia.screening'],
  },
);

export const onlineShopOrders = template(
  'online-shop-orders',
  'Orders placed through your online shop: fulfilment, payment and the tax records you must keep.',
  {
    name: 'Online shop orders',
    businessFunction: 'Sales',
    description: 'Customers give their details to buy; the record of each sale is kept for tax.',
    purposes: ['Take payment for and deliver orders', 'Keep the sales records tax law requires'],
    dataSubjects: ['Customers'],
    personalData: [
      'Name',
      'Delivery and billing address',
      'Email address',
      'Phone number',
      'Order details',
      'Payment reference',
    ],
    sources: ['The customer'],
    lawfulBasis: 'contract',
    lawfulBasisDetail:
      'Needed to perform the contract of sale (Article 6(1)(b)); keeping the sales record afterwards is a legal obligation (Article 6(1)(c)).',
    recipientCategories: [
      'Payment provider',
      'Couriers',
      'Accountant',
      'Accounting software',
      'Website host',
    ],
    retention: retention({
      period: '6 years',
      trigger: 'The end of the financial year of the sale',
      justification:
        'HMRC: a limited company keeps records for 6 years from the end of the financial year they relate to (a sole trader, at least 5 years after the 31 January filing deadline).',
    }),
    requirement: 'Required to buy: without these details the order cannot be taken or delivered.',
    toConfirm: ['retention.period', 'recipientCategories'],
  },
);

export const customerAccounts = template(
  'customer-accounts',
  'Optional customer accounts on your website, with order history.',
  {
    name: 'Customer accounts',
    businessFunction: 'Sales',
    description:
      'Customers can register an account to sign in, reorder and see their purchase history.',
    purposes: ['Provide a customer account', 'Show the customer their order history'],
    dataSubjects: ['Customers who register an account'],
    personalData: [
      'Name',
      'Email address',
      'Password (stored hashed)',
      'Addresses',
      'Purchase history',
    ],
    sources: ['The customer'],
    lawfulBasis: 'contract',
    lawfulBasisDetail:
      'Providing the account the customer signed up for under the website terms (Article 6(1)(b)).',
    recipientCategories: ['Website host', 'E-commerce platform'],
    retention: retention({
      period: 'Until the account is closed, or after 3 years without a sign-in',
      trigger: 'Account closure or last sign-in',
      justification:
        'An account nobody uses serves no purpose; sales records are kept separately for tax.',
    }),
    requirement: 'Optional: customers can buy without an account.',
    toConfirm: ['retention.period', 'requirement'],
  },
);

export const enquiries = template(
  'enquiries',
  'Questions people send you by email, phone, social media or a contact form.',
  {
    name: 'Enquiries',
    businessFunction: 'Communications',
    description:
      'People get in touch with questions; we reply and keep the correspondence for a while.',
    purposes: ['Answer enquiries and keep a record of what was said'],
    dataSubjects: ['People who contact us'],
    personalData: ['Name', 'Contact details', 'The content of the enquiry and replies'],
    sources: ['The person, by email, phone, social media or website form'],
    lawfulBasis: 'legitimate-interests',
    lawfulBasisDetail:
      'Answering people who contact us is in our legitimate interests and what they expect (Article 6(1)(f)).',
    legitimateInterest: 'Replying to people who ask us something.',
    recipientCategories: ['Email provider', 'Website host'],
    retention: retention({
      period: 'Until the enquiry is dealt with, plus 12 months',
      trigger: 'The enquiry is closed',
      justification: 'Long enough to handle follow-up questions on the same matter.',
    }),
    requirement: 'Contact details are needed only if the person wants a reply.',
    toConfirm: ['retention.period'],
  },
);

export const orderUpdates = template(
  'order-updates',
  'Service messages about an order’s progress, problems and delivery (not marketing).',
  {
    name: 'Order updates',
    businessFunction: 'Sales',
    description:
      'Phone calls, texts or emails about an order the customer placed. They contain no promotion, so PECR’s marketing rules do not apply.',
    purposes: ['Tell customers about their order’s progress, any problem and the delivery date'],
    dataSubjects: ['Customers with an order in progress'],
    personalData: ['Name', 'Phone number', 'Email address', 'Order and delivery status'],
    sources: ['The customer', 'The courier'],
    lawfulBasis: 'contract',
    lawfulBasisDetail: 'Part of performing the contract of sale (Article 6(1)(b)).',
    recipientCategories: ['Couriers', 'Email or text message provider'],
    retention: retention({
      period: 'Kept with the order record',
      trigger: 'The end of the financial year of the sale',
      justification: 'The messages form part of the record of the sale.',
    }),
    requirement: 'Needed to deliver the order.',
    toConfirm: ['retention.period'],
  },
);
