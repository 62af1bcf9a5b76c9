/** A whole register: the snapshot every pure function in shared/ works on. */
import { z } from 'zod';
import { activitySchema } from './activity';
import { liaSchema, traSchema } from './assessments';
import { auditEventSchema } from './audit';
import { breachSchema, complaintSchema, rightsRequestSchema } from './logs';
import { noticeDraftSchema, noticeVersionSchema } from './notice';
import { organisationSchema } from './organisation';
import { acceptedRiskSchema, reviewSchema } from './oversight';
import { thirdPartySchema } from './third-party';
import { transferSchema } from './transfer';

const logNames = {
  breaches: 'breach record',
  rightsRequests: 'rights request',
  complaints: 'complaint',
} as const;

export const registerSchema = z
  .object({
    organisation: organisationSchema.nullable(),
    activities: z.array(activitySchema),
    thirdParties: z.array(thirdPartySchema),
    transfers: z.array(transferSchema),
    lias: z.array(liaSchema),
    tras: z.array(traSchema),
    noticeDrafts: z.array(noticeDraftSchema),
    noticeVersions: z.array(noticeVersionSchema),
    acceptedRisks: z.array(acceptedRiskSchema),
    reviews: z.array(reviewSchema),
    breaches: z.array(breachSchema),
    rightsRequests: z.array(rightsRequestSchema),
    complaints: z.array(complaintSchema),
    auditEvents: z.array(auditEventSchema),
  })
  .superRefine((register, ctx) => {
    const unique = (ids: string[], path: string) => {
      const seen = new Set<string>();
      ids.forEach((id, index) => {
        if (seen.has(id))
          ctx.addIssue({
            code: 'custom',
            path: [path, index, 'id'],
            message: `Duplicate id ${id}`,
          });
        seen.add(id);
      });
    };
    for (const table of [
      'activities',
      'thirdParties',
      'transfers',
      'lias',
      'tras',
      'noticeDrafts',
      'noticeVersions',
      'acceptedRisks',
      'reviews',
      'breaches',
      'rightsRequests',
      'complaints',
    ] as const) {
      unique(
        register[table].map((record) => record.id),
        table,
      );
    }
    const parties = new Map(register.thirdParties.map((t) => [t.id, t]));
    const activities = new Set(register.activities.map((a) => a.id));
    const audiences = new Set(register.organisation?.audiences.map((a) => a.id) ?? []);
    register.activities.forEach((activity, index) => {
      for (const field of ['recipientIds', 'funderIds'] as const) {
        for (const id of activity[field]) {
          const party = parties.get(id);
          if (!party) {
            ctx.addIssue({
              code: 'custom',
              path: ['activities', index, field],
              message: `Activity “${activity.name}” links to a third party that is not in the register (${id})`,
            });
          } else if (field === 'funderIds' && party.type !== 'funder') {
            ctx.addIssue({
              code: 'custom',
              path: ['activities', index, field],
              message: `Activity “${activity.name}” names “${party.name}” as a funder, but it is not a third party of type funder`,
            });
          }
        }
      }
      for (const id of activity.audienceIds) {
        if (!audiences.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['activities', index, 'audienceIds'],
            message: `Activity “${activity.name}” names an audience that is not in the register (${id})`,
          });
        }
      }
    });
    register.transfers.forEach((transfer, index) => {
      if (!parties.has(transfer.thirdPartyId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['transfers', index, 'thirdPartyId'],
          message: `A transfer names a third party that is not in the register (${transfer.thirdPartyId})`,
        });
      }
      for (const id of transfer.activityIds) {
        if (!activities.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['transfers', index, 'activityIds'],
            message: `A transfer names an activity that is not in the register (${id})`,
          });
        }
      }
    });
    register.lias.forEach((lia, index) => {
      for (const id of lia.activityIds) {
        if (!activities.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['lias', index, 'activityIds'],
            message: `The assessment “${lia.title}” names an activity that is not in the register (${id})`,
          });
        }
      }
    });
    const transfers = new Set(register.transfers.map((t) => t.id));
    register.tras.forEach((tra, index) => {
      if (!transfers.has(tra.transferId)) {
        ctx.addIssue({
          code: 'custom',
          path: ['tras', index, 'transferId'],
          message: `A transfer risk assessment names a transfer that is not in the register (${tra.transferId})`,
        });
      }
    });
    // One draft per audience (null: the all-audiences notice), and version numbers unique within it.
    unique(
      register.noticeDrafts.map((draft) => draft.audienceId ?? '(all audiences)'),
      'noticeDrafts',
    );
    unique(
      register.noticeVersions.map(
        (v) => `${v.audienceId ?? '(all audiences)'} version ${v.number}`,
      ),
      'noticeVersions',
    );
    for (const table of ['noticeDrafts', 'noticeVersions'] as const) {
      register[table].forEach((notice, index) => {
        if (notice.audienceId !== null && !audiences.has(notice.audienceId)) {
          ctx.addIssue({
            code: 'custom',
            path: [table, index, 'audienceId'],
            message: `A privacy notice names an audience that is not in the register (${notice.audienceId})`,
          });
        }
      });
    }
    // The logs name activities (and a breach its third parties) by id.
    for (const table of ['breaches', 'rightsRequests', 'complaints'] as const) {
      register[table].forEach((entry, index) => {
        for (const id of entry.activityIds) {
          if (!activities.has(id)) {
            ctx.addIssue({
              code: 'custom',
              path: [table, index, 'activityIds'],
              message: `A ${logNames[table]} names an activity that is not in the register (${id})`,
            });
          }
        }
      });
    }
    register.breaches.forEach((breach, index) => {
      for (const id of breach.thirdPartyIds) {
        if (!parties.has(id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['breaches', index, 'thirdPartyIds'],
            message: `The breach “${breach.title}” names a third party that is not in the register (${id})`,
          });
        }
      }
    });
    register.auditEvents.forEach((event, index) => {
      if (event.seq !== index + 1) {
        ctx.addIssue({
          code: 'custom',
          path: ['auditEvents', index, 'seq'],
          message: 'The audit trail is out of order or has a gap',
        });
      }
    });
  });
export type Register = z.infer<typeof registerSchema>;

export const emptyRegister = (): Register => ({
  organisation: null,
  activities: [],
  thirdParties: [],
  transfers: [],
  lias: [],
  tras: [],
  noticeDrafts: [],
  noticeVersions: [],
  acceptedRisks: [],
  reviews: [],
  breaches: [],
  rightsRequests: [],
  complaints: [],
  auditEvents: [],
});
