/** The audit trail's address, filtered to one record's history when given one. */
import type { AuditEntity } from '../../../shared/domain';
import { paths } from '../../navigation/paths';

export const trailHref = (entity?: AuditEntity, id?: string): string =>
  entity && id
    ? `${paths.auditTrail}?entity=${encodeURIComponent(entity)}&id=${encodeURIComponent(id)}`
    : paths.auditTrail;
