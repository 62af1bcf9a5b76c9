/** New log entries with every field present, so forms start from a valid shape. */
import { newId } from '../domain/common';
import type { Breach, Complaint, RightsRequest } from '../domain/logs';

export function blankRightsRequest(
  now: string,
  overrides: Partial<RightsRequest> & Pick<RightsRequest, 'receivedOn'>,
): RightsRequest {
  return {
    id: newId(),
    requester: '',
    kind: 'access',
    channel: '',
    details: '',
    identityChecked: false,
    pauses: [],
    extended: false,
    extensionReason: '',
    searches: [],
    status: 'open',
    respondedOn: null,
    outcome: '',
    activityIds: [],
    internalNotes: '',
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

export function blankComplaint(
  now: string,
  overrides: Partial<Complaint> & Pick<Complaint, 'receivedOn'>,
): Complaint {
  return {
    id: newId(),
    complainant: '',
    channel: '',
    summary: '',
    acknowledgedOn: null,
    response: '',
    respondedOn: null,
    outcome: null,
    wentToIco: false,
    icoReference: '',
    status: 'open',
    activityIds: [],
    internalNotes: '',
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}

export function blankBreach(
  now: string,
  overrides: Partial<Breach> & Pick<Breach, 'discoveredAt'>,
): Breach {
  return {
    id: newId(),
    title: '',
    occurredAt: null,
    whatHappened: '',
    causes: '',
    dataAffected: '',
    specialCategoryInvolved: false,
    peopleAffected: '',
    peopleCount: null,
    likelyConsequences: '',
    stepsTaken: '',
    risk: 'not-assessed',
    reportedToIco: 'pending',
    icoReportedAt: null,
    icoReference: '',
    notReportedReason: '',
    individualsTold: 'pending',
    individualsToldOn: null,
    individualsNotToldReason: '',
    delayReasons: '',
    activityIds: [],
    thirdPartyIds: [],
    status: 'open',
    closedOn: null,
    recordedBy: '',
    internalNotes: '',
    createdAt: now,
    updatedAt: now,
    ...overrides,
  };
}
