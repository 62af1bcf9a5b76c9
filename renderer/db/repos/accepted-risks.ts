/**
 * Findings accepted as known risks: each acceptance is audited, holds its finding out of the
 * counts until its expiry, and can be withdrawn (also audited), after which the finding counts
 * again at once.
 */
import dayjs from 'dayjs';
import type { Finding } from '../../../shared/checks';
import { acceptedRiskSchema, newId, type AcceptedRisk } from '../../../shared/domain';
import { isCalendarDate } from '../../../shared/reviews/months';
import { longDate } from '../../../shared/util/long-date';
import { commit } from '../audit-log';
import { database } from '../database';
import { NotFoundError } from './activities';

export const listAcceptedRisks = (): Promise<AcceptedRisk[]> => database().acceptedRisks.toArray();

export interface AcceptRisk {
  finding: Finding;
  reason: string;
  acceptedBy: string;
  /** The day the finding counts again, YYYY-MM-DD; after today. */
  expiresOn: string;
}

/** An acceptance refused for what was entered: the message says what to correct. */
export class AcceptRiskInputError extends Error {
  constructor(
    message: string,
    /** The input at fault, for the form to mark. */
    readonly field: 'reason' | 'acceptedBy' | 'expiresOn',
  ) {
    super(message);
    this.name = 'AcceptRiskInputError';
  }
}

function checkInput(input: AcceptRisk, today: string): void {
  if (input.reason.trim() === '')
    throw new AcceptRiskInputError('Say why the organisation accepts this risk', 'reason');
  if (input.acceptedBy.trim() === '')
    throw new AcceptRiskInputError('Say who accepted it', 'acceptedBy');
  if (!isCalendarDate(input.expiresOn))
    throw new AcceptRiskInputError('Enter the expiry as a real date', 'expiresOn');
  if (input.expiresOn <= today)
    throw new AcceptRiskInputError(
      'The expiry must be after today, so the finding is looked at again',
      'expiresOn',
    );
}

/** Accepts a finding as a known risk until `expiresOn`, recorded in the audit trail. */
export function acceptRisk(input: AcceptRisk, now = new Date()): Promise<AcceptedRisk> {
  return commit(async () => {
    const today = dayjs(now).format('YYYY-MM-DD');
    checkInput(input, today);
    const stamp = now.toISOString();
    const { finding } = input;
    const risk = acceptedRiskSchema.parse({
      id: newId(),
      ruleId: finding.ruleId,
      recordKind: finding.record.kind,
      recordId: finding.record.id,
      field: finding.field,
      message: finding.message,
      reason: input.reason.trim(),
      acceptedBy: input.acceptedBy.trim(),
      acceptedOn: today,
      expiresOn: input.expiresOn,
      createdAt: stamp,
      updatedAt: stamp,
    });
    return {
      changes: [
        {
          entity: 'acceptedRisk',
          entityId: risk.id,
          action: 'create',
          summary: `Accepted as a known risk until ${longDate(risk.expiresOn)}: ${risk.message}`,
          before: null,
          after: risk,
        },
      ],
      apply: async () => {
        await database().acceptedRisks.add(risk);
      },
      result: risk,
    };
  });
}

/** Withdraws an acceptance: its finding counts again from now. */
export function withdrawAcceptance(id: string): Promise<AcceptedRisk> {
  return commit(async () => {
    const db = database();
    const risk = await db.acceptedRisks.get(id);
    if (!risk) throw new NotFoundError('The acceptance');
    return {
      changes: [
        {
          entity: 'acceptedRisk',
          entityId: id,
          action: 'delete',
          summary: `Withdrew the acceptance of a known risk: ${risk.message}`,
          before: risk,
          after: null,
        },
      ],
      apply: async () => {
        await db.acceptedRisks.delete(id);
      },
      result: risk,
    };
  });
}
