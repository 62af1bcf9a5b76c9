/** The contract or agreement itself: status, reference, where it is kept, and its dates. */
import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { contractStatuses, contractStatusLabels } from '../../../../shared/domain';
import { DateField } from '../../../components/DateField';
import { thirdPartyKit as kit, type ThirdPartySectionProps } from '../third-party-fields';

const statusOptions = contractStatuses.map((value) => ({
  value,
  label: contractStatusLabels[value],
}));

export interface ContractFieldsProps extends ThirdPartySectionProps {
  /** Examples fitting the kind of agreement: a processor's DPA or a data sharing agreement. */
  referencePlaceholder: string;
  documentPlaceholder: string;
}

export function ContractFields({
  form,
  referencePlaceholder,
  documentPlaceholder,
}: ContractFieldsProps) {
  return (
    <>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Select
          {...kit.fieldProps(form, 'contract.status')}
          data={statusOptions}
          allowDeselect={false}
        />
        <TextInput
          {...kit.fieldProps(form, 'contract.reference')}
          placeholder={referencePlaceholder}
        />
      </SimpleGrid>
      <TextInput {...kit.fieldProps(form, 'contract.document')} placeholder={documentPlaceholder} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <DateField {...kit.dateProps(form, 'contract.signedOn')} />
        <DateField {...kit.dateProps(form, 'contract.expiresOn')} />
      </SimpleGrid>
    </>
  );
}
