/** Ctrl/Cmd+K: go anywhere, create, export or import, or open any record by name. */
import {
  Spotlight,
  type SpotlightActionData,
  type SpotlightActionGroupData,
} from '@mantine/spotlight';
import {
  IconAlertTriangle,
  IconBooks,
  IconBuilding,
  IconCalendarDue,
  IconChecklist,
  IconFileExport,
  IconFileImport,
  IconFileSpreadsheet,
  IconFileText,
  IconHistory,
  IconLayoutDashboard,
  IconListDetails,
  IconLock,
  IconReportAnalytics,
  IconMessageReport,
  IconPlus,
  IconScale,
  IconSearch,
  IconSettings,
  IconTableImport,
  IconTemplate,
  IconUser,
  IconUserQuestion,
  IconUsersGroup,
  IconWorld,
} from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import {
  activityStatusLabels,
  thirdPartyKindLabels,
  thirdPartyTypeLabels,
} from '../../../shared/domain';
import { activityTemplates } from '../../../shared/templates/activity-templates';
import { listActivities } from '../../db/repos/activities';
import { listLias } from '../../db/repos/assessments';
import { getSettings } from '../../db/repos/settings';
import { listThirdParties } from '../../db/repos/third-parties';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { useRegisterFileActions } from '../register-file/useRegisterFileActions';
import { useSpreadsheetExport } from '../spreadsheet/useSpreadsheetExport';
import { PALETTE_LIMIT, paletteFilter } from './palette-filter';

const icon = (Icon: typeof IconSearch) => <Icon size={20} stroke={1.5} aria-hidden />;

