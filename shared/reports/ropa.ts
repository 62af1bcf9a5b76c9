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
import { icoCells, icoSections } from '../ropa/ico-template';
import {
  dateOrEmpty,
  emptyLine,
  fieldTable,
  heading,
  hasNotes,
  SECTION_LEVEL,
  subheading,
  value,
  type FieldRow,
  type ReportInput,
  type ReportOptions,
} from './frame';
import { ACTIVITY_LABEL_WIDTH } from './look';
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

/**
 * A row of the record as plain text, for the pdfmake packs and the Article 30 PDF's own layout
 * alike: a shaded section title, or a label and its value's lines (none: "Not recorded").
 */
export type RecordRow = { section: string } | { label: string; lines: string[] };

/** The value's non-empty lines, trimmed, as `value()` shows them. */
export const valueLines = (text: string | readonly string[]): string[] =>
  (typeof text === 'string' ? [text] : text)
    .map((line) => line.trim())
    .filter((line) => line !== '');

function contactRows(who: string, contact: Contact): RecordRow[] {
  return [
    { label: `${who}: name`, lines: valueLines(contact.name) },
    { label: `${who}: address`, lines: valueLines(contact.address) },
    { label: `${who}: email`, lines: valueLines(contact.email) },
    { label: `${who}: telephone`, lines: valueLines(contact.phone) },
  ];
}

/** The controller, DPO and representative block. */
export function organisationRows(organisation: Organisation): RecordRow[] {
  return [
    { section: 'Controller' },
    { label: 'Name', lines: valueLines(organisation.name) },
    {
      label: 'Address',
      lines: valueLines(addressLines(organisation.registeredAddress).join(', ')),
    },
    { label: 'Email', lines: valueLines(organisation.email) },
    { label: 'Telephone', lines: valueLines(organisation.phone) },
    { label: 'Legal form', lines: valueLines(legalFormLabels[organisation.legalForm]) },
    { label: 'Company number', lines: valueLines(organisation.companyNumber) },
    ...(organisation.charityNumber === ''
      ? []
      : [{ label: 'Charity number', lines: valueLines(organisation.charityNumber) }]),
    { label: 'ICO registration number', lines: valueLines(organisation.icoRegistrationNumber) },
    { section: 'Data protection officer' },
    ...(organisation.dpo.appointed
      ? contactRows('DPO', organisation.dpo.contact)
      : [
          {
            label: 'Data protection officer',
            lines: valueLines(`None appointed. ${organisation.dpo.reasonNotRequired.trim()}`),
          },
        ]),
    { section: 'Representative' },
    ...(organisation.representative.needed
      ? contactRows('Representative', organisation.representative.contact)
      : [
          {
            label: 'Representative',
            lines: valueLines('Not needed: the controller is established in the UK.'),
          },
        ]),
  ];
}

const asFieldRows = (rows: readonly RecordRow[]): FieldRow[] =>
  rows.map((row) => ('section' in row ? row : { label: row.label, value: value(row.lines) }));

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

/** Every ICO column of the activity under the template's sections, then internal notes if asked. */
export function activityRows(
  register: Register,
  activity: Activity,
  options: ReportOptions,
): RecordRow[] {
  const cells = icoCells(register, activity);
  let index = 0;
  const rows: RecordRow[] = icoSections.flatMap(({ section, columns }) => [
    { section },
    ...columns.map((label) => {
      index += 1;
      return {
        label: `${index}. ${label}`,
        lines: valueLines((cells[index - 1] ?? '').split('\n')),
      };
    }),
  ]);
  if (hasNotes(options, activity.internalNotes)) {
    rows.push(
      { section: 'Internal' },
      { label: 'Internal notes', lines: valueLines(activity.internalNotes) },
    );
  }
  return rows;
}

/** The line under an activity's heading: status, owner and review dates. */
export const activityMeta = (activity: Activity): string =>
  [
    activityStatusLabels[activity.status],
    activity.owner && `Owner: ${activity.owner}`,
    activity.lastReviewed && `Last reviewed ${dateOrEmpty(activity.lastReviewed)}`,
    activity.nextReview && `Next review ${dateOrEmpty(activity.nextReview)}`,
  ]
    .filter((s) => s !== '' && s !== null)
    .join('  ·  ');

function activitySection(
  register: Register,
  activity: Activity,
  input: ReportInput,
  options: RopaBodyOptions,
): Content[] {
  return [
    activityHeading(activity, options),
    { text: activityMeta(activity), style: 'note' },
    ...endsPage([
      fieldTable(
        asFieldRows(activityRows(register, activity, input.options)),
        ACTIVITY_LABEL_WIDTH,
      ),
    ]),
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
      : fieldTable(asFieldRows(organisationRows(register.organisation))),
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
