/** What a record's screen shows when its address names no record: say so, and offer a way back. */
import { Button } from '@mantine/core';
import type { ReactNode } from 'react';
import { useGuardedNavigate } from '../navigation/useGuardedNavigate';
import { EmptyState } from './EmptyState';
import { PageHeader } from './PageHeader';

export interface NotFoundProps {
  /** The page heading. */
  heading: string;
  /** What is missing, as the empty state's title. */
  title: string;
  /** The empty state's icon, e.g. a document with a question mark. */
  icon: ReactNode;
  /** Where the button goes (a path from navigation/paths). */
  backTo: string;
  /** The button's words. */
  backLabel: string;
  /** An icon before the button's words. */
  backIcon?: ReactNode;
  /** Why it may be missing, in a sentence or two. */
  children: ReactNode;
}

export function NotFound({
  heading,
  title,
  icon,
  backTo,
  backLabel,
  backIcon,
  children,
}: NotFoundProps) {
  const navigate = useGuardedNavigate();
  return (
    <>
      <PageHeader title={heading} />
      <EmptyState
        icon={icon}
        title={title}
        actions={
          <Button leftSection={backIcon} onClick={() => navigate(backTo)}>
            {backLabel}
          </Button>
        }
      >
        {children}
      </EmptyState>
    </>
  );
}
