/**
 * The logs an ICO audit asks for beside the register: personal data breaches (Art 33(5)),
 * rights requests (Art 12(3), as amended by the Data (Use and Access) Act 2025) and complaints
 * (DPA 2018 s164A, from 19 June 2026).
 */
import { z } from 'zod';
import {
  idSchema,
  isoDateSchema,
  longText,
  optionalDateSchema,
  shortText,
  timestampSchema,
} from './common';

/** The controller's assessment of a breach's risk to people's rights and freedoms. */
export const breachRisks = ['not-assessed', 'unlikely', 'risk', 'high'] as const;
export type BreachRisk = (typeof breachRisks)[number];
export const breachRiskLabels: Record<BreachRisk, string> = {
  'not-assessed': 'Not assessed yet',
  unlikely: 'Unlikely to result in a risk',
  risk: 'A risk to people’s rights and freedoms',
  high: 'A high risk to people’s rights and freedoms',
};

/** A decision that may still be pending: reported to the ICO, people told. */
export const decisions = ['pending', 'yes', 'no'] as const;
export type Decision = (typeof decisions)[number];

export const logStatuses = ['open', 'closed'] as const;
export type LogStatus = (typeof logStatuses)[number];

export const breachSchema = z
  .object({
    id: idSchema,
    title: z.string().trim().min(1, 'Give the breach a short name').max(200),
    /** When it happened, if known. */
    occurredAt: timestampSchema.nullable(),
    /** When the organisation became aware: the 72-hour clock runs from here. */
    discoveredAt: timestampSchema,
    whatHappened: longText,
    causes: longText,
    dataAffected: longText,
    specialCategoryInvolved: z.boolean(),
    peopleAffected: longText,
    /** Approximate number of people affected, if known. */
    peopleCount: z.number().int().min(0).max(1_000_000_000).nullable(),
    likelyConsequences: longText,
    stepsTaken: longText,
    risk: z.enum(breachRisks),
    reportedToIco: z.enum(decisions),
    icoReportedAt: timestampSchema.nullable(),
    icoReference: shortText,
    /** Why it was not reported (or not within 72 hours). */
    notReportedReason: longText,
    individualsTold: z.enum(decisions),
    individualsToldOn: optionalDateSchema,
    individualsNotToldReason: longText,
    delayReasons: longText,
    activityIds: z.array(idSchema).max(500),
    thirdPartyIds: z.array(idSchema).max(500),
    status: z.enum(logStatuses),
    closedOn: optionalDateSchema,
    recordedBy: shortText,
    internalNotes: longText,
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .superRefine((breach, ctx) => {
    if (breach.occurredAt !== null && breach.occurredAt > breach.discoveredAt)
      ctx.addIssue({
        code: 'custom',
        path: ['occurredAt'],
        message: 'It cannot have happened after the organisation became aware of it',
      });
    if (breach.icoReportedAt !== null && breach.icoReportedAt < breach.discoveredAt)
      ctx.addIssue({
        code: 'custom',
        path: ['icoReportedAt'],
        message: 'The report to the ICO cannot come before the organisation became aware',
      });
  });
export type Breach = z.infer<typeof breachSchema>;

export const rightsRequestKinds = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'portability',
  'objection',
  'automated-decisions',
] as const;
export type RightsRequestKind = (typeof rightsRequestKinds)[number];
export const rightsRequestKindLabels: Record<RightsRequestKind, string> = {
  access: 'Access (subject access request)',
  rectification: 'Rectification',
  erasure: 'Erasure',
  restriction: 'Restriction',
  portability: 'Data portability',
  objection: 'Objection',
  'automated-decisions': 'Automated decision-making',
};

/** Why the response clock stopped: the Act lets it wait for identity, clarification or a fee. */
export const pauseReasons = ['identity', 'clarification', 'fee'] as const;
export type PauseReason = (typeof pauseReasons)[number];

const pauseSchema = z
  .object({
    reason: z.enum(pauseReasons),
    from: isoDateSchema,
    /** The day the information arrived; null while still waiting. */
    to: optionalDateSchema,
  })
  .refine((pause) => pause.to === null || pause.to >= pause.from, {
    path: ['to'],
    message: 'The wait cannot end before it began',
  });

export const rightsRequestStatuses = ['open', 'completed', 'refused', 'withdrawn'] as const;
export type RightsRequestStatus = (typeof rightsRequestStatuses)[number];

export const rightsRequestSchema = z
  .object({
    id: idSchema,
    /** A name or reference for the person asking (keep the log itself minimal). */
    requester: z.string().trim().min(1, 'Name the person or give a reference').max(200),
    kind: z.enum(rightsRequestKinds),
    receivedOn: isoDateSchema,
    channel: shortText,
    details: longText,
    identityChecked: z.boolean(),
    pauses: z.array(pauseSchema).max(20),
    /** Extended by up to two further months for a complex or numerous request. */
    extended: z.boolean(),
    extensionReason: longText,
    /** The searches made: the Act asks for reasonable and proportionate ones. */
    searches: z
      .array(
        z.object({
          where: z.string().trim().min(1, 'Say where you searched').max(300),
          searchedOn: optionalDateSchema,
          found: longText,
        }),
      )
      .max(100),
    status: z.enum(rightsRequestStatuses),
    respondedOn: optionalDateSchema,
    outcome: longText,
    activityIds: z.array(idSchema).max(500),
    internalNotes: longText,
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .refine((request) => request.respondedOn === null || request.respondedOn >= request.receivedOn, {
    path: ['respondedOn'],
    message: 'The response cannot come before the request was received',
  });
export type RightsRequest = z.infer<typeof rightsRequestSchema>;

export const complaintOutcomes = ['upheld', 'partly-upheld', 'not-upheld', 'withdrawn'] as const;
export type ComplaintOutcome = (typeof complaintOutcomes)[number];

export const complaintSchema = z
  .object({
    id: idSchema,
    complainant: z.string().trim().min(1, 'Name the person or give a reference').max(200),
    receivedOn: isoDateSchema,
    channel: shortText,
    summary: longText,
    acknowledgedOn: optionalDateSchema,
    response: longText,
    respondedOn: optionalDateSchema,
    outcome: z.enum(complaintOutcomes).nullable(),
    /** Whether the person went on to complain to the ICO. */
    wentToIco: z.boolean(),
    icoReference: shortText,
    status: z.enum(logStatuses),
    activityIds: z.array(idSchema).max(500),
    internalNotes: longText,
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .superRefine((complaint, ctx) => {
    for (const field of ['acknowledgedOn', 'respondedOn'] as const) {
      const day = complaint[field];
      if (day !== null && day < complaint.receivedOn)
        ctx.addIssue({
          code: 'custom',
          path: [field],
          message: 'This cannot come before the complaint was received',
        });
    }
  });
export type Complaint = z.infer<typeof complaintSchema>;
