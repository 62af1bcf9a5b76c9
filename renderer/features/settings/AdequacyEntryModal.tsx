/** Adding or changing one adequacy entry, checked by the same rules the stored list must meet. */
import {
  Button,
  Group,
  Modal,
  SegmentedControl,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { adequacyEntrySchema, type AdequacyEntry } from '../../../shared/reference/adequacy';
import { countryName, countryOptions } from '../../../shared/reference/countries';
import { DateField } from '../../components/DateField';
import { zodValidate } from '../../components/zodValidate';

const countryData = countryOptions()
  .filter(({ code }) => code !== 'GB')
  .map(({ code, name }) => ({ value: code, label: name }));

const schemaErrors = zodValidate(adequacyEntrySchema);

/** An entry as typed: the country may not be chosen yet. */
export type AdequacyEntryDraft = Omit<AdequacyEntry, 'code'> & { code: string };

/** The schema's words, with plainer ones where they are written for developers. */
function validateEntry(values: AdequacyEntryDraft): Record<string, string> {
  const errors = schemaErrors(values);
  if (errors.code) errors.code = values.code ? errors.code : 'Choose the country';
  if (errors.from) errors.from = 'Enter the first day it applied, as DD/MM/YYYY';
  if (errors.until && !/after the start/.test(errors.until))
    errors.until = 'Enter a date as DD/MM/YYYY, or leave it empty';
  return errors;
}

export interface AdequacyEntryModalProps {
  /** The entry to change, or a blank one to add; null while closed. */
  entry: AdequacyEntryDraft | null;
  title: string;
  onClose: () => void;
  onSave: (entry: AdequacyEntry) => Promise<void>;
}

export function AdequacyEntryModal({ entry, title, onClose, onSave }: AdequacyEntryModalProps) {
  return (
    <Modal
      opened={entry !== null}
      onClose={onClose}
      title={title}
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close without saving' }}
    >
      {entry ? <EntryForm entry={entry} onClose={onClose} onSave={onSave} /> : null}
    </Modal>
  );
}

function EntryForm({
  entry,
  onClose,
  onSave,
}: Omit<AdequacyEntryModalProps, 'title'> & { entry: AdequacyEntryDraft }) {
  const form = useForm<AdequacyEntryDraft>({ initialValues: entry, validate: validateEntry });
  const submit = form.onSubmit(async (values) => {
    // Validation has passed, so parsing gives the entry with its country code typed.
    const scopeNote = values.scope === 'full' ? '' : values.scopeNote.trim();
    await onSave(adequacyEntrySchema.parse({ ...values, scopeNote }));
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Select
          label="Country"
          data={countryData}
          searchable
          required
          nothingFoundMessage="No country by that name"
          {...form.getInputProps('code')}
          onChange={(code) => {
            form.setFieldValue('code', code ?? '');
            form.setFieldValue('name', code ? countryName(code) : '');
          }}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="scope-label">
            Adequacy
          </Text>
          <SegmentedControl
            aria-labelledby="scope-label"
            data={[
              { value: 'full', label: 'Full' },
              { value: 'partial', label: 'Partial (some recipients only)' },
            ]}
            {...form.getInputProps('scope')}
          />
        </Stack>
        {form.values.scope === 'partial' ? (
          <TextInput
            label="Who it covers"
            description="For example: only organisations certified to the Data Privacy Framework with its UK Extension."
            required
            {...form.getInputProps('scopeNote')}
          />
        ) : null}
        <Group grow align="flex-start">
          <DateField
            label="Applies from"
            required
            value={form.values.from || null}
            onChange={(value) => form.setFieldValue('from', value ?? '')}
            error={form.errors.from}
          />
          <DateField
            label="Stopped applying on"
            description="Leave empty while it is in force."
            value={form.values.until}
            onChange={(value) => form.setFieldValue('until', value)}
            error={form.errors.until}
          />
        </Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit">Save entry</Button>
        </Group>
      </Stack>
    </form>
  );
}
