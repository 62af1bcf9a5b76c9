/** What the dashboard counts: records by kind, open log entries, and each notice's state. */
import type { Finding } from '../../../shared/checks';
import type { Register } from '../../../shared/domain';
import { latestVersions, noticeName } from '../../../shared/reviews/records';
import { paths } from '../../navigation/paths';

export interface Count {
  label: string;
  value: number;
  /** The list behind the number. */
  to: string;
  /** What the number counts, for a screen reader and a tooltip. */
  detail: string;
}

export function registerCounts(register: Register): Count[] {
  const inUse = register.activities.filter((a) => a.status !== 'retired').length;
  const open = <T extends { status: string }>(entries: readonly T[]) =>
    entries.filter((entry) => entry.status === 'open').length;
  return [
    {
      label: 'Activities',
      value: inUse,
      to: paths.activities,
      detail: 'Processing activities, active or draft (retired ones left out)',
    },
    {
      label: 'Third parties',
      value: register.thirdParties.length,
      to: paths.thirdParties,
      detail: 'Third parties that receive or process personal data',
    },
    {
      label: 'Transfers',
      value: register.transfers.length,
      to: paths.transfers,
      detail: 'Restricted transfers outside the UK',
    },
    {
      label: 'LIAs',
      value: register.lias.length,
      to: paths.lias,
      detail: 'Legitimate interests assessments',
    },
    {
      label: 'TRAs',
      value: register.tras.length,
      to: paths.transfers,
      detail: 'Transfer risk assessments, listed with their transfers',
    },
    {
      label: 'Open breaches',
      value: open(register.breaches),
      to: paths.breaches,
      detail: 'Personal data breaches still open in the breach log',
    },
    {
      label: 'Open rights requests',
      value: open(register.rightsRequests),
      to: paths.rightsRequests,
      detail: 'Rights requests not yet completed, refused or withdrawn',
    },
    {
      label: 'Open complaints',
      value: open(register.complaints),
      to: paths.complaints,
      detail: 'Complaints still open in the complaints log',
    },
  ];
}

export interface NoticeState {
  /** The audience's id, or 'all'. */
  key: string;
  name: string;
  version: number;
  effectiveDate: string;
  /** The open "out of date" finding, when the register has moved on since publication. */
  outOfDate: Finding | null;
}

/** Each published notice's latest version and whether it still matches the register. */
export function noticeStates(register: Register, open: readonly Finding[]): NoticeState[] {
  const stale = new Map(
    open
      .filter((f) => f.ruleId === 'notices.out-of-date' && f.record.kind === 'notice')
      .map((f) => [f.record.id, f]),
  );
  return [...latestVersions(register)]
    .map(([key, version]) => ({
      key,
      name: noticeName(register, version.audienceId),
      version: version.number,
      effectiveDate: version.effectiveDate,
      outOfDate: stale.get(key) ?? null,
    }))
    .sort((a, b) => (a.key === 'all' ? -1 : b.key === 'all' ? 1 : a.name.localeCompare(b.name)));
}
