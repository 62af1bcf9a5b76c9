/**
 * A completed legitimate interests assessment for each activity the example bases on legitimate
 * interests. The notice says an assessment is done wherever legitimate interests are relied on,
 * but not what it concluded: these are what a careful practitioner would record from the notice,
 * marked "to confirm" so the organisation checks each answer against its own reasoning.
 */
import type { Answers, Lia } from '../domain/assessments';
import { blankLia } from '../domain/factories';
import { screeningItems } from '../dpia/screening';
import { act } from './konnect-activities';

/** Fixed dates so the example is reproducible. */
const ASSESSED_ON = '2026-11-20';
const NEXT_REVIEW = '2027-11-20';
const ASSESSOR = 'Director responsible for data protection';

/** None of the ICO's "always do a DPIA" items applies to these contact-detail activities. */
const noScreeningItemApplies: Answers = Object.fromEntries(
  screeningItems.map((item) => [item.id, false]),
);

/** Answers that hold for every one of the example's small, plainly explained activities. */
const common: Answers = {
  'purpose.data-protection-rules':
    'Yes. We tell people about this processing in our privacy notice, keep only what we need and honour objections straight away. No profiling or automated decisions are involved.',
  'purpose.other-laws':
    'Yes. We follow the Companies Act and our duties as a community interest company; nothing in this processing conflicts with them.',
  'purpose.codes':
    'Yes. We follow the ICO’s guidance on legitimate interests and its direct marketing guidance where it applies.',
  'purpose.ethics': 'None identified.',
  'nature.special-category': 'No. No special category or criminal offence data is involved.',
  'nature.capacity':
    'Mostly in their personal capacity; some people contact us on behalf of an organisation.',
  'expectations.third-party-source':
    'Not applicable: the data comes from the person themselves or from our own records of dealing with them.',
  'expectations.new': 'No. It is an ordinary, long-established way of working.',
  'expectations.evidence':
    'No formal research. We have had no complaints or objections about this processing.',
  'expectations.other-factors': 'None identified.',
  'impact.control':
    'No. People can object at any time and we stop, and our privacy notice explains how.',
  'impact.explain': 'Yes. Our privacy notice already explains it.',
  ...noScreeningItemApplies,
  'decision.can-rely': true,
  'decision.completed-by': ASSESSOR,
  'decision.date': ASSESSED_ON,
  'review.next': NEXT_REVIEW,
};

interface Spec {
  id: string;
  title: string;
  activityId: string;
  answers: Answers;
}

