/** Every place in the window, as hash paths (#/activities/…), so a reload stays put. */
export const paths = {
  welcome: '/welcome',
  organisation: '/organisation',
  activities: '/activities',
  activity: (id: string) => `/activities/${encodeURIComponent(id)}`,
  newActivity: '/activities/new',
  activityFromTemplate: (templateId: string) =>
    `/activities/from-template/${encodeURIComponent(templateId)}`,
  thirdParties: '/third-parties',
  thirdParty: (id: string) => `/third-parties/${encodeURIComponent(id)}`,
  newThirdParty: '/third-parties/new',
  settings: '/settings',
} as const;
