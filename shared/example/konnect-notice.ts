/**
 * The example's published privacy notice history: version 1 is the notice of 2 November
 * 2021, composed by the app from the register as it stood then, so that comparing it with
 * today's draft shows what has changed since, and its checklist shows what it lacked.
 *
 * "As it stood then" is today's example register minus what the example records beyond the
 * 2021 notice. The example marks those values itself: every field in a record's `toConfirm`
 * is one the 2021 notice did not give. Of those, version 1 leaves out the ones a notice
 * states (the `NOTICE_FIELDS` below: lawful bases and legitimate interests, retention
 * periods, the statutory or contractual requirement, the joint controller, the analytics
 * recipient category, the marketing basis), and also:
 * - the organisation's complaints process, which every controller needs only from 19 June
 *   2026 (DUAA 2025), and its website, which the notice did not give;
 * - every transfer's safeguard: the notice only said that "proper safeguards" were in
 *   place, and the UK–US data bridge the example now relies on began in October 2023.
 * The social media accounts stay (the notice named the four platforms; only the account
 * names are to confirm), as do the activities, recipients and transfers themselves.
 */
import type { Activity } from '../domain/activity';
import type { NoticeVersion } from '../domain/notice';
import type { Register } from '../domain/register';
import { noticeChecklist } from '../notice/checklist';
import { noticeFacts } from '../notice/facts';
import { composeNotice, type ComposeOptions } from '../notice/compose';
import { hashOf } from '../util/hash';
import { exampleRegister } from './konnect';

export const KONNECT_NOTICE_V1_DATE = '2021-11-02';

/** Activity fields a notice states, cleared in version 1 when the example marks them to confirm. */
const NOTICE_FIELDS: Record<string, (activity: Activity) => Activity> = {
  lawfulBasis: (a) => ({
    ...a,
    lawfulBasis: null,
    lawfulBasisDetail: '',
    recognisedInterest: null,
  }),
  legitimateInterest: (a) => ({ ...a, legitimateInterest: '' }),
  'retention.period': (a) => ({
    ...a,
    retention: { ...a.retention, period: '', trigger: '', justification: '' },
  }),
  'retention.trigger': (a) => ({ ...a, retention: { ...a.retention, trigger: '' } }),
  'retention.justification': (a) => ({ ...a, retention: { ...a.retention, justification: '' } }),
  requirement: (a) => ({ ...a, requirement: '' }),
  jointController: (a) => ({ ...a, jointController: '' }),
  recipientCategories: (a) => ({ ...a, recipientCategories: [] }),
  'marketing.basis': (a) => ({ ...a, marketing: { ...a.marketing, basis: null } }),
};

/** The example register as it stood when the 2021 notice was written. */
export function konnectRegister2021(now: string): Register {
  const today = exampleRegister(now);
  const organisation = today.organisation && {
    ...today.organisation,
    website: '',
    complaints: { ...today.organisation.complaints, process: '', contact: '' },
  };
  const activities = today.activities.map((activity) =>
    activity.toConfirm.reduce(
      (record, field) => NOTICE_FIELDS[field]?.(record) ?? record,
      activity,
    ),
  );
  const transfers = today.transfers.map((transfer) => ({
    ...transfer,
    mechanism: null,
    recipientCertified: null,
  }));
  return { ...today, organisation, activities, transfers, noticeDrafts: [], noticeVersions: [] };
}

export async function konnectNoticeVersions(now: string): Promise<NoticeVersion[]> {
  const register = konnectRegister2021(now);
  // The 2021 notice named its email software (Microsoft), so processors are named.
  const options: ComposeOptions = {
    audienceId: null,
    nameProcessors: true,
    lastUpdated: KONNECT_NOTICE_V1_DATE,
  };
  const document = composeNotice(register, options);
  return [
    {
      id: 'notice-konnect-all-v1',
      audienceId: null,
      number: 1,
      effectiveDate: KONNECT_NOTICE_V1_DATE,
      publishedAt: `${KONNECT_NOTICE_V1_DATE}T09:00:00.000Z`,
      changeNote:
        'The notice on our website from 2 November 2021, written before we kept our register in Ropa Desk and recreated here from the register as it stood then.',
      document,
      facts: noticeFacts(register, options),
      // Judged against the register as it stood: what the 2021 notice was missing.
      checklist: noticeChecklist(register, null, document),
      hash: await hashOf(document),
    },
  ];
}

/** The example register with its published notice history: what "Start with the example" loads. */
export async function exampleRegisterWithNotices(now: string): Promise<Register> {
  return { ...exampleRegister(now), noticeVersions: await konnectNoticeVersions(now) };
}
