/**
 * The register under watch, read live: every finding on today's date, split into those that
 * count and those accepted as known risks, the accountability scores and what falls due. Computed
 * inside the live query, so it runs once per change to the register, not once per render.
 */
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { runChecks, type Finding } from '../../../shared/checks';
import { partitionFindings, type PartitionedFindings } from '../../../shared/checks/accepted';
import { accountabilityScores, type CategoryScore } from '../../../shared/checks/accountability';
import type { Register } from '../../../shared/domain';
import { bucketDue, schedule, type DueBuckets } from '../../../shared/reviews/schedule';
import { getAdequacy } from '../../db/repos/adequacy';
import { snapshot } from '../../db/repos/register';
import { getReviewIntervals } from '../../db/repos/review-intervals';
import { getSettings } from '../../db/repos/settings';

export interface Oversight extends PartitionedFindings {
  /** The day everything is judged on, YYYY-MM-DD. */
  today: string;
  register: Register;
  all: Finding[];
  scores: CategoryScore[];
  due: DueBuckets;
  /** Who is at the desk, to suggest as the person accepting a risk. */
  userName: string;
}

export async function loadOversight(): Promise<Oversight> {
  const [register, adequacy, reviewIntervals, settings] = await Promise.all([
    snapshot({ auditTrail: false }),
    getAdequacy(),
    getReviewIntervals(),
    getSettings(),
  ]);
  const today = dayjs().format('YYYY-MM-DD');
  const all = runChecks({ register, today, adequacy: adequacy.list, reviewIntervals });
  const partitioned = partitionFindings(all, register.acceptedRisks, today);
  return {
    ...partitioned,
    today,
    register,
    all,
    scores: accountabilityScores(register, partitioned.open),
    due: bucketDue(schedule(register, today, reviewIntervals), today),
    userName: settings.userName,
  };
}

export const useOversight = (): Oversight | undefined => useLiveQuery(loadOversight, []);
