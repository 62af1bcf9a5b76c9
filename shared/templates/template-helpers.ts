/** Small builders shared by the activity templates, so each template states only its facts. */
import type { Activity, Retention } from '../domain/activity';
import { blankActivity } from '../domain/factories';

export interface ActivityTemplate {
  /** Stable id, e.g. 'payroll-hr'; never shown to people. */
  id: string;
  name: string;
  /** One sentence shown in the template picker. */
  summary: string;
  businessFunction: string;
  /** A draft activity ready to edit; `id` defaults to a fresh random id. */
  build(now: string, id?: string): Activity;
}

/** Fields every template leaves for the person to confirm: nobody else knows these. */
export const ALWAYS_CONFIRM = [
  'owner',
  'systems',
  'locations',
  'recipientIds',
  'securityMeasures',
  'nextReview',
];

/** A starting point for security measures; the person edits it to what they really do. */
export const BASELINE_SECURITY =
  'Access limited to the people who need it; strong unique passwords with multi-factor authentication on every account; ' +
  'devices encrypted, locked when unattended and kept up to date; paper kept locked away and shredded; ' +
  'processors bound by a written contract.';

export const retention = (
  r: Partial<Retention> & Pick<Retention, 'period' | 'trigger' | 'justification'>,
): Retention => ({
  disposal: 'Deleted from every system that holds it; paper shredded',
  policyDocument: '',
  followsPolicy: null,
  notFollowingReason: '',
  ...r,
});

type Draft = Omit<Partial<Activity>, 'id' | 'status' | 'createdAt' | 'updatedAt'> &
  Pick<Activity, 'name' | 'businessFunction' | 'retention'>;

/** A template from its summary and draft facts; every built activity starts as a draft. */
export function template(id: string, summary: string, draft: Draft): ActivityTemplate {
  return {
    id,
    name: draft.name,
    summary,
    businessFunction: draft.businessFunction,
    build: (now, activityId) =>
      blankActivity(now, {
        securityMeasures: BASELINE_SECURITY,
        // A deep copy, so that editing one built activity never changes the template.
        ...structuredClone(draft),
        toConfirm: [...new Set([...(draft.toConfirm ?? []), ...ALWAYS_CONFIRM])],
        status: 'draft',
        ...(activityId === undefined ? {} : { id: activityId }),
      }),
  };
}