export function CommandPalette() {
  const navigate = useGuardedNavigate();
  const { exportFile, exportProtectedFile, importFile } = useRegisterFileActions();
  const { exportSpreadsheet } = useSpreadsheetExport();
  const [opened, setOpened] = useState(false);
  const settings = useLiveQuery(getSettings, []);
  // Records are read only while the palette is open, so a closed palette costs nothing.
  const activities = useLiveQuery(() => (opened ? listActivities() : []), [opened]);
  const parties = useLiveQuery(() => (opened ? listThirdParties() : []), [opened]);
  const lias = useLiveQuery(() => (opened ? listLias() : []), [opened]);

  const commands = useMemo((): Record<
    'goTo' | 'create' | 'templates' | 'registerFile',
    SpotlightActionGroupData
  > => {
    const go = (
      id: string,
      label: string,
      description: string,
      to: string,
      Icon: typeof IconSearch,
    ) => ({
      id,
      label,
      description,
      leftSection: icon(Icon),
      onClick: () => navigate(to),
    });
    return {
      goTo: {
        group: 'Go to',
        actions: [
          go(
            'go-dashboard',
            'Dashboard',
            'How the register stands: scores, findings, what falls due',
            paths.dashboard,
            IconLayoutDashboard,
          ),
          go(
            'go-findings',
            'Findings',
            'Everything the checks find, to fix or accept as a known risk',
            paths.findings,
            IconChecklist,
          ),
          go(
            'go-reviews',
            'Reviews due',
            'The review calendar: overdue reviews, contract renewals and the ICO registration',
            paths.reviews,
            IconCalendarDue,
          ),
          go(
            'go-reports',
            'Reports',
            'PDFs for a funder, the ICO or your files: the Article 30 record, registers, packs',
            paths.reports,
            IconReportAnalytics,
          ),
          go(
            'go-activities',
            'Processing activities',
            'The record of processing: every activity',
            paths.activities,
            IconListDetails,
          ),
          go(
            'go-third-parties',
            'Third parties',
            'Processors, partners, funders and platforms',
            paths.thirdParties,
            IconUsersGroup,
          ),
          go(
            'go-lias',
            'Legitimate interests',
            'Legitimate interests assessments: the ICO three-part test',
            paths.lias,
            IconScale,
          ),
          go(
            'go-transfers',
            'Transfers abroad',
            'Restricted transfers outside the UK and their risk assessments',
            paths.transfers,
            IconWorld,
          ),
          go(
            'go-notices',
            'Privacy notices',
            'Notices composed from the register, their checklist and published versions',
            paths.notices,
            IconFileText,
          ),
          go(
            'go-breaches',
            'Breach log',
            'Personal data breaches and their 72-hour clocks',
            paths.breaches,
            IconAlertTriangle,
          ),
          go(
            'go-rights-requests',
            'Rights requests',
            'The rights requests log: due dates, waits, searches and responses',
            paths.rightsRequests,
            IconUserQuestion,
          ),
          go(
            'go-complaints',
            'Complaints',
            'The complaints log and your complaints process',
            paths.complaints,
            IconMessageReport,
          ),
          {
            ...go(
              'go-audit-trail',
              'Audit trail',
              'Every change to the register: verify it, restore a record, export it as CSV',
              paths.auditTrail,
              IconHistory,
            ),
            keywords: ['go to audit trail', 'history', 'changes'],
          },
          go(
            'go-processor-library',
            'Processor library',
            'Common processors, ready to add with their usual transfers',
            paths.processorLibrary,
            IconBooks,
          ),
          go(
            'go-organisation',
            'Organisation',
            'Your organisation’s profile, DPO and complaints',
            paths.organisation,
            IconBuilding,
          ),
          go(
            'go-settings',
            'Settings',
            'Your name, the register file and where the data lives',
            paths.settings,
            IconSettings,
          ),
        ],
      },
      create: {
        group: 'Create',
        actions: [
          go(
            'new-activity',
            'New activity',
            'Add a processing activity from scratch',
            paths.newActivity,
            IconPlus,
          ),
          go(
            'new-third-party',
            'New third party',
            'Add a processor, partner, funder or platform',
            paths.newThirdParty,
            IconPlus,
          ),
          go(
            'new-lia',
            'New legitimate interests assessment',
            'Work through the ICO three-part test for an activity',
            paths.newLia(),
            IconPlus,
          ),
          go(
            'new-transfer',
            'New transfer',
            'Record personal data going outside the UK and its safeguard',
            paths.newTransfer(),
            IconPlus,
          ),
          go(
            'new-breach',
            'Record a breach',
            'Log a personal data breach and start its 72-hour clock for reporting to the ICO',
            paths.newBreach,
            IconPlus,
          ),
          go(
            'new-rights-request',
            'Log a rights request',
            'Record a request to access, correct, erase or move personal data, and its due date',
            paths.newRightsRequest,
            IconPlus,
          ),
          go(
            'new-complaint',
            'Log a complaint',
            'Record a complaint about your use of personal data, and when to acknowledge it',
            paths.newComplaint,
            IconPlus,
          ),
        ],
      },
      templates: {
        group: 'New activity from a template',
        actions: activityTemplates.map((template) => ({
          id: `template:${template.id}`,
          label: `New activity: ${template.name}`,
          description: template.summary,
          keywords: ['template', template.businessFunction],
          leftSection: icon(IconTemplate),
          onClick: () => navigate(paths.activityFromTemplate(template.id)),
        })),
      },
      registerFile: {
        group: 'Register file',
        actions: [
          {
            id: 'export',
            label: 'Export register file…',
            description:
              'Save the whole register as a .ropa.json file: a backup or a copy to share',
            keywords: ['backup', 'save', 'download'],
            leftSection: icon(IconFileExport),
            onClick: () => void exportFile(),
          },
          {
            id: 'export-protected',
            label: 'Export register file with a passphrase…',
            description: 'The same file, encrypted: it opens only with the passphrase you choose',
            keywords: ['encrypt', 'password', 'protect', 'secure', 'backup'],
            leftSection: icon(IconLock),
            onClick: () => void exportProtectedFile(),
          },
          {
            id: 'import',
            label: 'Import register file…',
            description: 'Replace this register with one from a file (a copy is saved first)',
            keywords: ['restore', 'open', 'load'],
            leftSection: icon(IconFileImport),
            onClick: () => void importFile(),
          },
          {
            id: 'export-ico-spreadsheet',
            label: 'Export ICO spreadsheet (.xlsx)…',
            description: 'The register as the ICO’s documentation template: one row per activity',
            keywords: ['excel', 'xlsx', 'ico', 'template', 'ropa', 'article 30'],
            leftSection: icon(IconFileSpreadsheet),
            onClick: () => void exportSpreadsheet(),
          },
          {
            id: 'import-ico-spreadsheet',
            label: 'Import ICO spreadsheet…',
            description: 'Add activities from an .xlsx or .csv laid out like the ICO’s template',
            keywords: ['excel', 'xlsx', 'csv', 'ico', 'template', 'ropa'],
            leftSection: icon(IconTableImport),
            onClick: () => navigate(paths.importSpreadsheet),
          },
        ],
      },
    };
  }, [navigate, exportFile, exportProtectedFile, importFile, exportSpreadsheet]);

  const records = useMemo((): SpotlightActionGroupData[] => {
    const activityActions: SpotlightActionData[] = (activities ?? []).map((activity) => ({
      id: `activity:${activity.id}`,
      label: activity.name || 'Untitled activity',
      description: [activity.businessFunction, activityStatusLabels[activity.status]]
        .filter(Boolean)
        .join(' · '),
      leftSection: icon(IconListDetails),
      onClick: () => navigate(paths.activity(activity.id)),
    }));
    const partyActions: SpotlightActionData[] = (parties ?? []).map((party) => ({
      id: `third-party:${party.id}`,
      label: party.name,
      description: `${thirdPartyKindLabels[party.kind]} · ${thirdPartyTypeLabels[party.type]}`,
      leftSection: icon(IconUser),
      onClick: () => navigate(paths.thirdParty(party.id)),
    }));
    const liaActions: SpotlightActionData[] = (lias ?? []).map((lia) => ({
      id: `lia:${lia.id}`,
      label: lia.title,
      description: `Legitimate interests assessment · ${lia.status === 'completed' ? 'Completed' : 'Draft'}`,
      leftSection: icon(IconScale),
      onClick: () => navigate(paths.lia(lia.id)),
    }));
    return [
      { group: 'Activities', actions: activityActions },
      { group: 'Third parties', actions: partyActions },
      { group: 'Legitimate interests assessments', actions: liaActions },
    ];
  }, [activities, parties, lias, navigate]);

  // Typed words find records before templates; with nothing typed only commands show.
  const actions = useMemo(
    () => [commands.goTo, commands.create, ...records, commands.registerFile, commands.templates],
    [commands, records],
  );

  return (
    <Spotlight
      actions={actions}
      filter={paletteFilter}
      limit={PALETTE_LIMIT}
      shortcut="mod + K"
      disabled={!settings?.onboarded}
      onSpotlightOpen={() => setOpened(true)}
      onSpotlightClose={() => setOpened(false)}
      nothingFound="Nothing found. Try fewer or other words."
      highlightQuery
      scrollable
      maxHeight={440}
      searchProps={{
        'aria-label': 'Go to, create or find a record',
        placeholder: 'Go to, create or find an activity, third party or assessment…',
        leftSection: <IconSearch size={18} stroke={1.5} aria-hidden />,
      }}
    />
  );
}
