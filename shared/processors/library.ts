/**
 * Processors that small UK organisations commonly use, with what each typically does, where it
 * typically processes personal data and the transfer safeguard it typically offers. These facts
 * change and vary by plan and contract: each entry carries the day it was last checked, and
 * everything taken from it is marked "to confirm" so the user checks the provider's current terms.
 */
import type { ThirdPartyKind, ThirdPartyType, TransferMechanism } from '../domain/enums';
import type { CountryCode } from '../reference/countries';

export const processorCategories = [
  'office-and-email',
  'email-marketing',
  'accounting-and-payroll',
  'payments',
  'crm-and-donors',
  'web-hosting',
  'video-calls',
  'file-sharing',
  'couriers-and-post',
  'forms-and-surveys',
] as const;
export type ProcessorCategory = (typeof processorCategories)[number];
export const processorCategoryLabels: Record<ProcessorCategory, string> = {
  'office-and-email': 'Office suites and email',
  'email-marketing': 'Email marketing',
  'accounting-and-payroll': 'Accounting and payroll',
  payments: 'Payments',
  'crm-and-donors': 'CRMs and donor databases',
  'web-hosting': 'Web hosting and website builders',
  'video-calls': 'Video calls',
  'file-sharing': 'File sharing',
  'couriers-and-post': 'Couriers and post',
  'forms-and-surveys': 'Forms and surveys',
};

/** The day the facts in the library were last checked. */
export const LIBRARY_CHECKED_ON = '2026-11-25';

export const LIBRARY_NOTE =
  "Typical facts from the Ropa Desk processor library. They change and vary by plan: check them against the provider's current terms, data processing agreement and sub-processor list.";

export interface LibraryProcessor {
  id: string;
  name: string;
  category: ProcessorCategory;
  kind: ThirdPartyKind;
  type: ThirdPartyType;
  /** What it typically does for a small organisation, in our words. */
  services: string;
  /** Where it typically processes personal data (ISO 3166-1 alpha-2; GB for the UK). */
  countries: readonly CountryCode[];
  /**
   * The safeguard it typically offers for data leaving the UK: 'uk-us-data-bridge' for US
   * providers certified to the DPF UK Extension, 'adequacy' where every destination is adequate,
   * null when it processes in the UK only.
   */
  mechanism: TransferMechanism | null;
  website: string;
  /** The day these facts were last checked, as YYYY-MM-DD. */
  checkedOn: string;
  /** Why the facts must be checked before relying on them. */
  note: string;
}

type EntryFacts = Omit<LibraryProcessor, 'checkedOn' | 'note'> & { note?: string };

const entry = ({ note, ...facts }: EntryFacts): LibraryProcessor => ({
  ...facts,
  checkedOn: LIBRARY_CHECKED_ON,
  note: note === undefined ? LIBRARY_NOTE : `${LIBRARY_NOTE} ${note}`,
});

