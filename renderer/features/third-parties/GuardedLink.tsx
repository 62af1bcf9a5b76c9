/** A link inside the window that asks before leaving a form with unsaved changes. */
import { Anchor, type AnchorProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';

export interface GuardedLinkProps extends AnchorProps {
  /** A path from navigation/paths. */
  to: string;
  children: ReactNode;
}

export function GuardedLink({ to, children, ...rest }: GuardedLinkProps) {
  const navigate = useGuardedNavigate();
  return (
    <Anchor
      href={`#${to}`}
      onClick={(event) => {
        if (event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        navigate(to);
      }}
      {...rest}
    >
      {children}
    </Anchor>
  );
}
