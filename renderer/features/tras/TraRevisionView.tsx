/** Placeholder: filled in by the assessments work (issue 4). */
import { PageHeader } from '../../components/PageHeader';

export function TraRevisionView({ id, revision }: { id: string; revision: number }) {
  return <PageHeader title={`TRA ${id} revision ${revision}`} />;
}
