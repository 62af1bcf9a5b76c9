/** How each reviewable kind of record is named on the review screens. */
import type { ReviewableKind } from '../../../shared/domain';

export const kindLabels: Record<ReviewableKind, { one: string; many: string }> = {
  activity: { one: 'Activity', many: 'Activities' },
  thirdParty: { one: 'Third party', many: 'Third parties' },
  transfer: { one: 'Transfer', many: 'Transfers' },
  lia: { one: 'Legitimate interests assessment', many: 'Legitimate interests assessments' },
  tra: { one: 'Transfer risk assessment', many: 'Transfer risk assessments' },
  notice: { one: 'Privacy notice', many: 'Privacy notices' },
};
