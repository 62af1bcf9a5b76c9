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
  SECTION_LEVEL,
  subheading,
  value,
  type FieldRow,
  type ReportInput,
} from './frame';
import { endsPage } from './page-end';

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

/** How the record sits in a larger document: the audit pack nests it under its own heading. */
export interface RopaBodyOptions {
  /** The controller block under a subheading rather than a section heading of its own. */
  nested: boolean;
  /** List each activity in the contents and bookmarks (indented when nested). */
  activitiesInContents: boolean;
}

function activityHeading(activity: Activity, options: RopaBodyOptions): Content {
  // Each activity starts a page, so a printed record can be filed or replaced one by one.
  if (!options.activitiesInContents) return heading(activity.name, undefined, true);
  if (!options.nested) return heading(activity.name, `activity-${activity.id}`, true);
  return {
    text: activity.name,
    style: 'heading',
    headlineLevel: SECTION_LEVEL,
    tocItem: true,
    tocMargin: [12, 0, 0, 0],
    id: `activity-${activity.id}`,
    pageBreak: 'before',
  };
}

function activitySection(
  register: Register,
  activity: Activity,
  input: ReportInput,
  options: RopaBodyOptions,
): Content[] {
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
    activityHeading(activity, options),
    { text: meta.join('  ·  '), style: 'note' },
    ...endsPage([fieldTable(rows, 190)]),
  ];
}

export const sortedActivities = (register: Register): Activity[] =>
  [...register.activities].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));

/** The controller block, then every activity on its own page: the record without its frame. */
export function ropaBody(
  input: ReportInput,
  options: RopaBodyOptions = { nested: false, activitiesInContents: true },
): Content[] {
  const { register } = input;
  const activities = sortedActivities(register);
  const controllerTitle = 'Controller, data protection officer and representative';
  const content: Content[] = [
    options.nested ? subheading(controllerTitle) : heading(controllerTitle, 'controller'),
    register.organisation === null
      ? emptyLine('The organisation has not been described yet.')
      : organisationBlock(register.organisation),
  ];
  if (activities.length === 0) {
    content.push(
      options.nested ? subheading('Processing activities') : heading('Processing activities'),
      emptyLine('No activities recorded yet.'),
    );
  } else {
    // The first activity starts a page: the controller block before it ends without a margin.
    content.splice(1, 1, ...endsPage(content.slice(1)));
    content.push(
      ...activities.flatMap((activity) => activitySection(register, activity, input, options)),
    );
  }
  return content;
}

export const ropaScope = (count: number): string =>
  `The Article 30 record: ${count} ${count === 1 ? 'activity' : 'activities'}, each with every column of the ICO's documentation template for controllers.`;

export function ropaReport(input: ReportInput): PortablePdfDefinition {
  const count = input.register.activities.length;
  return reportFrame(input, {
    title: ROPA_TITLE,
    scope: ropaScope(count),
    orientation: 'portrait',
    content: count === 0 ? ropaBody(input) : [contents(), ...ropaBody(input)],
  });
}