export const processorLibrary: readonly LibraryProcessor[] = [
  // Office suites and email
  entry({
    id: 'microsoft-365',
    name: 'Microsoft 365',
    category: 'office-and-email',
    kind: 'processor',
    type: 'email-and-office-software',
    services: 'Email, calendars, documents, file storage (OneDrive, SharePoint) and Teams.',
    countries: ['GB', 'IE', 'NL', 'US'],
    mechanism: 'uk-us-data-bridge',
    website: 'https://www.microsoft.com/microsoft-365',
    note: 'UK tenants usually store data at rest in the UK; support and some services reach the EEA and US.',
  }),
  entry({
    id: 'google-workspace',
    name: 'Google Workspace',
    category: 'office-and-email',
    kind: 'processor',
    type: 'email-and-office-software',
    services: 'Gmail, calendars, Docs, Sheets, Drive file storage, Forms and Meet.',
    countries: ['US', 'IE', 'NL', 'BE', 'FI', 'SG', 'TW', 'CL'],
    mechanism: 'uk-us-data-bridge',
    website: 'https://workspace.google.com',
    note: 'Google stores data across its global data centres unless a data region is set.',
  }),
  // Email marketing
  entry({
    id: 'mailchimp',
    name: 'Mailchimp',
    category: 'email-marketing',
    kind: 'processor',
    type: 'email-marketing-platform',
    services:
      'Holds mailing lists and sends newsletters and marketing emails, with open and click tracking.',
    countries: ['US'],
    mechanism: 'uk-us-data-bridge',
    website: 'https://mailchimp.com',
  }),
  entry({
    id: 'brevo',
    name: 'Brevo',
    category: 'email-marketing',
    kind: 'processor',
    type: 'email-marketing-platform',
    services: 'Holds contact lists and sends marketing emails and text messages.',
    countries: ['FR', 'DE', 'BE'],
    mechanism: 'adequacy',
    website: 'https://www.brevo.com',
  }),
  entry({
    id: 'constant-contact',
    name: 'Constant Contact',
    category: 'email-marketing',
    kind: 'processor',
    type: 'email-marketing-platform',
    services: 'Holds mailing lists and sends email newsletters and event invitations.',
    countries: ['US'],
    mechanism: 'uk-us-data-bridge',
    website: 'https://www.constantcontact.com',
  }),
  // Accounting and payroll
  entry({
    id: 'xero',
    name: 'Xero',
    category: 'accounting-and-payroll',
    kind: 'processor',
    type: 'accounting-package',
    services: 'Online bookkeeping, invoicing, bank reconciliation and UK payroll.',
    countries: ['US', 'NZ', 'AU'],
    mechanism: 'uk-us-data-bridge',
    website: 'https://www.xero.com/uk',
    note: 'Data is typically hosted in the US, with support from New Zealand and Australia.',
  }),
  entry({
    id: 'quickbooks',
    name: 'QuickBooks Online',
    category: 'accounting-and-payroll',
    kind: 'processor',
    type: 'accounting-package',
    services: 'Online bookkeeping, invoicing, expenses and payroll.',
    countries: ['US'],
    mechanism: 'uk-us-data-bridge',
    website: 'https://quickbooks.intuit.com/uk',
  }),
  entry({
    id: 'sage-accounting',
    name: 'Sage Accounting',
    category: 'accounting-and-payroll',
    kind: 'processor',
    type: 'accounting-package',
    services: 'Online bookkeeping, invoicing, VAT returns and payroll.',
    countries: ['GB', 'IE', 'DE'],
    mechanism: 'adequacy',
    website: 'https://www.sage.com/en-gb',
  }),
  entry({
    id: 'freeagent',
    name: 'FreeAgent',
    category: 'accounting-and-payroll',
    kind: 'processor',
    type: 'accounting-package',
    services: 'Online bookkeeping, invoicing, tax returns and payroll for small businesses.',
    countries: ['GB', 'IE'],
    mechanism: 'adequacy',
    website: 'https://www.freeagent.com',
  }),
  entry({
    id: 'brightpay',
    name: 'BrightPay',
    category: 'accounting-and-payroll',
    kind: 'processor',
    type: 'accounting-package',
    services: 'Payroll, payslips, auto-enrolment pensions and the BrightPay Connect cloud portal.',
    countries: ['GB', 'IE'],
    mechanism: 'adequacy',
    website: 'https://www.brightpay.co.uk',
  }),
  // Payments
  entry({
    id: 'stripe',
    name: 'Stripe',
    category: 'payments',
    kind: 'processor',
    type: 'payment-processor',
    services: 'Takes card and online payments, subscriptions and donations.',
    countries: ['IE', 'US'],
    mechanism: 'uk-us-data-bridge',
    website: 'https://stripe.com/gb',
    note: 'Stripe acts as a controller for some purposes, such as fraud prevention and regulatory checks.',
  }),
  entry({
    id: 'paypal',
    name: 'PayPal',
    category: 'payments',
    kind: 'independent-controller',
    type: 'payment-processor',
    services: 'Takes online payments and donations through PayPal accounts and cards.',
    countries: ['LU', 'US'],
    mechanism: 'bcrs',
    website: 'https://www.paypal.com/uk',
    note: 'PayPal generally presents itself as an independent controller and relies on binding corporate rules.',
  }),
  entry({
    id: 'gocardless',
    name: 'GoCardless',
    category: 'payments',
    kind: 'processor',
    type: 'payment-processor',
    services: 'Collects Direct Debit payments, memberships and regular donations.',
    countries: ['GB', 'BE'],
    mechanism: 'adequacy',
    website: 'https://gocardless.com',
  }),
  entry({
    id: 'sumup',
    name: 'SumUp',
    category: 'payments',
    kind: 'processor',
    type: 'payment-processor',
    services: 'Card readers and online payment links for taking payments in person and online.',
    countries: ['GB', 'IE', 'DE'],
    mechanism: 'adequacy',
    website: 'https://www.sumup.com/en-gb',
  }),
  // CRMs and donor databases
  entry({
    id: 'salesforce-nonprofit',
    name: 'Salesforce Nonprofit Cloud',
    category: 'crm-and-donors',
    kind: 'processor',
    type: 'crm',
    services: 'CRM for contacts, donors, members, volunteers, grants and case records.',
    countries: ['GB', 'DE', 'FR', 'US'],
    mechanism: 'uk-us-data-bridge',
    website: 'https://www.salesforce.com/uk/nonprofit',
  }),
  entry({
    id: 'beacon',
    name: 'Beacon CRM',
    category: 'crm-and-donors',
    kind: 'processor',
    type: 'crm',
    services: 'Donor, member and supporter database with Gift Aid and fundraising tools.',
    countries: ['GB'],
    mechanism: null,
    website: 'https://www.beaconcrm.org',
    note: 'Support and integration tools may be hosted outside the UK: check its sub-processors.',
  }),
  entry({
    id: 'donorfy',
    name: 'Donorfy',
    category: 'crm-and-donors',
    kind: 'processor',
    type: 'crm',
    services: 'Fundraising CRM for supporters, donations, Gift Aid and campaigns.',
    countries: ['GB'],
    mechanism: null,
    website: 'https://donorfy.com',
  }),
  entry({
    id: 'hubspot',
    name: 'HubSpot',
    category: 'crm-and-donors',
    kind: 'processor',
    type: 'crm',
    services: 'CRM with marketing email, forms, website chat and sales pipelines.',
    countries: ['DE', 'IE', 'US'],
    mechanism: 'uk-us-data-bridge',
    website: 'https://www.hubspot.com',
  }),
  // Web hosting and website builders
  entry({
    id: 'squarespace',
    name: 'Squarespace',
    category: 'web-hosting',
    kind: 'processor',
    type: 'webhost',
    services: 'Website builder and hosting, with forms, online shop and newsletter tools.',
    countries: ['US', 'IE'],
    mechanism: 'uk-us-data-bridge',
    website: 'https://www.squarespace.com',
  }),
  entry({
    id: 'wix',
    name: 'Wix',
    category: 'web-hosting',
    kind: 'processor',
    type: 'webhost',
    services: 'Website builder and hosting, with forms, bookings and an online shop.',
    countries: ['IL', 'US', 'IE'],
    mechanism: 'uk-addendum',
    website: 'https://www.wix.com',
  }),
  entry({
    id: 'wordpress-com',
    name: 'WordPress.com',
    category: 'web-hosting',
    kind: 'processor',
    type: 'webhost',
    services: 'Hosted WordPress websites and blogs, with forms and comments.',
    countries: ['US'],
    mechanism: 'uk-us-data-bridge',
    website: 'https://wordpress.com',
  }),
  entry({
    id: 'krystal',
    name: 'Krystal Hosting',
    category: 'web-hosting',
    kind: 'processor',
    type: 'webhost',
    services: 'Web hosting, domains and email hosting from UK data centres.',
    countries: ['GB'],
    mechanism: null,
    website: 'https://krystal.io',
  }),
  // Video calls
  entry({
    id: 'zoom',
    name: 'Zoom',
    category: 'video-calls',
    kind: 'processor',
    type: 'it-company',
    services: 'Video meetings, webinars and call recordings.',
    countries: ['US', 'DE', 'NL'],
    mechanism: 'uk-us-data-bridge',
    website: 'https://zoom.us',
  }),
  // File sharing
  entry({
    id: 'dropbox',
    name: 'Dropbox',
    category: 'file-sharing',
    kind: 'processor',
    type: 'it-company',
    services: 'Cloud file storage, sharing and e-signatures (Dropbox Sign).',
    countries: ['US'],
    mechanism: 'uk-us-data-bridge',
    website: 'https://www.dropbox.com',
  }),
  entry({
    id: 'wetransfer',
    name: 'WeTransfer',
    category: 'file-sharing',
    kind: 'processor',
    type: 'it-company',
    services: 'Sends large files by link.',
    countries: ['NL', 'IE', 'US'],
    mechanism: 'uk-addendum',
    website: 'https://wetransfer.com',
  }),
  // Couriers and post
  entry({
    id: 'royal-mail',
    name: 'Royal Mail',
    category: 'couriers-and-post',
    kind: 'independent-controller',
    type: 'courier',
    services: 'Delivers letters and parcels; Click & Drop for printing postage labels.',
    countries: ['GB'],
    mechanism: null,
    website: 'https://www.royalmail.com',
    note: 'For delivering post Royal Mail usually acts as a controller in its own right.',
  }),
  entry({
    id: 'dpd',
    name: 'DPD UK',
    category: 'couriers-and-post',
    kind: 'processor',
    type: 'courier',
    services: 'Parcel collection and delivery, with delivery notifications by email and text.',
    countries: ['GB'],
    mechanism: null,
    website: 'https://www.dpd.co.uk',
    note: 'Couriers may act as controllers for their own delivery purposes.',
  }),
  // Forms and surveys
  entry({
    id: 'typeform',
    name: 'Typeform',
    category: 'forms-and-surveys',
    kind: 'processor',
    type: 'it-company',
    services: 'Online forms, surveys and quizzes.',
    countries: ['ES', 'IE', 'US'],
    mechanism: 'uk-addendum',
    website: 'https://www.typeform.com',
  }),
  entry({
    id: 'surveymonkey',
    name: 'SurveyMonkey',
    category: 'forms-and-surveys',
    kind: 'processor',
    type: 'it-company',
    services: 'Online surveys, feedback forms and polls.',
    countries: ['US', 'IE'],
    mechanism: 'uk-us-data-bridge',
    website: 'https://www.surveymonkey.com',
  }),
];

/** The library entry with this id, if there is one. */
export const findLibraryProcessor = (id: string): LibraryProcessor | undefined =>
  processorLibrary.find((item) => item.id === id);
