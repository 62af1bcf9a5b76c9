/** The complaint form's labels, guidance, options and validation: one place, so they agree. */
import type { UseFormReturnType } from '@mantine/form';
import {
  complaintOutcomes,
  complaintSchema,
  logStatuses,
  type Complaint,
  type ComplaintOutcome,
  type LogStatus,
} from '../../../shared/domain';
import { zodValidate } from '../../components/zodValidate';
import { createLogKit } from '../logs/logKit';

export type ComplaintForm = UseFormReturnType<Complaint>;

export const complaintKit = createLogKit<Complaint>(
  {
    complainant: 'Who complained',
    receivedOn: 'Received on',
    channel: 'How it arrived',
    summary: 'What the complaint is about',
    acknowledgedOn: 'Acknowledged on',
    response: 'Steps taken and response',
    respondedOn: 'Outcome sent on',
    outcome: 'Outcome',
    wentToIco: 'The person went on to complain to the ICO',
    icoReference: 'ICO case reference',
    status: 'Status',
    activityIds: 'Activities concerned',
    internalNotes: 'Internal notes',
  },
  {
    complainant: 'A name or your own reference: keep the log minimal.',
    channel: 'Your complaints form, email, letter, phone…',
    acknowledgedOn: 'The day you told the person you had received the complaint.',
    response:
      'What you looked into and what you did about it, and what you told the person along the way.',
    respondedOn: 'The day you told the person the outcome.',
  },
);

export const complaintOutcomeLabels: Record<ComplaintOutcome, string> = {
  upheld: 'Upheld',
  'partly-upheld': 'Partly upheld',
  'not-upheld': 'Not upheld',
  withdrawn: 'Withdrawn',
};

export const complaintOutcomeOptions = complaintOutcomes.map((outcome) => ({
  value: outcome,
  label: complaintOutcomeLabels[outcome],
}));

export const complaintStatusLabels: Record<LogStatus, string> = { open: 'Open', closed: 'Closed' };

export const complaintStatusOptions = logStatuses.map((status) => ({
  value: status,
  label: complaintStatusLabels[status],
}));

const schemaErrors = zodValidate(complaintSchema);

export function validateComplaint(values: Complaint): Record<string, string> {
  const errors = schemaErrors(values);
  // A cleared date field holds null, which the schema reports in its own terms.
  if (errors.receivedOn && !values.receivedOn)
    errors.receivedOn = 'Enter the day the complaint arrived, as DD/MM/YYYY';
  if (values.status === 'closed' && values.outcome === null)
    errors.outcome = 'Choose the outcome before closing the complaint';
  return errors;
}
