/** The reports a person can make, in the order the Reports screen lists them, in their words. */
import {
  IconBuildingBank,
  IconClipboardList,
  IconClockHour4,
  IconFileCertificate,
  IconScale,
  IconUsersGroup,
  IconWorld,
} from '@tabler/icons-react';
import { reportTitles, type ReportKind } from '../../../shared/reports';

export interface ReportEntry {
  kind: ReportKind;
  title: string;
  /** What the report holds, in one sentence. */
  summary: string;
  /** Who it is usually for. */
  audience: string;
  icon: typeof IconScale;
  /** What must be chosen before it can be made. */
  needs: 'lia' | 'funder' | null;
}

const entries: Record<ReportKind, Omit<ReportEntry, 'kind' | 'title'>> = {
  funder: {
    summary:
      'For one funder, and one of its programmes if you wish: how the people it pays for are looked after, with a page to sign.',
    audience: 'A funder asking how you protect its participants’ data',
    icon: IconBuildingBank,
    needs: 'funder',
  },
  'audit-pack': {
    summary:
      'Everything the ICO asks to see, with contents: the checks’ findings, the Article 30 record, processors, transfers, assessments, retention, the notice and the audit trail.',
    audience: 'The ICO, before an audit or an inspection',
    icon: IconFileCertificate,
    needs: null,
  },
  ropa: {
    summary:
      'Every processing activity in the ICO template’s order and headings, with the controller, DPO and representative.',
    audience: 'The ICO, an auditor, your board',
    icon: IconClipboardList,
    needs: null,
  },
  'third-parties': {
    summary:
      'Each third party: what it does for you, where it handles data, its contract and due diligence.',
    audience: 'Due diligence, a funder, your board',
    icon: IconUsersGroup,
    needs: null,
  },
  transfers: {
    summary:
      'Each restricted transfer outside the UK: where to, the mechanism relied on and its risk assessment.',
    audience: 'The ICO, an auditor',
    icon: IconWorld,
    needs: null,
  },
  retention: {
    summary: 'How long each kind of record is kept, from when, why, and how it is disposed of.',
    audience: 'Staff, a funder, an auditor',
    icon: IconClockHour4,
    needs: null,
  },
  lia: {
    summary:
      'One legitimate interests assessment: the three-part test answer by answer, the decision and sign-off.',
    audience: 'The ICO, a person who objects',
    icon: IconScale,
    needs: 'lia',
  },
};

export const reportCatalogue: ReportEntry[] = (Object.keys(entries) as ReportKind[]).map(
  (kind) => ({ kind, title: reportTitles[kind], ...entries[kind] }),
);
