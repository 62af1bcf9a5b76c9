/**
 * The example register: Konnect Communities C.I.C. as its privacy notice describes it.
 * Deterministic (fixed ids and dates) so that tests, screenshots and the CLI agree; `now`
 * only stamps createdAt/updatedAt.
 */
import type { Activity } from '../domain/activity';
import type { Lia } from '../domain/assessments';
import type { Register } from '../domain/register';
import type { Transfer } from '../domain/transfer';
import { blankTransfer } from '../domain/factories';
import { act, konnectActivities } from './konnect-activities';
import { konnectLias } from './konnect-lias';
import { konnectOrganisation } from './konnect-organisation';
import { konnectThirdParties, tp } from './konnect-third-parties';

export { act as konnectActivityIds } from './konnect-activities';
export { konnectAudienceIds, KONNECT_ORGANISATION_ID } from './konnect-organisation';
export { tp as konnectThirdPartyIds } from './konnect-third-parties';

const REVIEW = '2027-06-30';
const NOTICE_CLAIM =
  'The notice says every system, app and third party outside the UK/EEA has proper safeguards; this record is where that claim is evidenced.';

/**
 * The notice's one sentence on transfers, made concrete: a record per US recipient we send
 * data to. Certified US companies rely on the UK–US data bridge, which needs no TRA.
 */
function konnectTransfers(now: string): Transfer[] {
  const bridge = (
    id: string,
    thirdPartyId: string,
    activityIds: string[],
    note: string,
  ): Transfer =>
    blankTransfer(now, {
      id,
      thirdPartyId,
      activityIds,
      destinations: ['US'],
      mechanism: 'uk-us-data-bridge',
      traStatus: 'not-needed',
      reviewDate: REVIEW,
      internalNotes: `${NOTICE_CLAIM} ${note}`,
      // Certification is likely but nobody has looked it up yet: the app will ask.
      recipientCertified: null,
      toConfirm: ['mechanism', 'destinations', 'recipientCertified'],
    });
  return [
    bridge(
      'tr-microsoft-us',
      tp.microsoft,
      [act.shopOrders, act.clientRecords, act.enquiries, act.orderUpdates, act.finance],
      'Check that Microsoft Corporation’s Data Privacy Framework entry covers the UK Extension.',
    ),
    bridge(
      'tr-email-marketing-us',
      tp.emailMarketing,
      [act.customerMarketing, act.subscriberMarketing, act.suppressionList],
      'Name the provider and check its certification; if it is not certified, use the IDTA or the UK Addendum and complete a transfer risk assessment.',
    ),
    bridge(
      'tr-meta-us',
      tp.meta,
      [act.socialAdvertising],
      'Custom audience uploads. For UK advertisers Meta Platforms Ireland may receive the list first and pass it to Meta Platforms Inc.',
    ),
    blankTransfer(now, {
      id: 'tr-x-us',
      thirdPartyId: tp.x,
      activityIds: [act.socialAdvertising],
      destinations: ['US'],
      // X's certification is not assumed: its data protection terms are the likely safeguard.
      mechanism: 'uk-addendum',
      traStatus: 'not-started',
      reviewDate: REVIEW,
      internalNotes: `${NOTICE_CLAIM} Custom audience uploads, if used on X. Check which safeguard X’s ads data protection terms give; an Article 46 safeguard needs a transfer risk assessment.`,
      toConfirm: ['mechanism', 'traStatus', 'destinations'],
    }),
    bridge(
      'tr-linkedin-us',
      tp.linkedin,
      [act.socialAdvertising],
      'Matched audience uploads, if used on LinkedIn. Check LinkedIn Corporation’s Data Privacy Framework entry covers the UK Extension.',
    ),
  ];
}

/** An activity screened for a DPIA inside its LIA carries the screening answers itself. */
function screenedInLia(activity: Activity, lias: readonly Lia[]): Activity {
  const lia = lias.find((assessment) => assessment.activityIds.includes(activity.id));
  if (!lia) return activity;
  const answers = Object.fromEntries(
    Object.entries(lia.answers).filter(
      (entry): entry is [string, boolean] =>
        entry[0].startsWith('dpia.') && typeof entry[1] === 'boolean',
    ),
  );
  const needed = Object.values(answers).includes(true);
  return {
    ...activity,
    dpia: {
      ...activity.dpia,
      answers,
      screening: needed ? 'required' : 'not-required',
      notes: `Screened in the legitimate interests assessment “${lia.title}”.`,
    },
  };
}

export function exampleRegister(now: string): Register {
  const lias = konnectLias(now);
  return {
    organisation: konnectOrganisation(now),
    activities: konnectActivities(now).map((activity) => screenedInLia(activity, lias)),
    thirdParties: konnectThirdParties(now),
    transfers: konnectTransfers(now),
    lias,
    tras: [],
    noticeDrafts: [],
    noticeVersions: [],
    acceptedRisks: [],
    reviews: [],
    breaches: [],
    rightsRequests: [],
    complaints: [],
    auditEvents: [],
  };
}
