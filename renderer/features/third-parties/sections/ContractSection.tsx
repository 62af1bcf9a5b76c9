/** The Article 28 contract, the checks made before choosing it, and when to look again. */
import { Alert, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { IconFileAlert } from '@tabler/icons-react';
import { contractStatuses, contractStatusLabels } from '../../../../shared/domain';
import { DateField } from '../../../components/DateField';
import { FormSection } from '../../../components/FormSection';
import { readableAlert } from '../../../components/readableAlert';
import {
  needsContract,
  thirdPartyKit as kit,
  type ThirdPartySectionProps,
} from '../third-party-fields';

const statusOptions = contractStatuses.map((value) => ({
  value,
  label: contractStatusLabels[value],
}));

export function ContractSection({ form }: ThirdPartySectionProps) {
  const { kind, contract } = form.values;
  const gap = needsContract(kind) && ['missing', 'expired', 'not-needed'].includes(contract.status);
  return (
    <FormSection
      id="contract"
      title="Contract and checks"
      intro="A processor may only handle your data under a written contract with the Article 28(3) terms: often the provider’s data processing agreement."
    >
      {gap ? (
        <Alert
          color="orange"
          variant="light"
          icon={<IconFileAlert aria-hidden />}
          styles={readableAlert}
          title="A processor needs a contract"
        >
          This third party is a {kind === 'processor' ? 'processor' : 'sub-processor'}, so an
          Article 28 contract must be in place. Find its data processing terms, accept or sign them,
          and record them here.
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Select
          {...kit.fieldProps(form, 'contract.status')}
          data={statusOptions}
          allowDeselect={false}
        />
        <TextInput
          {...kit.fieldProps(form, 'contract.reference')}
          placeholder="e.g. Data Processing Addendum, v3 2025"
        />
        <DateField {...kit.dateProps(form, 'contract.signedOn')} />
        <DateField {...kit.dateProps(form, 'contract.expiresOn')} />
      </SimpleGrid>
      <Textarea
        {...kit.fieldProps(form, 'dueDiligence.notes')}
        autosize
        minRows={3}
        placeholder="e.g. ISO 27001 certified; sub-processor list reviewed; no reported breaches"
      />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <DateField {...kit.dateProps(form, 'reviewDate')} />
      </SimpleGrid>
    </FormSection>
  );
}
