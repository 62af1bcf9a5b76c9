/** Placeholder: filled in by the assessments work (issue 4). */
import { PageHeader } from '../../components/PageHeader';

export function TraWizard({ id }: { id: string }) {
  return <PageHeader title={`Transfer risk assessment ${id}`} />;
}
