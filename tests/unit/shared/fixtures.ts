/** Shared test data: a fixed clock and small valid records to vary one field at a time. */
import {
  blankActivity,
  blankOrganisation,
  blankThirdParty,
} from '../../../shared/domain/factories';
import type { Activity } from '../../../shared/domain/activity';
import type { Organisation } from '../../../shared/domain/organisation';
import type { Register } from '../../../shared/domain/register';
import type { ThirdParty } from '../../../shared/domain/third-party';

export const NOW = '2026-11-25T12:00:00.000Z';

export const validOrganisation = (overrides: Partial<Organisation> = {}): Organisation =>
  blankOrganisation(NOW, {
    id: 'org-1',
    name: 'Test Organisation Ltd',
    dpo: {
      appointed: false,
      contact: { name: '', email: '', phone: '', address: '' },
      reasonNotRequired: 'Not a public authority; no large-scale monitoring.',
    },
    ...overrides,
  });

export const validActivity = (overrides: Partial<Activity> = {}): Activity =>
  blankActivity(NOW, { id: 'act-1', name: 'Newsletter', ...overrides });

export const validThirdParty = (overrides: Partial<ThirdParty> = {}): ThirdParty =>
  blankThirdParty(NOW, { id: 'tp-1', name: 'Mail Co', ...overrides });

export const smallRegister = (overrides: Partial<Register> = {}): Register => ({
  organisation: validOrganisation({
    audiences: [{ id: 'aud-1', name: 'Customers', description: '' }],
  }),
  activities: [validActivity({ recipientIds: ['tp-1'], audienceIds: ['aud-1'] })],
  thirdParties: [validThirdParty()],
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
  ...overrides,
});
