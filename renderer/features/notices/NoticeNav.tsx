/** The two views of one notice, as tabs: the draft, and its published versions. */
import { Group, UnstyledButton } from '@mantine/core';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import classes from './NoticeNav.module.css';

export interface NoticeNavProps {
  /** The notice's address part (an audience id, or 'all'). */
  audience: string;
  current: 'draft' | 'versions';
  versionCount: number;
}

export function NoticeNav({ audience, current, versionCount }: NoticeNavProps) {
  const navigate = useGuardedNavigate();
  const links = [
    { key: 'draft', label: 'Draft', to: paths.notice(audience) },
    {
      key: 'versions',
      label: `Published versions (${versionCount})`,
      to: paths.noticeVersions(audience),
    },
  ] as const;
  return (
    <Group component="nav" aria-label="This notice" gap={0} className={classes.nav} mb="lg">
      {links.map((link) => (
        <UnstyledButton
          key={link.key}
          component="a"
          href={`#${link.to}`}
          className={classes.link}
          data-active={link.key === current || undefined}
          aria-current={link.key === current ? 'page' : undefined}
          onClick={(event) => {
            event.preventDefault();
            navigate(link.to);
          }}
        >
          {link.label}
        </UnstyledButton>
      ))}
    </Group>
  );
}
