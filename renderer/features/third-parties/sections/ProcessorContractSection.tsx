/** A processor's Article 28 contract: where it is, its dates, and the Article 28(3) terms in it. */
import { Alert } from '@mantine/core';
import { IconFileAlert } from '@tabler/icons-react';
import { FormSection } from '../../../components/FormSection';
import { readableAlert } from '../../../components/readableAlert';
import type { ThirdPartySectionProps } from '../third-party-fields';
import { Article28Checklist } from './Article28Checklist';
import { ContractFields } from './ContractFields';

/** Statuses that leave a processor without a contract it can work under. */
const withoutContract = ['missing', 'expired', 'not-needed'];

export function ProcessorContractSection({ form }: ThirdPartySectionProps) {
  const { kind, contract } = form.values;
  return (
    <FormSection
      id="contract"
      title="Contract (Article 28)"
      intro="A processor may only handle your data under a written contract with the Article 28(3) terms: often the provider’s data processing agreement or addendum."
    >
      {withoutContract.includes(contract.status) ? (
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
      <ContractFields
        form={form}
        referencePlaceholder="e.g. Data Processing Addendum, v3 2025"
        documentPlaceholder="e.g. https://example.com/legal/dpa or S:\Contracts\Mailchimp DPA.pdf"
      />
      <Article28Checklist form={form} />
    </FormSection>
  );
}
