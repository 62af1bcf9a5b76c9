/** Every place in the window, as hash paths (#/activities/…), so a reload stays put. */
export const paths = {
  welcome: '/welcome',
  dashboard: '/dashboard',
  findings: '/findings',
  reviews: '/reviews',
  reports: '/reports',
  auditTrail: '/audit-trail',
  breaches: '/breaches',
  breach: (id: string) => `/breaches/${encodeURIComponent(id)}`,
  newBreach: '/breaches/new',
  rightsRequests: '/rights-requests',
  rightsRequest: (id: string) => `/rights-requests/${encodeURIComponent(id)}`,
  newRightsRequest: '/rights-requests/new',
  complaints: '/complaints',
  complaint: (id: string) => `/complaints/${encodeURIComponent(id)}`,
  newComplaint: '/complaints/new',
  organisation: '/organisation',
  activities: '/activities',
  activity: (id: string) => `/activities/${encodeURIComponent(id)}`,
  newActivity: '/activities/new',
  activityFromTemplate: (templateId: string) =>
    `/activities/from-template/${encodeURIComponent(templateId)}`,
  thirdParties: '/third-parties',
  thirdParty: (id: string) => `/third-parties/${encodeURIComponent(id)}`,
  newThirdParty: '/third-parties/new',
  lias: '/lias',
  lia: (id: string) => `/lias/${encodeURIComponent(id)}`,
  /** A new LIA, optionally for one activity (its id goes in the query). */
  newLia: (activityId?: string) =>
    activityId ? `/lias/new?activity=${encodeURIComponent(activityId)}` : '/lias/new',
  liaRevision: (id: string, revision: number) =>
    `/lias/${encodeURIComponent(id)}/revisions/${revision}`,
  transfers: '/transfers',
  transfer: (id: string) => `/transfers/${encodeURIComponent(id)}`,
  /** A new transfer, optionally to one third party (its id goes in the query). */
  newTransfer: (thirdPartyId?: string) =>
    thirdPartyId
      ? `/transfers/new?thirdParty=${encodeURIComponent(thirdPartyId)}`
      : '/transfers/new',
  tra: (id: string) => `/tras/${encodeURIComponent(id)}`,
  /** A new TRA for a transfer (its id goes in the query). */
  newTra: (transferId: string) => `/tras/new?transfer=${encodeURIComponent(transferId)}`,
  traRevision: (id: string, revision: number) =>
    `/tras/${encodeURIComponent(id)}/revisions/${revision}`,
  notices: '/notices',
  /** One notice: an audience's id, or 'all' for the one notice covering every audience. */
  notice: (audience: string) => `/notices/${encodeURIComponent(audience)}`,
  noticeVersions: (audience: string) => `/notices/${encodeURIComponent(audience)}/versions`,
  noticeVersion: (audience: string, number: number) =>
    `/notices/${encodeURIComponent(audience)}/versions/${number}`,
  noticeCompare: (audience: string, from: number, to: number) =>
    `/notices/${encodeURIComponent(audience)}/compare/${from}/${to}`,
  processorLibrary: '/processor-library',
  importSpreadsheet: '/import-spreadsheet',
  settings: '/settings',
} as const;
