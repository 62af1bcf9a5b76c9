/** Article 35: a DPIA before processing likely to result in a high risk. */
import type { Rule } from '../types';
import { activeActivities, activityRecord, defineRule, quoted } from '../helpers';

export const dpiaNotDone = defineRule(
  {
    id: 'dpia.required-not-done',
    severity: 'high',
    basis: 'UK GDPR Art 35(1), 35(3); ICO DPIA screening checklist',
    title: 'DPIA screening says a DPIA is needed, but it is not completed',
  },
  ({ register }, report) => {
    for (const activity of activeActivities(register)) {
      if (activity.dpia.screening === 'required' && activity.dpia.status !== 'completed') {
        report(
          activityRecord(activity),
          'dpia.status',
          `${quoted(activity.name)} was screened as needing a DPIA, but the DPIA is not completed.`,
        );
      }
    }
  },
);

export const dpiaRules: Rule[] = [dpiaNotDone];
