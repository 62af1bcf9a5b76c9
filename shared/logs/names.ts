/** How the logs name their entries in messages, lists and the audit trail. */
import type { Complaint, RightsRequest, RightsRequestKind } from '../domain/logs';

/** The kind of request as a short noun: "access", "erasure". */
export const rightsRequestKindShort: Record<RightsRequestKind, string> = {
  access: 'access',
  rectification: 'rectification',
  erasure: 'erasure',
  restriction: 'restriction',
  portability: 'portability',
  objection: 'objection',
  'automated-decisions': 'automated decision',
};

const who = (name: string): string => name.trim() || 'an unnamed person';

/** "access request from Jane Doe", to follow "the" in a sentence. */
export const rightsRequestPhrase = (request: Pick<RightsRequest, 'kind' | 'requester'>): string =>
  `${rightsRequestKindShort[request.kind]} request from ${who(request.requester)}`;

/** "Access request from Jane Doe". */
export function rightsRequestName(request: Pick<RightsRequest, 'kind' | 'requester'>): string {
  const phrase = rightsRequestPhrase(request);
  return `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}`;
}

/** "complaint from Jane Doe", to follow "the" in a sentence. */
export const complaintPhrase = (complaint: Pick<Complaint, 'complainant'>): string =>
  `complaint from ${who(complaint.complainant)}`;

/** "Complaint from Jane Doe". */
export const complaintName = (complaint: Pick<Complaint, 'complainant'>): string =>
  `Complaint from ${who(complaint.complainant)}`;
