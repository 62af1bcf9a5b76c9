/** How a report's PDF is named: organisation, report, what it is about, the day it was made. */
import { safeFileName } from '../../../shared/util/file-name';

export function reportFileName(parts: {
  organisationName: string | undefined;
  title: string;
  /** The LIA's title, the funder's name…; none for whole-register reports. */
  about?: string;
  /** YYYY-MM-DD */
  date: string;
}): string {
  const who = parts.organisationName?.trim() || 'Our organisation';
  const what = parts.about === undefined ? parts.title : `${parts.title} – ${parts.about}`;
  // A long name is shortened before the date, so the date always shows.
  return `${safeFileName(`${who} ${what}`, 110)} ${parts.date}.pdf`;
}
