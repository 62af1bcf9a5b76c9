/** A new breach with every field present, so the form starts from a valid shape. */
import { newId } from '../domain/common';
import type { Breach } from '../domain/logs';

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
