/**
 * The agreement with a third party that is not our processor (a controller, a funder, a partner),
 * the checks made, and when to look again. Processors have ProcessorContractSection instead.
 */
import { SimpleGrid, Textarea } from '@mantine/core';
import type { ThirdPartyKind } from '../../../../shared/domain';
import { DateField } from '../../../components/DateField';
import { FormSection } from '../../../components/FormSection';
import { thirdPartyKit as kit, type ThirdPartySectionProps } from '../third-party-fields';
import { ContractFields } from './ContractFields';

const intros: Partial<Record<ThirdPartyKind, string>> = {
  'joint-controller':
    'Joint controllers must set out who does what in an arrangement (Article 26), and make its essence available to people.',
  'independent-controller':
    'A controller decides for itself how it uses the data, so it needs no Article 28 contract. A data sharing agreement is good practice (the ICO’s data sharing code): record it here.',
};

export function ContractSection({ form }: ThirdPartySectionProps) {
  return (
    <FormSection
      id="contract"
      title="Agreement and checks"
      intro={
        intros[form.values.kind] ??
        'Any agreement that covers the personal data you share with it, such as a data sharing agreement.'
      }
    >
      <ContractFields
        form={form}
        referencePlaceholder="e.g. Data sharing agreement, March 2026"
        documentPlaceholder="A file path or a link to the agreement"
      />
      <Textarea
        {...kit.fieldProps(form, 'dueDiligence.notes')}
        autosize
        minRows={3}
        placeholder="e.g. Its privacy notice covers the data we send; reviewed with the partnership agreement"
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <DateField {...kit.dateProps(form, 'reviewDate')} />
      </SimpleGrid>
    </FormSection>
  );
}
