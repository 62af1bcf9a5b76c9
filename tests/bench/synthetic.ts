/**
 * A fixed, realistic synthetic register for the benchmark: the example organisation with N
 * generated activities. Seeded, so every run measures the same register. Each activity's text
 * fields total about 300 words, with 1–8 data categories and 1–5 recipients; a third of the
 * third parties are abroad (with transfers), and every tenth activity on legitimate interests
 * has its own LIA.
 */
import type { Activity, Lia, Register, ThirdParty, Transfer } from '../../shared/domain';
import { exampleRegister } from '../../shared/example/konnect';

/** mulberry32: a small, well-known seeded generator (not for security). */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'we keep records of the people who take part in our programmes so that we can deliver ' +
  'the support they ask for contact them about sessions report to our funders and meet our ' +
  'legal obligations the information is held in our case management system and in paper ' +
  'files kept in a locked cabinet access is limited to staff who need it and every account ' +
  'uses multi factor authentication records are reviewed each year and deleted when the ' +
  'retention period ends unless a complaint or claim is open participants are told how their ' +
  'data is used when they join and can ask for a copy correct it or object at any time'
).split(' ');

const CATEGORIES = [
  'Name',
  'Address',
  'Email address',
  'Phone number',
  'Date of birth',
  'Emergency contact',
  'Attendance records',
  'Bank details',
  'Employment history',
  'Photographs',
  'Feedback and survey answers',
  'Referral notes',
];

const COUNTRIES = ['US', 'IE', 'IN', 'AU', 'FR', 'ZA'] as const;

export interface SyntheticOptions {
  activities: number;
  seed?: number;
  now?: string;
}

export function syntheticRegister({
  activities: count,
  seed = 20_261_125,
  now = '2026-11-25T12:00:00.000Z',
}: SyntheticOptions): Register {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const sentence = (words: number) =>
    Array.from({ length: words }, () => pick(WORDS))
      .join(' ')
      .replace(/^./, (c) => c.toUpperCase()) + '.';
  const paragraph = (words: number) => {
    const parts: string[] = [];
    for (let left = words; left > 0; left -= 15) parts.push(sentence(Math.min(15, left)));
    return parts.join(' ');
  };

  const base = exampleRegister(now);
  const models = base.activities;
  const partyModels = base.thirdParties;
  const parties: ThirdParty[] = Array.from(
    { length: Math.max(20, Math.round(count / 25)) },
    (_, i) => {
      const model = partyModels[i % partyModels.length] as ThirdParty;
      const abroad = i % 3 === 0;
      return {
        ...model,
        id: `syn-tp-${i}`,
        name: `${model.name} (${i})`,
        countries: abroad ? ['GB', COUNTRIES[i % COUNTRIES.length] as string] : ['GB'],
      };
    },
  );
  const transfers: Transfer[] = parties
    .filter((party) => party.countries.length > 1)
    .map((party, i) => ({
      ...(base.transfers[i % base.transfers.length] as Transfer),
      id: `syn-tr-${i}`,
      thirdPartyId: party.id,
      destinations: party.countries.filter((c) => c !== 'GB'),
      activityIds: [],
    }));
  const transferOf = new Map(transfers.map((t) => [t.thirdPartyId, t]));

  const lias: Lia[] = [];
  const activities: Activity[] = Array.from({ length: count }, (_, i) => {
    const model = models[i % models.length] as Activity;
    const recipients = Array.from({ length: between(1, 5) }, () => pick(parties).id);
    const id = `syn-act-${i}`;
    for (const recipient of recipients) transferOf.get(recipient)?.activityIds.push(id);
    const activity: Activity = {
      ...model,
      id,
      name: `${model.name} — site ${String(i).padStart(5, '0')}`,
      businessFunction: `Team ${i % 40}`,
      description: paragraph(150),
      purposes: [sentence(20), sentence(20)],
      personalData: Array.from(
        { length: between(1, 8) },
        (_, k) => CATEGORIES[(i + k) % CATEGORIES.length] as string,
      ),
      recipientIds: [...new Set(recipients)],
      securityMeasures: paragraph(60),
      retention: { ...model.retention, justification: paragraph(50) },
      funderIds: [],
      audienceIds: model.audienceIds,
    };
    if (activity.lawfulBasis === 'legitimate-interests' && i % 10 === 0) {
      const modelLia = base.lias[i % base.lias.length] as Lia;
      lias.push({
        ...modelLia,
        id: `syn-lia-${i}`,
        title: `${modelLia.title} (${i})`,
        activityIds: [id],
      });
    }
    return activity;
  });

  return {
    ...base,
    activities,
    thirdParties: parties,
    transfers: transfers.filter((t) => t.activityIds.length > 0),
    lias,
  };
}
