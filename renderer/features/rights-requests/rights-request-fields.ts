/** The rights request form's labels, guidance, options and validation: one place, so they agree. */
import type { UseFormReturnType } from '@mantine/form';
import {
  pauseReasons,
  rightsRequestKindLabels,
  rightsRequestKinds,
  rightsRequestSchema,
  rightsRequestStatuses,
  type PauseReason,
  type RightsRequest,
  type RightsRequestStatus,
} from '../../../shared/domain';
import { zodValidate } from '../../components/zodValidate';
import { createLogKit } from '../logs/logKit';

export type RightsRequestForm = UseFormReturnType<RightsRequest>;

export const rightsRequestKit = createLogKit<RightsRequest>(
  {
    requester: 'Who made the request',
    kind: 'Right exercised',
    receivedOn: 'Received on',
    channel: 'How it arrived',
    details: 'What the person asked for',
    identityChecked: 'Identity checked',
    pauses: 'Waits',
    'pauses.reason': 'Waiting for',
    'pauses.from': 'Asked on',
    'pauses.to': 'Information received on',
    extended: 'Extended by two months',
    extensionReason: 'Why it was extended',
    searches: 'Searches made',
    'searches.where': 'Where you searched',
    'searches.searchedOn': 'When',
    'searches.found': 'What was found',
    status: 'Status',
    respondedOn: 'Responded on',
    outcome: 'Outcome',
    activityIds: 'Activities concerned',
    internalNotes: 'Internal notes',
  },
  {
    requester:
      'A name or your own reference. Keep the log minimal: the request itself stays where it arrived.',
    channel: 'Email, letter, phone, in person, social media… A request need not use any form.',
    receivedOn: 'The clock starts the day after: one calendar month to respond.',
    identityChecked:
      'Ask for proof only when you have reasonable doubts, and only as much as you need.',
    extensionReason:
      'Tell the person within the first month that you are extending, and why (complex, or several requests).',
    'pauses.to': 'Leave empty while you are still waiting: the clock stays stopped.',
    respondedOn: 'The day you sent the response (or the refusal, with its reasons).',
    outcome:
      'What you provided, changed or refused, and any exemption relied on: the ICO may ask to see it.',
  },
);

export const rightsRequestKindOptions = rightsRequestKinds.map((kind) => ({
  value: kind,
  label: rightsRequestKindLabels[kind],
}));

export const rightsRequestStatusLabels: Record<RightsRequestStatus, string> = {
  open: 'Open',
  completed: 'Completed',
  refused: 'Refused',
  withdrawn: 'Withdrawn',
};

export const rightsRequestStatusOptions = rightsRequestStatuses.map((status) => ({
  value: status,
  label: rightsRequestStatusLabels[status],
}));

export const pauseReasonLabels: Record<PauseReason, string> = {
  identity: 'Proof of identity',
  clarification: 'Clarification',
  fee: 'A fee',
};

export const pauseReasonOptions = pauseReasons.map((reason) => ({
  value: reason,
  label: pauseReasonLabels[reason],
}));

const schemaErrors = zodValidate(rightsRequestSchema);

/** A cleared date field holds null, which the schema reports in its own terms. */
const requiredDates: Record<string, string> = {
  receivedOn: 'Enter the day the request arrived, as DD/MM/YYYY',
  from: 'Enter the day you asked, as DD/MM/YYYY',
};

export function validateRightsRequest(values: RightsRequest): Record<string, string> {
  const errors = schemaErrors(values);
  for (const path of Object.keys(errors)) {
    const message = requiredDates[path.split('.').pop() ?? ''];
    if (message) errors[path] = message;
  }
  if (values.extended && values.extensionReason.trim() === '')
    errors.extensionReason = 'Say why it was extended: the person must be told the reasons';
  if (values.status !== 'open' && values.status !== 'withdrawn' && values.respondedOn === null)
    errors.respondedOn = 'Enter the day you responded';
  return errors;
}
