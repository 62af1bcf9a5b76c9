/** How a notice is named: in the address, on screen and in the names of exported files. */
import type { Organisation } from '../../../shared/domain';
import { safeFileName } from '../../../shared/util/file-name';

/** The address's word for the one notice covering every audience. */
export const ALL_AUDIENCES = 'all';

/** The audience id a notice's address names; null for the all-audiences notice. */
export const audienceIdOf = (param: string): string | null =>
  param === ALL_AUDIENCES ? null : param;

/** The address part for a notice (see paths.notice). */
export const audienceParam = (audienceId: string | null): string => audienceId ?? ALL_AUDIENCES;

/** The audience's name, or null for the all-audiences notice or an audience no longer there. */
export function audienceName(
  organisation: Organisation | null | undefined,
  audienceId: string | null,
): string | null {
  if (audienceId === null) return null;
  return organisation?.audiences.find((a) => a.id === audienceId)?.name ?? null;
}

/** "Privacy notice for all audiences", or "Privacy notice for Clients". */
export const noticeHeading = (audienceId: string | null, name: string | null): string =>
  audienceId === null
    ? 'Privacy notice for all audiences'
    : `Privacy notice for ${name ?? 'an audience'}`;

/**
 * "Konnect Communities C.I.C. privacy notice v2 2026-11-25.pdf"; an audience's notice names
 * it: "… privacy notice for Clients v2 …"; a draft says "draft".
 */
export function exportFileName(parts: {
  organisationName: string;
  audienceName: string | null;
  /** "v2", or "draft". */
  label: string;
  /** YYYY-MM-DD: the effective date of a version, today for a draft. */
  date: string;
  extension: string;
}): string {
  const who = parts.organisationName.trim() || 'Our organisation';
  const notice = parts.audienceName ? `privacy notice for ${parts.audienceName}` : 'privacy notice';
  // A long name is shortened before the version and date, so those always show.
  return `${safeFileName(`${who} ${notice}`, 100)} ${safeFileName(`${parts.label} ${parts.date}`)}.${parts.extension}`;
}
