/**
 * Where the data goes and what makes it lawful, with what each destination needs beside them,
 * worked out live from today's date and the person's adequacy list.
 */
import { MultiSelect, Paper, Select, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import {
  art49ExceptionLabels,
  art49Exceptions,
  transferMechanismLabels,
  transferMechanisms,
  type Art49Exception,
  type TransferMechanism,
} from '../../../../shared/domain';
import type { AdequacyList } from '../../../../shared/reference/adequacy';
import { countryName, countryOptions } from '../../../../shared/reference/countries';
import { findAdequacy, type TransferRequirement } from '../../../../shared/transfers/requirements';
import { FormSection } from '../../../components/FormSection';
import { transferKit, type TransferForm } from '../transfer-fields';
import { CertificationQuestion } from './CertificationQuestion';
import { RequirementAlert } from './RequirementAlert';

// Sending data within the UK is not a restricted transfer, so the UK is not offered.
const countryData = countryOptions()
  .filter(({ code }) => code !== 'GB')
  .map(({ code, name }) => ({ value: code, label: name }));
const mechanismData = transferMechanisms.map((value) => ({
  value,
  label: transferMechanismLabels[value],
}));
const exceptionData = art49Exceptions.map((value) => ({
  value,
  label: art49ExceptionLabels[value],
}));

export interface DestinationsSectionProps {
  form: TransferForm;
  /** What each destination needs, in the order of the destinations. */
  requirements: readonly TransferRequirement[];
  adequacy: AdequacyList;
  on: string;
  /** The recipient's name, for the certification question. */
  recipient: string;
}

export function DestinationsSection(props: DestinationsSectionProps) {
  const { form } = props;
  const setMechanism = (value: string | null) => {
    form.setFieldValue('mechanism', value as TransferMechanism | null);
    // An exception is only named while one is relied on.
    if (value !== 'art49-exception') form.setFieldValue('art49Exception', null);
  };
  return (
    <FormSection
      id="destinations"
      title="Destinations and safeguard"
      intro="The countries the data goes to and what makes the transfer lawful. What each destination needs is worked out as you choose."
    >
      <MultiSelect
        {...transferKit.fieldProps(form, 'destinations')}
        data={countryData}
        searchable
        placeholder={form.values.destinations.length ? undefined : 'Choose countries'}
        nothingFoundMessage="No country by that name"
        required
      />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Select
          {...transferKit.fieldProps(form, 'mechanism')}
          onChange={setMechanism}
          data={mechanismData}
          placeholder="Not chosen yet"
          clearable
        />
        {form.values.mechanism === 'art49-exception' ? (
          <Select
            {...transferKit.fieldProps(form, 'art49Exception')}
            onChange={(value) =>
              form.setFieldValue('art49Exception', value as Art49Exception | null)
            }
            data={exceptionData}
            placeholder="Choose the exception"
            required
          />
        ) : null}
      </SimpleGrid>
      <WhatIsNeeded {...props} />
    </FormSection>
  );
}

function WhatIsNeeded({ form, requirements, adequacy, on, recipient }: DestinationsSectionProps) {
  if (requirements.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Choose a destination to see what the transfer needs.
      </Text>
    );
  }
  return (
    <Stack gap="sm" component="section" aria-labelledby="what-is-needed-heading">
      <Title order={4} size="h5" id="what-is-needed-heading">
        What is needed
      </Title>
      {requirements.map((requirement) => {
        const found = findAdequacy(requirement.destination, on, adequacy);
        const partial = found.found && found.entry.scope === 'partial' ? found.entry : null;
        const name = countryName(requirement.destination);
        return (
          <Paper
            key={requirement.destination}
            withBorder
            p="md"
            radius="md"
            component="section"
            aria-label={`What is needed for ${name}`}
          >
            <Stack gap="sm">
              <Text fw={600}>{name}</Text>
              {partial ? (
                <CertificationQuestion
                  entry={partial}
                  recipient={recipient}
                  value={form.values.recipientCertified}
                  onChange={(value) => form.setFieldValue('recipientCertified', value)}
                />
              ) : null}
              <RequirementAlert requirement={requirement} />
            </Stack>
          </Paper>
        );
      })}
    </Stack>
  );
}
