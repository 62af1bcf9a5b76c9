/** Where the organisation looked for the person's data, when, and what it found. */
import { Group, Textarea, TextInput } from '@mantine/core';
import type { RightsRequest } from '../../../../shared/domain';
import { DateField } from '../../../components/DateField';
import { rightsRequestKit as kit, type RightsRequestForm } from '../rights-request-fields';
import { ListRows } from './ListRows';

type Search = RightsRequest['searches'][number];

export function SearchesSection({ form, today }: { form: RightsRequestForm; today: string }) {
  return (
    <ListRows<Search>
      id="searches"
      title="Searches made"
      intro="The Data (Use and Access) Act 2025 asks for reasonable and proportionate searches: record each place you looked, so you can show what you did."
      path="searches"
      items={form.values.searches}
      legend={(index) => `Search ${index + 1}`}
      empty="No searches recorded yet."
      addLabel="Add a search"
      onAdd={() =>
        form.insertListItem('searches', {
          where: '',
          searchedOn: today,
          found: '',
        } satisfies Search)
      }
      onRemove={(index) => form.removeListItem('searches', index)}
      max={100}
      renderRow={(_, index) => (
        <>
          <Group align="flex-start" gap="md" wrap="wrap">
            <TextInput
              {...kit.fieldProps(form, `searches.${index}.where`)}
              placeholder="e.g. CRM, shared mailbox, paper files"
              required
              style={{ flex: 1, minWidth: 260 }}
            />
            <DateField {...kit.dateProps(form, `searches.${index}.searchedOn`)} w={200} />
          </Group>
          <Textarea
            {...kit.fieldProps(form, `searches.${index}.found`)}
            autosize
            minRows={1}
            maxRows={6}
          />
        </>
      )}
    />
  );
}
