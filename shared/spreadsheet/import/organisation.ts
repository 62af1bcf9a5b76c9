/**
 * The contact block above the ICO table (Controller, Data Protection Officer, Representative by
 * Name, Address, Email and Telephone) as the register's organisation, every part to confirm.
 */
import { blankOrganisation } from '../../domain/factories';
import {
  emailSchema,
  organisationSchema,
  UK_PHONE,
  UK_POSTCODE,
  type Address,
  type Contact,
  type Organisation,
} from '../../domain/organisation';
import type { SheetGrid } from './contract';
import { normalise } from './text';

const FIELDS = ['name', 'address', 'email', 'telephone'] as const;
type Field = (typeof FIELDS)[number];
type Block = Record<'controller' | 'dpo' | 'representative', Record<Field, string>>;

const roleOf = (cell: string): keyof Block | null => {
  const text = normalise(cell);
  if (text === 'controller' || text === 'data controller') return 'controller';
  if (text === 'data protection officer' || text === 'dpo') return 'dpo';
  if (text === 'representative' || text === 'uk representative' || text === 'eu representative') {
    return 'representative';
  }
  return null;
};

const fieldOf = (cell: string): Field | null => {
  const text = normalise(cell);
  if (text === 'phone' || text === 'telephone number') return 'telephone';
  if (text === 'email address' || text === 'e mail') return 'email';
  return FIELDS.find((field) => field === text) ?? null;
};

/** The block's cells by role and field, from the rows above the table. */
function readBlock(rows: readonly string[][]): Block | null {
  const headerIndex = rows.findIndex((row) => row.some((cell) => roleOf(cell) === 'controller'));
  const header = rows[headerIndex];
  if (!header) return null;
  const columns = new Map(
    header.flatMap((cell, index) => {
      const role = roleOf(cell);
      return role ? [[role, index] as const] : [];
    }),
  );
  const empty = (): Record<Field, string> => ({ name: '', address: '', email: '', telephone: '' });
  const block: Block = { controller: empty(), dpo: empty(), representative: empty() };
  for (const row of rows.slice(headerIndex + 1)) {
    const field = row.map(fieldOf).find((f) => f !== null);
    if (!field) continue;
    for (const [role, index] of columns) block[role][field] = row[index] ?? '';
  }
  return block.controller.name === '' ? null : block;
}

const NATIONS = /^(england|scotland|wales|northern ireland|united kingdom|uk|great britain)$/i;

/** "10 Cormorant Drive, St. Austell, PL25 3BA, England" into its parts. */
export function readAddress(text: string): Address {
  const parts = text.split(/\s*[,\n]\s*/).filter((part) => part !== '');
  const country = parts.length > 1 && NATIONS.test(parts.at(-1) ?? '') ? (parts.pop() ?? '') : '';
  const postcodeAt = parts.findIndex((part) => UK_POSTCODE.test(part));
  const postcode = postcodeAt === -1 ? '' : (parts.splice(postcodeAt, 1)[0] ?? '').toUpperCase();
  const [line1 = '', ...rest] = parts;
  const town = rest.length > 0 ? (rest.pop() ?? '') : '';
  return {
    line1,
    line2: rest.join(', '),
    town,
    county: '',
    postcode,
    country: country || 'United Kingdom',
  };
}

const validEmail = (text: string) => (emailSchema.safeParse(text).success ? text : '');
const validPhone = (text: string) => (UK_PHONE.test(text) ? text : '');

const contact = (values: Record<Field, string>): Contact => ({
  name: values.name.slice(0, 300),
  address: values.address.slice(0, 300),
  email: validEmail(values.email),
  phone: validPhone(values.telephone),
});

/** A company's legal form from its name; anything unclear stays "Other", to confirm. */
const legalFormOf = (name: string): Organisation['legalForm'] =>
  /\bc\.?\s?i\.?\s?c\.?$/i.test(name)
    ? 'cic'
    : /\bllp$/i.test(name)
      ? 'llp'
      : /\b(ltd\.?|limited)$/i.test(name)
        ? 'company'
        : 'other';

/** The organisation in the block above the table, or null when there is none (or it cannot be read). */
export function readOrganisation(
  sheet: SheetGrid,
  headingRow: number,
  now: string,
  id: string,
): Organisation | null {
  const block = readBlock(sheet.rows.slice(0, headingRow));
  if (!block || /^no organisation recorded$/i.test(block.controller.name)) return null;
  const { controller, dpo, representative } = block;
  const dpoNotAppointed = /^not appointed:?\s*(.*)$/is.exec(dpo.name);
  const representativeNeeded =
    representative.name !== '' && !/^not needed$/i.test(representative.name);
  const organisation = blankOrganisation(now, {
    id,
    name: controller.name.slice(0, 200),
    legalForm: legalFormOf(controller.name),
    registeredAddress: readAddress(controller.address),
    email: validEmail(controller.email),
    phone: validPhone(controller.telephone),
    dpo:
      dpoNotAppointed || dpo.name === ''
        ? {
            appointed: false,
            contact: contact({ name: '', address: '', email: '', telephone: '' }),
            reasonNotRequired:
              dpoNotAppointed?.[1]?.trim() || 'Not stated in the imported spreadsheet.',
          }
        : { appointed: true, contact: contact(dpo), reasonNotRequired: '' },
    representative: {
      needed: representativeNeeded,
      contact: representativeNeeded
        ? contact(representative)
        : contact({ name: '', address: '', email: '', telephone: '' }),
    },
    toConfirm: [
      'name',
      'legalForm',
      'registeredAddress',
      'email',
      'phone',
      'dpo',
      'representative',
    ],
  });
  const parsed = organisationSchema.safeParse(organisation);
  return parsed.success ? parsed.data : null;
}
