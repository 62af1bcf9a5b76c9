/** One large, keyboard-reachable choice on the welcome screen. */
import { Loader, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import type { ReactNode } from 'react';
import classes from './StartChoice.module.css';

export interface StartChoiceProps {
  icon: ReactNode;
  /** What the choice does, as the button's accessible name. */
  title: string;
  /** What happens next, in a sentence or two. */
  description: string;
  busy: boolean;
  disabled: boolean;
  onClick: () => void;
}

export function StartChoice({
  icon,
  title,
  description,
  busy,
  disabled,
  onClick,
}: StartChoiceProps) {
  return (
    <UnstyledButton
      className={classes.choice}
      onClick={onClick}
      disabled={disabled}
      aria-busy={busy}
    >
      <ThemeIcon size={52} radius="md" variant="light" aria-hidden>
        {busy ? <Loader size="sm" /> : icon}
      </ThemeIcon>
      <Text fw={600} size="lg">
        {title}
      </Text>
      <Text size="sm" c="dimmed">
        {description}
      </Text>
    </UnstyledButton>
  );
}
