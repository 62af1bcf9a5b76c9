/**
 * Ready-made processing activities that small UK organisations commonly need. Each builds a
 * draft Activity filled as a careful practitioner would start it, with `toConfirm` listing
 * what only the organisation can confirm.
 */
import type { ActivityTemplate } from './template-helpers';
import {
  customerAccounts,
  enquiries,
  onlineShopOrders,
  orderUpdates,
  websiteAnalytics,
} from './templates-commerce';
import {
  customerSoftOptIn,
  emailNewsletter,
  socialMedia,
  suppressionList,
} from './templates-marketing';
import { payrollHr, recruitment, volunteers } from './templates-people';
import { cctv, clientRecords, funderReporting } from './templates-services';

export type { ActivityTemplate } from './template-helpers';

export const activityTemplates: readonly ActivityTemplate[] = [
  websiteAnalytics,
  onlineShopOrders,
  customerAccounts,
  clientRecords,
  enquiries,
  orderUpdates,
  emailNewsletter,
  customerSoftOptIn,
  socialMedia,
  suppressionList,
  payrollHr,
  recruitment,
  volunteers,
  funderReporting,
  cctv,
];

export const findActivityTemplate = (id: string): ActivityTemplate | undefined =>
  activityTemplates.find((t) => t.id === id);
