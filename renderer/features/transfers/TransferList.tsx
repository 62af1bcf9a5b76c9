/** Placeholder: filled in by the assessments work (issue 4). */
import { PageHeader } from '../../components/PageHeader';

export function TransferList() {
  return <PageHeader title="Transfers outside the UK" />;
}
