/** "History" on a record's screen: the audit trail, showing only that record's events. */
import { Button } from '@mantine/core';
import { IconHistory } from '@tabler/icons-react';
import type { AuditEntity } from '../../../shared/domain';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { trailHref } from './trailHref';

export interface HistoryLinkProps {
  entity: AuditEntity;
  id: string;
  /** The record's name, for the link's accessible name. */
  name: string;
  /** Compact beside a status line; full size beside the editor's other buttons. */
  size?: 'sm' | 'compact-sm';
}

export function HistoryLink({ entity, id, name, size = 'sm' }: HistoryLinkProps) {
  const navigate = useGuardedNavigate();
  const to = trailHref(entity, id);
  return (
    <Button
      component="a"
      href={`#${to}`}
      variant="default"
      size={size}
      leftSection={<IconHistory size={size === 'sm' ? 18 : 16} aria-hidden />}
      aria-label={`History of ${name} in the audit trail`}
      onClick={(event) => {
        event.preventDefault();
        navigate(to);
      }}
    >
      History
    </Button>
  );
}
