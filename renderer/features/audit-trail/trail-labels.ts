/** The trail's words: kinds of record, actions, field labels and readable values. */
import type { AuditAction, AuditEntity } from '../../../shared/domain';
import { activityLabels } from '../activities/activity-fields';
import { kindLabels } from '../findings/finding-rows';
import { complaintKit } from '../complaints/complaint-fields';
import { organisationLabels } from '../organisation/organisation-fields';
import { rightsRequestKit } from '../rights-requests/rights-request-fields';
import { thirdPartyLabels } from '../third-parties/third-party-fields';
import { transferLabels } from '../transfers/transfer-fields';

export const entityLabels: Record<AuditEntity, string> = {
  ...kindLabels,
  acceptedRisk: 'Accepted risk',
  review: 'Review',
  register: 'Whole register',
};

export const actionLabels: Record<AuditAction, string> = {
  create: 'Created',
  update: 'Changed',
  delete: 'Deleted',
  import: 'Imported',
  restore: 'Restored',
};

export const actionColours: Record<AuditAction, string> = {
  create: 'teal',
  update: 'blue',
  delete: 'red',
  import: 'grape',
  restore: 'orange',
};

const labelMaps: Partial<Record<AuditEntity, (path: string) => string | undefined>> = {
  activity: (path) => activityLabels[path],
  thirdParty: (path) => thirdPartyLabels[path],
  transfer: (path) => transferLabels[path],
  organisation: (path) => organisationLabels[path],
  rightsRequest: (path) => {
    const label = rightsRequestKit.labelFor(path);
    return label === path ? undefined : label;
  },
  complaint: (path) => {
    const label = complaintKit.labelFor(path);
    return label === path ? undefined : label;
  },
};

const common: Record<string, string> = {
  id: 'Id',
  createdAt: 'Created',
  updatedAt: 'Last changed',
  toConfirm: 'Marked to confirm',
  internalNotes: 'Internal notes',
  title: 'Title',
  answers: 'Answers',
  status: 'Status',
  revision: 'Revision',
  history: 'Earlier revisions',
  activityIds: 'Activities',
  thirdPartyIds: 'Third parties',
  transferId: 'Transfer',
  thirdPartyId: 'Third party',
};

/** "retentionPeriod" → "Retention period", for a field no screen labels. */
const humanise = (key: string): string => {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * A field's label as its screen shows it; a path below a labelled field reads "Label › key"
 * (e.g. one answer of the DPIA screening checklist).
 */
export function fieldLabel(entity: AuditEntity, path: string): string {
  const own = labelMaps[entity];
  const parts = path.split('.');
  for (let length = parts.length; length > 0; length -= 1) {
    const head = parts.slice(0, length).join('.');
    const label = own?.(head) ?? (length === 1 ? common[head] : undefined);
    if (label) return [label, ...parts.slice(length)].join(' › ');
  }
  return parts.map(humanise).join(' › ');
}

/** Fields whose values are ids of other records, shown by those records' names. */
const idFields = new Set([
  'recipientIds',
  'funderIds',
  'activityIds',
  'thirdPartyIds',
  'thirdPartyId',
  'audienceIds',
]);

/** Whether a field holds ids of other records (recipients, activities…). */
export const isIdPath = (path: string): boolean => idFields.has(path.split('.').at(-1) ?? path);

/** A record's name by its id, or what is known of it when it has gone. */
export const nameFor = (id: string, names: ReadonlyMap<string, string>): string =>
  names.get(id) ?? `a record no longer in the register (${id})`;

/** A value as a person reads it; ids of records shown by name where the register knows them. */
export function readableValue(
  path: string,
  value: unknown,
  names: ReadonlyMap<string, string>,
): string {
  if (value === undefined || value === null || value === '') return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  const named = (id: string) => nameFor(id, names);
  if (isIdPath(path)) {
    if (typeof value === 'string') return named(value);
    if (Array.isArray(value))
      return value.length === 0 ? '—' : value.map((id) => named(String(id))).join('; ');
  }
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return '—';
    if (value.every((item) => typeof item === 'string')) return value.join('; ');
  }
  if (typeof value === 'object' && Object.keys(value).length === 0) return '—';
  return JSON.stringify(value, null, 1);
}
