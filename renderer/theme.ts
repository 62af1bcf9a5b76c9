/** One calm theme. Shade 8 and a darker placeholder keep Mantine within WCAG AA contrast. */
import { createTheme, type CSSVariablesResolver } from '@mantine/core';

export const theme = createTheme({
  primaryColor: 'teal',
  primaryShade: { light: 8, dark: 8 },
  fontFamily:
    'Inter, "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Roboto, "Noto Sans", Arial, sans-serif',
  headings: { fontWeight: '600' },
  defaultRadius: 'md',
  cursorType: 'pointer',
  components: {
    Tooltip: { defaultProps: { openDelay: 300, withArrow: true } },
  },
});

export const cssVariablesResolver: CSSVariablesResolver = (t) => ({
  variables: {},
  light: {
    '--mantine-color-placeholder': t.colors.gray[7],
    '--mantine-color-dimmed': t.colors.gray[7],
  },
  dark: {
    '--mantine-color-placeholder': t.colors.dark[1],
    '--mantine-color-dimmed': t.colors.dark[1],
  },
});
