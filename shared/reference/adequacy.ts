/**
 * UK adequacy as dated, editable reference data. Adequacy regulations are made, narrowed and
 * revoked over time (and the Data (Use and Access) Act 2025 recasts Chapter V around a "data
 * protection test"), so the app ships this baseline and lets the user edit it in Settings
 * rather than hard-coding the answer. Every entry names one country by ISO 3166-1 alpha-2 code;
 * groups such as the EEA are expanded into their members so a look-up is always by one code.
 */
import { z } from 'zod';
import { isoDateSchema, shortText } from '../domain/common';
import { countryCodeSchema } from '../domain/third-party';
import type { CountryCode } from './countries';
import { countryName, isCountryCode } from './countries';

export const adequacyScopes = ['full', 'partial'] as const;
export type AdequacyScope = (typeof adequacyScopes)[number];

export const adequacyEntrySchema = z
  .object({
    code: countryCodeSchema.refine(
      (code) => isCountryCode(code),
      'Use an assigned ISO country code',
    ),
    name: z.string().trim().min(1, 'Name the country').max(200),
    scope: z.enum(adequacyScopes),
    /** Who the adequacy covers when it is partial; empty when it is full. */
    scopeNote: shortText,
    /** First day the UK adequacy applied. */
    from: isoDateSchema,
    /**
     * First day it no longer applied (so [from, until) is covered), or null while in force.
     * Half-open like the dates on which revoking regulations come into force.
     */
    until: isoDateSchema.nullable(),
  })
  // Sending data within the UK is not a restricted transfer, so it can have no adequacy.
  .refine((entry) => entry.code !== 'GB', {
    message: 'The United Kingdom is not a transfer destination',
    path: ['code'],
  })
  // A partial adequacy is useless to act on unless it says whom it covers.
  .refine((entry) => entry.scope === 'full' || entry.scopeNote.length > 0, {
    message: 'Say who a partial adequacy covers',
    path: ['scopeNote'],
  })
  // ISO dates compare correctly as strings.
  .refine((entry) => entry.until === null || entry.until > entry.from, {
    message: 'The end date must be after the start date',
    path: ['until'],
  });
export type AdequacyEntry = z.infer<typeof adequacyEntrySchema>;

export const adequacyListSchema = z.object({
  /** When someone last compared the list with the ICO's guidance. */
  checkedOn: isoDateSchema,
  source: z.string().trim().min(1, 'Say where the list comes from').max(300),
  entries: z.array(adequacyEntrySchema).max(500),
});
export type AdequacyList = z.infer<typeof adequacyListSchema>;

/** The 27 EU member states. */
export const euStates = [
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
] as const;

/** The EEA: the EU plus Iceland, Liechtenstein and Norway. */
export const eeaStates = [...euStates, 'IS', 'LI', 'NO'] as const;

/** The day the UK's own adequacy regulations applied, after the Brexit transition period. */
export const UK_ADEQUACY_START = '2021-01-01';

const full = (code: CountryCode, from = UK_ADEQUACY_START): AdequacyEntry => ({
  code,
  name: countryName(code),
  scope: 'full',
  scopeNote: '',
  from,
  until: null,
});

const partial = (
  code: CountryCode,
  scopeNote: string,
  from = UK_ADEQUACY_START,
): AdequacyEntry => ({
  ...full(code, from),
  scope: 'partial',
  scopeNote,
});

export const UK_ADEQUACY_BASELINE: AdequacyList = {
  checkedOn: '2026-11-25',
  source:
    "ICO guidance on international transfers and UK adequacy regulations, as summarised in the project's reference notes",
  entries: [
    ...eeaStates.map((code) => full(code)),
    full('GI'),
    full('CH'),
    partial('CA', 'Only organisations subject to PIPEDA'),
    full('AR'),
    full('FO'),
    full('GG'),
    full('IM'),
    full('JE'),
    full('AD'),
    full('IL'),
    full('UY'),
    full('NZ'),
    partial(
      'JP',
      'Only organisations covered by the Act on the Protection of Personal Information (APPI)',
    ),
    full('KR', '2022-12-19'),
    partial(
      'US',
      'Only organisations certified to the EU–US Data Privacy Framework and its UK Extension',
      '2023-10-12',
    ),
  ],
};
