/** The frame of the window: header with the organisation's name, sidebar of the register's areas. */
import {
  ActionIcon,
  AppShell,
  Group,
  Kbd,
  NavLink,
  ScrollArea,
  Text,
  Title,
  UnstyledButton,
  VisuallyHidden,
} from '@mantine/core';
import { spotlight } from '@mantine/spotlight';
import {
  IconAlertTriangle,
  IconBooks,
  IconBuilding,
  IconChecklist,
  IconLayoutDashboard,
  IconCalendarDue,
  IconHistory,
  IconFileText,
  IconLayoutSidebarLeftCollapse,
  IconLayoutSidebarLeftExpand,
  IconListDetails,
  IconMessageReport,
  IconReportAnalytics,
  IconScale,
  IconSearch,
  IconSettings,
  IconUserQuestion,
  IconUsersGroup,
  IconWorld,
} from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { ReactNode } from 'react';
import { useLocation } from 'wouter';
import { getOrganisation } from '../db/repos/organisation';
import { paths } from '../navigation/paths';
import { useGuardedNavigate } from '../navigation/useGuardedNavigate';
import { useUi } from '../store/ui';

interface Area {
  label: string;
  path: string;
  icon: typeof IconBooks;
}

/** The sidebar, in groups: what needs attention, the register itself, the logs, the rest. */
const groups: { title: string; areas: Area[] }[] = [
  {
    title: 'Overview',
    areas: [
      { label: 'Dashboard', path: paths.dashboard, icon: IconLayoutDashboard },
      { label: 'Findings', path: paths.findings, icon: IconChecklist },
      { label: 'Reviews due', path: paths.reviews, icon: IconCalendarDue },
      { label: 'Reports', path: paths.reports, icon: IconReportAnalytics },
    ],
  },
  {
    title: 'Register',
    areas: [
      { label: 'Processing activities', path: paths.activities, icon: IconListDetails },
      { label: 'Third parties', path: paths.thirdParties, icon: IconUsersGroup },
      { label: 'Legitimate interests', path: paths.lias, icon: IconScale },
      { label: 'Transfers abroad', path: paths.transfers, icon: IconWorld },
      { label: 'Privacy notices', path: paths.notices, icon: IconFileText },
    ],
  },
  {
    title: 'Logs',
    areas: [
      { label: 'Breach log', path: paths.breaches, icon: IconAlertTriangle },
      { label: 'Rights requests', path: paths.rightsRequests, icon: IconUserQuestion },
      { label: 'Complaints', path: paths.complaints, icon: IconMessageReport },
      { label: 'Audit trail', path: paths.auditTrail, icon: IconHistory },
    ],
  },
  {
    title: 'Organisation',
    areas: [
      { label: 'Organisation', path: paths.organisation, icon: IconBuilding },
      { label: 'Processor library', path: paths.processorLibrary, icon: IconBooks },
      { label: 'Settings', path: paths.settings, icon: IconSettings },
    ],
  },
];

export function AppLayout({ children }: { children: ReactNode }) {
  const navbarOpen = useUi((s) => s.navbarOpen);
  const toggleNavbar = useUi((s) => s.toggleNavbar);
  const organisation = useLiveQuery(getOrganisation);
  const [location] = useLocation();
  const navigate = useGuardedNavigate();
  const isMac = navigator.userAgent.includes('Mac');

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{
        width: 240,
        breakpoint: 'sm',
        collapsed: { mobile: !navbarOpen, desktop: !navbarOpen },
      }}
      padding="lg"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <ActionIcon
              variant="subtle"
              color="gray"
              onClick={toggleNavbar}
              aria-label={navbarOpen ? 'Hide the sidebar' : 'Show the sidebar'}
              aria-expanded={navbarOpen}
            >
              {navbarOpen ? (
                <IconLayoutSidebarLeftCollapse size={20} aria-hidden />
              ) : (
                <IconLayoutSidebarLeftExpand size={20} aria-hidden />
              )}
            </ActionIcon>
            <img src="/favicon.png" alt="" width={24} height={24} />
            <Text
              fw={700}
              c="light-dark(var(--mantine-color-teal-9), var(--mantine-color-teal-3))"
              visibleFrom="xs"
            >
              Ropa Desk
            </Text>
            <Text c="dimmed" aria-hidden visibleFrom="xs">
              ·
            </Text>
            <Title order={1} size="h5" fw={500} lineClamp={1} data-testid="organisation-name">
              {organisation?.name || 'No organisation yet'}
            </Title>
          </Group>
          <UnstyledButton onClick={() => spotlight.open()} title="Go to any record or action">
            <Group
              gap={6}
              px="sm"
              py={4}
              style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 8 }}
            >
              <IconSearch size={16} aria-hidden />
              <Text size="sm" c="dimmed">
                Go to…
              </Text>
              <Kbd size="xs">{isMac ? '⌘' : 'Ctrl'}</Kbd>
              <Kbd size="xs">K</Kbd>
            </Group>
          </UnstyledButton>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label="Register areas">
        <VisuallyHidden>
          <h2>Register areas</h2>
        </VisuallyHidden>
        <ScrollArea type="auto" offsetScrollbars>
          {groups
            .filter((group) => group.areas.length > 0)
            .map((group) => (
              <div key={group.title} role="group" aria-labelledby={`nav-${group.title}`}>
                <Text
                  id={`nav-${group.title}`}
                  size="xs"
                  fw={700}
                  tt="uppercase"
                  c="dimmed"
                  px="sm"
                  mt="sm"
                  mb={4}
                >
                  {group.title}
                </Text>
                {group.areas.map((area) => (
                  <NavLink
                    key={area.path}
                    href={`#${area.path}`}
                    label={area.label}
                    leftSection={<area.icon size={18} aria-hidden />}
                    active={location === area.path || location.startsWith(`${area.path}/`)}
                    aria-current={location === area.path ? 'page' : undefined}
                    onClick={(event) => {
                      event.preventDefault();
                      navigate(area.path);
                    }}
                  />
                ))}
              </div>
            ))}
        </ScrollArea>
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  );
}
