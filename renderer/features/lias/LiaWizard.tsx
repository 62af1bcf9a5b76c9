/** Placeholder: filled in by the assessments work (issue 4). */
import { PageHeader } from '../../components/PageHeader';

export function LiaWizard({ id }: { id: string }) {
  return <PageHeader title={`Legitimate interests assessment ${id}`} />;
}
