/**
 * The Article 30 record of processing activities: the controller, DPO and representative block,
 * then each activity with every column of the ICO's documentation template for controllers, in
 * its order and under its headings, linked records written out by name.
 */
import type { Content } from 'pdfmake/interfaces';
import type { Activity } from '../domain/activity';
import { activityStatusLabels, legalFormLabels } from '../domain/enums';
import type { Address, Contact, Organisation } from '../domain/organisation';
import type { Register } from '../domain/register';
import type { PortablePdfDefinition } from '../notice/render/portablePdf';
import { icoCells, icoSections } from '../ropa/ico-template';
import {
  contents,
  dateOrEmpty,
  emptyLine,
  fieldTable,
  heading,
  hasNotes,
  reportFrame,
  value,
  type FieldRow,
  type ReportInput,
} from './frame';

export const ROPA_TITLE = 'Record of processing activities';

function addressLines(address: Address): string[] {
  return [
    address.line1,
    address.line2,
    address.town,
    address.county,
    address.postcode,
    address.country,
  ].filter((part) => part.trim() !== '');
}

function contactRows(who: string, contact: Contact): FieldRow[] {
  return [
    { label: `${who}: name`, value: value(contact.name) },
    { label: `${who}: address`, value: value(contact.address) },
    { label: `${who}: email`, value: value(contact.email) },
    { label: `${who}: telephone`, value: value(contact.phone) },
  ];
}

function organisationBlock(organisation: Organisation): Content {
  const rows: FieldRow[] = [
    { section: 'Controller' },
    { label: 'Name', value: value(organisation.name) },
    { label: 'Address', value: value(addressLines(organisation.registeredAddress).join(', ')) },
    { label: 'Email', value: value(organisation.email) },
    { label: 'Telephone', value: value(organisation.phone) },
    { label: 'Legal form', value: value(legalFormLabels[organisation.legalForm]) },
    { label: 'Company number', value: value(organisation.companyNumber) },
    ...(organisation.charityNumber === ''
      ? []
      : [{ label: 'Charity number', value: value(organisation.charityNumber) }]),
    { label: 'ICO registration number', value: value(organisation.icoRegistrationNumber) },
    { section: 'Data protection officer' },
    ...(organisation.dpo.appointed
      ? contactRows('DPO', organisation.dpo.contact)
      : [
          {
            label: 'Data protection officer',
            value: value(`None appointed. ${organisation.dpo.reasonNotRequired.trim()}`),
          },
        ]),
    { section: 'Representative' },
    ...(organisation.representative.needed
      ? contactRows('Representative', organisation.representative.contact)
      : [
          {
            label: 'Representative',
            value: value('Not needed: the controller is established in the UK.'),
          },
        ]),
  ];
  return fieldTable(rows);
}

function activitySection(register: Register, activity: Activity, input: ReportInput): Content[] {
  const cells = icoCells(register, activity);
  let index = 0;
  const rows: FieldRow[] = icoSections.flatMap(({ section, columns }) => [
    { section },
    ...columns.map((label) => {
      index += 1;
      return { label: `${index}. ${label}`, value: value((cells[index - 1] ?? '').split('\n')) };
    }),
  ]);
  if (hasNotes(input.options, activity.internalNotes)) {
    rows.push(
      { section: 'Internal' },
      { label: 'Internal notes', value: value(activity.internalNotes) },
    );
  }
  const meta = [
    activityStatusLabels[activity.status],
    activity.owner && `Owner: ${activity.owner}`,
    activity.lastReviewed && `Last reviewed ${dateOrEmpty(activity.lastReviewed)}`,
    activity.nextReview && `Next review ${dateOrEmpty(activity.nextReview)}`,
  ].filter((s) => s !== '' && s !== null);
  return [
    // Each activity starts a page, so a printed record can be filed or replaced one by one.
    heading(activity.name, `activity-${activity.id}`, true),
    { text: meta.join('  ·  '), style: 'note' },
    fieldTable(rows, 190),
  ];
}

export function ropaReport(input: ReportInput): PortablePdfDefinition {
  const { register } = input;
  const activities = [...register.activities].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const content: Content[] = [
    heading('Controller, data protection officer and representative', 'controller'),
    register.organisation === null
      ? emptyLine('The organisation has not been described yet.')
      : organisationBlock(register.organisation),
  ];
  if (activities.length === 0) {
    content.push(heading('Processing activities'), emptyLine('No activities recorded yet.'));
  } else {
    content.splice(0, 0, contents());
    content.push(...activities.flatMap((activity) => activitySection(register, activity, input)));
  }
  return reportFrame(input, {
    title: ROPA_TITLE,
    scope: `The Article 30 record: ${activities.length} ${activities.length === 1 ? 'activity' : 'activities'}, each with every column of the ICO's documentation template for controllers.`,
    orientation: 'portrait',
    content,
  });
}