const specs: Spec[] = [
  {
    id: 'lia-client-records',
    title: 'Client records and reporting to funders',
    activityId: act.clientRecords,
    answers: {
      'purpose.why':
        'To deliver the community services a client asks for, and to report to the funders and stakeholders of each programme as our funding agreements require.',
      'purpose.benefit':
        'We can provide the service and keep the funding that pays for it; clients receive the support they asked for.',
      'purpose.third-parties':
        'Yes. Funders and stakeholders see that their funding reached the people it was meant for.',
      'purpose.public-benefit':
        'Yes. Publicly funded community services reach the people they are for, and their effect can be shown.',
      'purpose.importance':
        'Very important: without the records we cannot run the service, and without the reports the funding stops.',
      'purpose.impact-if-not':
        'We could not provide funded services to clients, or we would breach our funding agreements.',
      'necessity.helps':
        'Yes. Contact details are what we need to arrange the service and to evidence it to funders.',
      'necessity.proportionate':
        'Yes. We record name and contact details only, and share them only where a funding agreement requires it.',
      'necessity.without':
        'No. A service for a named person cannot be delivered or evidenced without knowing who they are.',
      'necessity.less-data':
        'We ask each funder whether anonymised or aggregated figures will do, and share named records only where they insist.',
      'nature.private':
        'Contact details alone are not particularly private, but the fact that someone uses a support service may be sensitive to them.',
      'nature.children-vulnerable':
        'Some clients may be vulnerable. We share no more than contact details and use the funders’ secure platforms.',
      'expectations.relationship': 'Yes. They are our clients.',
      'expectations.relationship-nature':
        'A service relationship: clients sign up to a funded programme, and we have always recorded their details to provide it.',
      'expectations.collected-directly':
        'Yes, from the client when they join. Our privacy notice tells them that funders and stakeholders may receive their details and that funders set how long records are kept.',
      'expectations.age-of-data':
        'Collected at the start of each engagement; kept for as long as the funder stipulates, which can be up to 20 years.',
      'expectations.widely-understood':
        'Yes. People joining a funded programme generally understand that the funder monitors it.',
      'impact.possible':
        'If reports went further than needed, a client’s use of a support service could become known to more people than necessary.',
      'impact.likelihood-severity':
        'Unlikely, and of limited severity, given the small set of data and the funders’ secure systems.',
      'impact.objection':
        'A few clients may dislike their details going to a funder; we explain this when they join.',
      'impact.safeguards':
        'Minimum data, funders’ secure email and CRM platforms, access limited to staff who need it, and retention set per funder.',
      'balancing.opt-out': false,
      'decision.comments':
        'The processing is necessary to deliver and evidence funded services; with the safeguards, clients’ interests do not override ours. No opt-out is possible while a client uses a funded service, but they can object and we will consider it with the funder.',
    },
  },
  {
    id: 'lia-enquiries',
    title: 'Answering enquiries',
    activityId: act.enquiries,
    answers: {
      'purpose.why': 'To answer people who contact us and to carry on the conversation they start.',
      'purpose.benefit':
        'People get the answers they asked for; we can offer our help and products.',
      'purpose.third-parties': 'No.',
      'purpose.public-benefit': 'Not significantly, beyond a responsive community organisation.',
      'purpose.importance': 'Important: answering enquiries is basic to how we serve people.',
      'purpose.impact-if-not': 'We could not reply to anyone who writes to us.',
      'necessity.helps': 'Yes. We cannot reply without the sender’s contact details.',
      'necessity.proportionate':
        'Yes. We use only what the person sends us, for replying, and keep it for 12 months after the enquiry is dealt with.',
      'necessity.without': 'No.',
      'necessity.less-data': 'No. We use only what the person chose to send.',
      'nature.private':
        'Usually not, though an enquiry may contain whatever the person chooses to tell us.',
      'nature.children-vulnerable': 'Not knowingly; our services are for adults.',
      'expectations.relationship':
        'Sometimes: enquirers may be customers or clients, or new to us.',
      'expectations.relationship-nature': 'The person contacted us and expects a reply.',
      'expectations.collected-directly':
        'Yes, from the person’s own message, by email, social media or the website form; our privacy notice covers enquiries.',
      'expectations.age-of-data': 'Recent: kept for the enquiry plus 12 months.',
      'expectations.widely-understood':
        'Yes. Anyone who writes to an organisation expects a reply.',
      'impact.possible': 'Minimal: a reply to the person’s own message.',
      'impact.likelihood-severity': 'Very unlikely and minor.',
      'impact.objection': 'No.',
      'impact.safeguards':
        'Mailbox access limited to staff, multi-factor authentication, deletion 12 months after the enquiry is dealt with.',
      'balancing.opt-out': true,
      'decision.comments':
        'People expect a reply when they write to us; the impact is minimal and they can ask us to stop at any time.',
    },
  },
  {
    id: 'lia-customer-marketing',
    title: 'Email marketing to existing customers',
    activityId: act.customerMarketing,
    answers: {
      'purpose.why':
        'To tell customers about new products, offers, events and workshops similar to what they bought.',
      'purpose.benefit': 'Sales and attendance that fund our community work.',
      'purpose.third-parties':
        'Our marketing consultancy and email platform act for us; they do not benefit in their own right.',
      'purpose.public-benefit':
        'Indirectly: income from sales supports our community interest purpose.',
      'purpose.importance': 'Moderately important to our income.',
      'purpose.impact-if-not':
        'We would reach fewer customers and earn less to fund our community work.',
      'purpose.data-protection-rules':
        'Yes. PECR regulation 22: the soft opt-in. We collected the email address in a sale, offer only our own similar products and services, gave a chance to opt out at the time and give one in every email. The UK GDPR right to object to direct marketing is absolute and we honour it.',
      'necessity.helps': 'Yes. Email is how our customers hear from us.',
      'necessity.proportionate':
        'Yes. Name, email address and purchase history only; customers who have not bought for two years drop off the list.',
      'necessity.without':
        'Only partly: social media reaches some customers, but not those who do not follow us.',
      'necessity.less-data':
        'We use purchase history only to keep offers relevant; we do not buy in or match data.',
      'nature.private': 'No.',
      'nature.children-vulnerable': 'No; we sell to adults.',
      'expectations.relationship': 'Yes. They are our customers.',
      'expectations.relationship-nature':
        'They bought from us and did not opt out when we asked at the point of purchase.',
      'expectations.collected-directly':
        'Yes, at checkout, where we tell them we will email them about similar products and let them opt out.',
      'expectations.age-of-data': 'At most two years since their last purchase.',
      'expectations.widely-understood':
        'Yes. Customers expect shops they bought from to tell them about offers.',
      'impact.possible': 'Unwanted emails.',
      'impact.likelihood-severity': 'Low: one click unsubscribes, and we then stop at once.',
      'impact.objection': 'Some may find marketing emails a nuisance; they can opt out.',
      'impact.safeguards':
        'Opt-out at purchase and in every email; suppression list so nobody who opted out is emailed again; no profiling beyond purchase history.',
      'balancing.opt-out': true,
      'decision.comments':
        'Direct marketing is named in the law as a legitimate interest; with the soft opt-in conditions met and an opt-out in every email, customers’ interests do not override ours.',
    },
  },
  {
    id: 'lia-suppression-list',
    title: 'Marketing suppression list',
    activityId: act.suppressionList,
    answers: {
      'purpose.why':
        'To make sure nobody who has opted out of our email marketing is emailed again by mistake.',
      'purpose.benefit': 'We respect opt-outs and avoid breaching PECR.',
      'purpose.third-parties': 'No.',
      'purpose.public-benefit': 'People’s marketing choices are respected.',
      'purpose.importance': 'Important: it is how we keep our promise to people who opted out.',
      'purpose.impact-if-not':
        'An opted-out address could be re-imported and emailed again, against the person’s wishes.',
      'purpose.data-protection-rules':
        'Yes. ICO direct marketing guidance advises keeping a suppression list; it supports PECR and the right to object.',
      'necessity.helps': 'Yes. The list blocks the address from future sends.',
      'necessity.proportionate': 'Yes. Only the email address and the date of the opt-out.',
      'necessity.without': 'No. Deleting the address would allow it to be added back by mistake.',
      'necessity.less-data': 'No. The email address is the least we can keep.',
      'nature.private': 'No.',
      'nature.children-vulnerable': 'No.',
      'expectations.relationship': 'Yes: former subscribers and customers.',
      'expectations.relationship-nature': 'They received our marketing and chose to stop.',
      'expectations.collected-directly':
        'Yes. Our privacy notice tells people that opting out puts their address on a suppression list.',
      'expectations.age-of-data': 'Kept for as long as we send email marketing.',
      'expectations.widely-understood': 'Yes, once explained; our notice explains it.',
      'impact.possible': 'None adverse: the list exists to protect the person’s choice.',
      'impact.likelihood-severity': 'Negligible.',
      'impact.objection': 'Unlikely, once the reason is explained.',
      'impact.safeguards': 'Minimal data, used only for suppression, never for sending.',
      'balancing.opt-out': false,
      'decision.comments':
        'The list serves the person’s own wish not to be emailed; an opt-out from it would defeat that purpose, so none is offered, and we explain why.',
    },
  },
  {
    id: 'lia-social-media',
    title: 'Social media followers',
    activityId: act.socialMedia,
    answers: {
      'purpose.why': 'To share news of our work and talk with people who follow or message us.',
      'purpose.benefit': 'Awareness of our services and a way for our community to reach us.',
      'purpose.third-parties':
        'The platforms benefit from engagement; Meta is joint controller for Page Insights.',
      'purpose.public-benefit': 'People learn about community services available to them.',
      'purpose.importance': 'Important to how we reach our community.',
      'purpose.impact-if-not': 'We could not run our social media accounts.',
      'necessity.helps': 'Yes.',
      'necessity.proportionate':
        'Yes. We see only what each person chooses to make visible, and collect nothing beyond it.',
      'necessity.without': 'No.',
      'necessity.less-data':
        'We do not export or combine followers’ data; Page Insights are aggregated statistics.',
      'nature.private': 'No. It is what people chose to make visible on the platform.',
      'nature.children-vulnerable':
        'Not knowingly; the platforms set minimum ages and our content is for adults.',
      'nature.capacity': 'Mostly personal; some follow us as organisations.',
      'expectations.relationship': 'They chose to follow or contact us.',
      'expectations.relationship-nature': 'Followers and people who message or comment.',
      'expectations.collected-directly':
        'Through the platforms, from the person’s own profile and interactions. Our privacy notice is on our Facebook page.',
      'expectations.third-party-source':
        'The platforms’ own terms tell users that the accounts they follow can see their public profile and interactions.',
      'expectations.age-of-data': 'As long as the post or message exists; we review yearly.',
      'expectations.widely-understood': 'Yes. This is how social media works.',
      'impact.possible': 'Minimal: we see only what people make visible to us.',
      'impact.likelihood-severity': 'Unlikely and minor.',
      'impact.objection': 'Unlikely; people can unfollow or block us.',
      'impact.safeguards':
        'We do not export, combine or match followers’ data; yearly review of our accounts.',
      'balancing.opt-out': true,
      'decision.comments':
        'Following us is the person’s choice and can be undone at any time; the impact is minimal.',
    },
  },
  {
    id: 'lia-business-sale',
    title: 'Sale or transfer of the business',
    activityId: act.businessSale,
    answers: {
      'purpose.why':
        'To let the organisation, or part of it, be sold or handed on while the people it serves keep being served.',
      'purpose.benefit': 'Continuity of the work; the value of the organisation is kept.',
      'purpose.third-parties': 'The buyer, who takes on the work.',
      'purpose.public-benefit': 'Community services carry on after a change of ownership.',
      'purpose.importance': 'Important if a sale happens; none is planned.',
      'purpose.impact-if-not': 'A sale could not include the work that depends on the records.',
      'necessity.helps': 'Yes. The buyer needs the records to carry on serving the same people.',
      'necessity.proportionate':
        'Yes. Only the data of the part being sold, and only once the sale is agreed; before that, anonymised summaries.',
      'necessity.without': 'No, not if the work is to continue.',
      'necessity.less-data':
        'Yes, during negotiations: prospective buyers see anonymised or summary data only.',
      'nature.private':
        'It depends on the activities transferred; client records may be sensitive to the people concerned.',
      'nature.children-vulnerable':
        'Client records may include vulnerable people; the buyer must protect them as we do.',
      'expectations.relationship': 'Yes: customers, clients, subscribers and enquirers.',
      'expectations.relationship-nature': 'The ordinary relationships the other activities record.',
      'expectations.collected-directly':
        'Yes. Our privacy notice says that data may pass to a new owner if the organisation is sold.',
      'expectations.age-of-data': 'Whatever the transferred activities hold at the time.',
      'expectations.widely-understood': 'Generally yes: people understand businesses change hands.',
      'impact.possible': 'A new organisation holds their data, possibly with different practices.',
      'impact.likelihood-severity': 'Possible if a sale happens; moderate at most.',
      'impact.objection': 'Some may prefer their data not to pass on; we would tell them first.',
      'impact.safeguards':
        'Anonymised data until the sale is agreed; a contract binding the buyer to the same purposes; people told before the transfer; a buyer that does not complete returns or deletes what it saw.',
      'balancing.opt-out': true,
      'decision.comments':
        'No sale is planned. If one is, this assessment must be reviewed against the actual buyer and the data involved before anything is shared.',
    },
  },
];

export function konnectLias(now: string): Lia[] {
  return specs.map(({ id, title, activityId, answers }) =>
    blankLia(now, {
      id,
      title,
      activityIds: [activityId],
      status: 'completed',
      answers: { ...common, ...answers },
      toConfirm: ['answers'],
    }),
  );
}
