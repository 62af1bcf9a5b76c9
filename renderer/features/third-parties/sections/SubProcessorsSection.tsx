/** The organisations a processor engages to process our data, what they do and where. */
import { Group, MultiSelect, Paper, SimpleGrid, TextInput } from '@mantine/core';
import { countryOptions } from '../../../../shared/reference/countries';
import { RemoveRowButton, RepeatableRows } from '../../../components/RepeatableRows';
import type { ThirdPartySectionProps } from '../third-party-fields';

const countryData = countryOptions().map(({ code, name }) => ({ value: code, label: name }));

export function SubProcessorsSection({ form }: ThirdPartySectionProps) {
  const rows = form.values.subProcessors;
  return (
    <RepeatableRows
      form={form}
      path="subProcessors"
      id="sub-processors"
      title="Sub-processors"
      intro="Providers publish a list of the organisations they use to process your data. Record the ones that matter, with where they process it."
      items={rows}
      // Rows have no id of their own; the inputs are controlled, so the index is a stable key.
      itemKey={(_row, index) => String(index)}
      empty="No sub-processors recorded yet."
      gap="sm"
      addLabel="Add a sub-processor"
      onAdd={() => form.insertListItem('subProcessors', { name: '', service: '', countries: [] })}
      max={200}
      renderRow={(row, index) => {
        const name = row.name.trim() || `sub-processor ${index + 1}`;
        const path = `subProcessors.${index}`;
        return (
          <Paper withBorder p="sm" radius="sm" role="group" aria-label={`Sub-processor: ${name}`}>
            <Group align="flex-start" wrap="nowrap" gap="sm">
              <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm" style={{ flex: 1 }}>
                <TextInput
                  {...form.getInputProps(`${path}.name`)}
                  data-path={`${path}.name`}
                  label="Sub-processor"
                  placeholder="e.g. Amazon Web Services"
                  required
                />
                <TextInput
                  {...form.getInputProps(`${path}.service`)}
                  data-path={`${path}.service`}
                  label="What it does"
                  placeholder="e.g. Hosting"
                />
                <MultiSelect
                  {...form.getInputProps(`${path}.countries`)}
                  data-path={`${path}.countries`}
                  label="Where"
                  data={countryData}
                  searchable
                  hidePickedOptions
                  nothingFoundMessage="No country by that name"
                  placeholder={row.countries.length === 0 ? 'Choose countries' : undefined}
                />
              </SimpleGrid>
              <RemoveRowButton
                name={name}
                mt={24}
                onClick={() => form.removeListItem('subProcessors', index)}
              />
            </Group>
          </Paper>
        );
      }}
    />
  );
}
