/**
 * The reports' colours and page geometry: plain values with no imports, so the Article 30
 * record's drawing workers can share them without loading the rest of the reports.
 */
export const INK = '#1b1f24';
export const ACCENT = '#17406d';
export const MUTED = '#5a6270';
export const RULE = '#c9ced6';
export const SHADE = '#eef2f7';
export const CONFIDENTIAL_RED = '#a4161a';

export const PORTRAIT_MARGINS: [number, number, number, number] = [57, 62, 57, 66];
export const A4_SHORT = 595.28;
export const A4_LONG = 841.89;

/** The width of the label column in an activity's table, in points. */
export const ACTIVITY_LABEL_WIDTH = 190;
