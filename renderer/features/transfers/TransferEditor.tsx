/** Placeholder: filled in by the assessments work (issue 4). */
import { PageHeader } from '../../components/PageHeader';

export function TransferEditor({ id }: { id: string }) {
  return <PageHeader title={`Transfer ${id}`} />;
}
