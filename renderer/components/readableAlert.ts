/**
 * Alert styles for light-variant alerts (teal, yellow, orange): Mantine writes their titles in
 * shade 9, which is under 4.5:1 on their own tint, so the title takes the body text colour.
 */
export const readableAlert = { title: { color: 'var(--mantine-color-text)' } };
