/** Placeholder: filled in by the assessments work (issue 4). */
import { PageHeader } from '../../components/PageHeader';

export function LiaRevisionView({ id, revision }: { id: string; revision: number }) {
  return <PageHeader title={`LIA ${id} revision ${revision}`} />;
}
