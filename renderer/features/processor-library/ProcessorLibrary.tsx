/** Placeholder: filled in by the assessments work (issue 4). */
import { PageHeader } from '../../components/PageHeader';

export function ProcessorLibrary() {
  return <PageHeader title="Processor library" />;
}
