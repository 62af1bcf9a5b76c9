/** One calm theme. Shade 9, a darker hover, placeholder and error keep Mantine within WCAG AA contrast. */
import { createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 9, dark: 9 },
  fontFamily:
    'Inter, "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Roboto, "Noto Sans", Arial, sans-serif',
  headings: { fontWeight: '600' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  // People who ask their system for less motion get no sliding or fading.
  respectReducedMotion: true,
  components: {
    Tooltip: { defaultProps: { openDelay: 300, withArrow: true } },
    Notification: {
      defaultProps: { closeButtonProps: { 'aria-label': 'Dismiss this message' } },
      // Mantine greys the message under a title below AA contrast: use the body colour.
      styles: { description: { color: 'var(--mantine-color-text)' } },
    },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {
    '--mantine-primary-color-filled-hover': '#06694c',
  },
  light: {
    '--mantine-color-placeholder': t.colors.gray[7],
    '--mantine-color-dimmed': t.colors.gray[7],
    '--mantine-color-error': t.colors.red[9],
    // Light variants (badges, the active sidebar link): darkest text on the palest tint.
    '--mantine-color-teal-light': t.colors.teal[0],
    '--mantine-color-teal-light-hover': t.colors.teal[1],
    // Teal 9 on the hover tint is 4.3:1, under AA: a darker teal keeps 5.8:1 there.
    '--mantine-color-teal-light-color': '#06694c',
    '--mantine-primary-color-light-color': '#06694c',
    '--mantine-primary-color-light': t.colors.teal[0],
    '--mantine-primary-color-light-hover': t.colors.teal[1],
  },
  dark: {
    '--mantine-color-placeholder': t.colors.dark[1],
    '--mantine-color-dimmed': t.colors.dark[1],
    '--mantine-color-error': t.colors.red[4],
    // Shade 9 is too dark to read as text on the dark background: lighter text for outlines and tints.
    '--mantine-color-teal-outline': t.colors.teal[4],
    '--mantine-color-teal-light-color': t.colors.teal[3],
    '--mantine-primary-color-light-color': t.colors.teal[3],
    '--mantine-color-red-outline': t.colors.red[4],
    '--mantine-color-red-light-color': t.colors.red[3],
  },
});
