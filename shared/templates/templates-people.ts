/** Templates for the people who work for the organisation: staff, candidates, volunteers. */
import { retention, template } from './template-helpers';

export const payrollHr = template(
  'payroll-hr',
  'Paying staff and keeping HR records, with payroll run by an accountant or bureau.',
  {
    name: 'Payroll and HR records',
    businessFunction: 'Human resources',
    description:
      'Employee records, and payroll run for us by an accountant who reports to HMRC and the pension provider.',
    purposes: [
      'Pay staff and deduct tax and National Insurance',
      'Manage employment, absence and pensions',
    ],
    dataSubjects: ['Employees', 'Former employees'],
    personalData: [
      'Name, address and date of birth',
      'National Insurance number and tax code',
      'Bank details',
      'Salary, deductions and pension contributions',
      'Contract and job details',
      'Sickness absence records',
      'Right-to-work evidence',
      'Emergency contact',
    ],
    specialCategories: ['health'],
    sources: ['The employee', 'HMRC (tax codes)'],
    lawfulBasis: 'contract',
    lawfulBasisDetail:
      'Paying staff performs their employment contract (Article 6(1)(b)); PAYE, National Insurance, statutory sick pay, pension auto-enrolment and right-to-work checks are legal obligations (Article 6(1)(c)).',
    art9Condition: 'b',
    schedule1Condition: 'p1-1',
    appropriatePolicyDocument: 'Appropriate policy document for employment data (to be written)',
    recipientCategories: [
      'Accountant or payroll bureau (processor)',
      'HMRC',
      'Workplace pension provider',
    ],
    retention: retention({
      period: '6 years',
      trigger:
        'The end of the tax year the record relates to; personnel files from the end of employment',
      justification:
        'HMRC requires payroll records for at least 3 years after the tax year; 6 years matches company tax records and the time limit for contract claims (Limitation Act 1980).',
    }),
    requirement: 'Required by the employment contract and by law: staff cannot be paid without it.',
    toConfirm: ['appropriatePolicyDocument', 'retention.period', 'personalData'],
  },
);

export const recruitment = template(
  'recruitment',
  'Applications, interviews and pre-employment checks for paid roles.',
  {
    name: 'Recruitment',
    businessFunction: 'Human resources',
    description:
      'Candidates apply for a role; we shortlist, interview and check the person we choose. Equality monitoring, if used, is kept apart from the selection.',
    purposes: [
      'Choose the right person for a role',
      'Make reasonable adjustments for candidates',
      'Check the right to work',
    ],
    dataSubjects: ['Job applicants'],
    personalData: [
      'Name and contact details',
      'CV, work history and qualifications',
      'Interview notes',
      'References',
      'Right-to-work documents',
      'Adjustments needed for interview',
    ],
    specialCategories: ['health'],
    sources: ['The applicant', 'Referees'],
    lawfulBasis: 'legitimate-interests',
    lawfulBasisDetail:
      'Selecting staff is in our legitimate interests (Article 6(1)(f)); right-to-work checks are a legal obligation (Article 6(1)(c)).',
    legitimateInterest: 'Finding a suitable person for the job.',
    art9Condition: 'b',
    schedule1Condition: 'p1-1',
    appropriatePolicyDocument: 'Appropriate policy document for employment data (to be written)',
    recipientCategories: ['Recruitment platform', 'Referees'],
    retention: retention({
      period:
        '6 months for unsuccessful applicants; the successful applicant’s file joins their HR record',
      trigger: 'The date candidates are told the outcome',
      justification:
        'Long enough to answer a discrimination claim (3 months less a day under the Equality Act 2010, plus time for it to be served). Right-to-work copies are kept for the employment and 2 years after (Home Office).',
    }),
    requirement:
      'Applicants must give enough to be assessed; without it the application cannot go forward.',
    internalNotes:
      'Criminal record checks are lawful only where the role is eligible; if used, record criminal offence data and its Schedule 1 condition.',
    toConfirm: ['lawfulBasis', 'criminalOffenceData', 'appropriatePolicyDocument'],
  },
);

export const volunteers = template(
  'volunteers',
  'Recruiting, supporting and keeping in touch with volunteers.',
  {
    name: 'Volunteers',
    businessFunction: 'Volunteering',
    description: 'We recruit volunteers, arrange their shifts, keep them safe and thank them.',
    purposes: [
      'Recruit and place volunteers',
      'Arrange volunteering and keep volunteers safe',
      'Keep in touch with volunteers',
    ],
    dataSubjects: ['Volunteers', 'Volunteers’ emergency contacts'],
    personalData: [
      'Name and contact details',
      'Availability and skills',
      'Emergency contact',
      'References',
      'Training records',
    ],
    sources: ['The volunteer', 'Referees'],
    lawfulBasis: 'legitimate-interests',
    lawfulBasisDetail:
      'Organising our volunteers is in our legitimate interests and theirs (Article 6(1)(f)).',
    legitimateInterest: 'Running a safe, well-organised volunteer programme.',
    recipientCategories: ['Volunteer management system'],
    retention: retention({
      period:
        '2 years after the volunteer stops, longer where there was an incident or safeguarding concern',
      trigger: 'The volunteer’s last activity',
      justification: 'Enough to give a reference and answer questions about their time with us.',
    }),
    requirement: 'Contact and emergency details are needed to volunteer.',
    internalNotes:
      'DBS checks are only for eligible roles. Record only the certificate number, date and outcome; the DBS code of practice says not to keep certificate details beyond 6 months. If checks are done, mark criminal offence data and record its condition.',
    toConfirm: ['criminalOffenceData', 'retention.period'],
  },
);
