/**
 * Where a record lives in the window, for links from findings, reviews and the audit trail. A
 * field path goes in the query (`?field=dataSubjects`): the record's screen moves the focus there.
 */
import type { RecordKind } from '../../shared/domain';
import { paths } from './paths';

const places: Record<RecordKind, (id: string) => string> = {
  organisation: () => paths.organisation,
  activity: paths.activity,
  thirdParty: paths.thirdParty,
  transfer: paths.transfer,
  lia: paths.lia,
  tra: paths.tra,
  // A notice is known by its audience's id, or 'all' for the notice covering every audience.
  notice: paths.notice,
  breach: paths.breach,
  rightsRequest: paths.rightsRequest,
  complaint: paths.complaint,
};

export function recordHref(kind: RecordKind, id: string, field: string | null = null): string {
  const place = places[kind](id);
  return field === null ? place : `${place}?field=${encodeURIComponent(field)}`;
}
