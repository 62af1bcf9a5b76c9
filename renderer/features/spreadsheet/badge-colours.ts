/** Mantine's yellow text (shade 9) on its pale tint is under 3:1; dark text keeps WCAG AA. */
export const YELLOW_TEXT = 'light-dark(var(--mantine-color-dark-8), var(--mantine-color-yellow-2))';
