/** Templates for service delivery, funder reporting and premises. */
import { retention, template } from './template-helpers';

export const clientRecords = template(
  'client-case-records',
  'Records of the clients or beneficiaries you support.',
  {
    name: 'Client or beneficiary records',
    businessFunction: 'Service delivery',
    description:
      'We record who we support, what they need and what we did. If notes hold health or other special category data, record an Article 9 condition as well.',
    purposes: [
      'Provide and plan support for each client',
      'Keep an accurate record of the support given',
    ],
    dataSubjects: ['Clients or beneficiaries'],
    personalData: [
      'Name and contact details',
      'Date of birth',
      'Needs and circumstances',
      'Case notes',
      'Services received',
    ],
    sources: ['The client', 'Referring organisations'],
    lawfulBasis: 'legitimate-interests',
    lawfulBasisDetail:
      'Providing the support a client asks for is in our legitimate interests and theirs (Article 6(1)(f)). A public body would use public task instead.',
    legitimateInterest: 'Delivering our services to the people who ask for them.',
    recipientCategories: [
      'Case management system',
      'Referral partners (with the client’s knowledge)',
    ],
    retention: retention({
      period: '6 years after the case closes, or longer if a funder requires it',
      trigger: 'Case closed',
      justification:
        'Covers the time limit for most claims (Limitation Act 1980); a funding agreement may set a longer period.',
    }),
    requirement: 'Needed to provide the service.',
    internalNotes:
      'For special category data, options include explicit consent (9(2)(a)) or substantial public interest (9(2)(g)) with a Schedule 1 condition such as paragraph 16, 17 or 18, which needs an appropriate policy document.',
    toConfirm: ['lawfulBasis', 'specialCategories', 'retention.period', 'dpia.screening'],
  },
);

export const funderReporting = template(
  'funder-monitoring-reporting',
  'Monitoring data and reports your funders ask for.',
  {
    name: 'Funder monitoring and reporting',
    businessFunction: 'Funding and reporting',
    description:
      'Funders ask who we reached and with what results. Monitoring questions are optional, and we report in aggregate unless the funding agreement needs names.',
    purposes: [
      'Show funders who our services reached and the outcomes',
      'Monitor equality of access to our services',
    ],
    dataSubjects: ['Clients or beneficiaries', 'Participants in funded activities'],
    personalData: [
      'Age band',
      'Gender',
      'Postcode district',
      'Ethnic origin',
      'Disability',
      'Outcomes achieved',
    ],
    specialCategories: ['racial-ethnic-origin', 'health'],
    sources: ['The participant, on a monitoring form'],
    lawfulBasis: 'legitimate-interests',
    lawfulBasisDetail:
      'Reporting to the funders who pay for our services is in our legitimate interests (Article 6(1)(f)).',
    legitimateInterest: 'Meeting our funders’ conditions so that the services can continue.',
    art9Condition: 'g',
    schedule1Condition: 'p2-8',
    appropriatePolicyDocument:
      'Appropriate policy document for equality monitoring (to be written)',
    recipientCategories: ['Funders (aggregated figures unless the agreement requires more)'],
    retention: retention({
      period: 'As the funding agreement requires; otherwise 6 years after the grant ends',
      trigger: 'End of the grant',
      justification:
        'Funders may audit a grant for years after it ends; each agreement sets its own period.',
    }),
    requirement:
      'Monitoring questions are optional; answering or not has no effect on the service.',
    toConfirm: [
      'lawfulBasis',
      'funderIds',
      'programmes',
      'retention.period',
      'appropriatePolicyDocument',
    ],
  },
);

export const cctv = template(
  'cctv',
  'CCTV at your premises (optional: only if you have cameras).',
  {
    name: 'CCTV',
    businessFunction: 'Premises and security',
    description:
      'Cameras cover our premises to keep people and property safe. Signs tell people about them; sound is not recorded.',
    purposes: ['Keep people and property safe', 'Prevent and detect crime'],
    dataSubjects: ['Staff', 'Visitors', 'Members of the public passing the cameras'],
    personalData: ['Video images', 'Date and time of recording'],
    sources: ['The cameras'],
    lawfulBasis: 'legitimate-interests',
    lawfulBasisDetail:
      'Protecting people and property is a legitimate interest (Article 6(1)(f)). Giving footage to the police on request may rest on the recognised legitimate interest for crime.',
    legitimateInterest: 'Safety of people on our premises and security of our property.',
    recipientCategories: ['Police, on a lawful request', 'CCTV maintenance company'],
    retention: retention({
      period: '30 days, unless footage is needed for an incident',
      trigger: 'Recording',
      justification:
        'Incidents are normally noticed within a month; footage for an incident is kept until it is resolved.',
      disposal: 'Overwritten automatically',
    }),
    requirement: 'Not applicable.',
    // Systematic monitoring of people is on the ICO's DPIA screening list.
    dpia: { screening: 'required', answers: {}, notes: '', status: 'not-started', link: '' },
    toConfirm: ['retention.period', 'dpia.status'],
  },
);
