/**
 * The spreadsheet's own parts of the ICO's "Documentation template for controllers": the contact
 * block above the table, and one row per activity with the activity's name heading its purpose.
 */
import type { Contact, Organisation } from '../domain/organisation';
import type { Register } from '../domain/register';
import { icoCells, lines } from '../ropa/ico-template';

export const icoTopBlockHeadings = [
  'Controller',
  'Data Protection Officer',
  'Representative',
] as const;
export const icoTopBlockFields = ['Name', 'Address', 'Email', 'Telephone'] as const;

export interface IcoTopBlock {
  title: string;
  /** One row per field: the field's name, then the controller's, DPO's and representative's. */
  rows: [field: string, controller: string, dpo: string, representative: string][];
}

function controllerAddress(organisation: Organisation): string {
  const a = organisation.registeredAddress;
  return [a.line1, a.line2, a.town, a.county, a.postcode, a.country]
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .join(', ');
}

const contactValues = (contact: Contact): string[] => [
  contact.name,
  contact.address,
  contact.email,
  contact.phone,
];

/** The contact block above the table: who the controller, DPO and representative are. */
export function icoTopBlock(register: Register): IcoTopBlock {
  const org = register.organisation;
  const controller = org
    ? [org.name, controllerAddress(org), org.email, org.phone]
    : ['No organisation recorded', '', '', ''];
  let dpo = ['', '', '', ''];
  let representative = ['', '', '', ''];
  if (org) {
    const reason = org.dpo.reasonNotRequired.trim();
    dpo = org.dpo.appointed
      ? contactValues(org.dpo.contact)
      : [`Not appointed${reason === '' ? '' : `: ${reason}`}`, '', '', ''];
    representative = org.representative.needed
      ? contactValues(org.representative.contact)
      : ['Not needed', '', '', ''];
  }
  return {
    title: 'Documentation template for controllers',
    rows: icoTopBlockFields.map((field, index) => [
      field,
      controller[index] ?? '',
      dpo[index] ?? '',
      representative[index] ?? '',
    ]),
  };
}

/** One row of 30 strings per activity, in the columns' order, linked records written out. */
export function icoRows(register: Register): string[][] {
  return register.activities.map((activity) => {
    const cells = icoCells(register, activity);
    // The ICO sheet has no column for the activity's name, so it heads the purpose.
    cells[1] = lines([activity.name, cells[1] ?? '']);
    return cells;
  });
}
