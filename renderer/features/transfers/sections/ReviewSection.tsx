/** Extra protections beyond the safeguard, and when the transfer will next be checked. */
import { Textarea } from '@mantine/core';
import { DateField } from '../../../components/DateField';
import { FormSection } from '../../../components/FormSection';
import { transferKit, type TransferForm } from '../transfer-fields';

export function ReviewSection({ form }: { form: TransferForm }) {
  return (
    <FormSection id="review" title="Protections and review">
      <Textarea
        {...transferKit.fieldProps(form, 'supplementaryMeasures')}
        autosize
        minRows={2}
        maxRows={8}
      />
      <DateField {...transferKit.dateProps(form, 'reviewDate')} maw={240} />
    </FormSection>
  );
}
