/** Who receives the data abroad, and which activities it comes from. */
import { MultiSelect, Select, Text } from '@mantine/core';
import type { Activity, ThirdParty } from '../../../../shared/domain';
import { FormSection } from '../../../components/FormSection';
import { transferKit, type TransferForm } from '../transfer-fields';

export interface RecipientSectionProps {
  form: TransferForm;
  parties: readonly ThirdParty[] | undefined;
  activities: readonly Activity[] | undefined;
}

const byName = (a: { label: string }, b: { label: string }) =>
  a.label.localeCompare(b.label, 'en-GB');

export function RecipientSection({ form, parties, activities }: RecipientSectionProps) {
  const partyOptions = (parties ?? []).map((p) => ({ value: p.id, label: p.name })).sort(byName);
  const activityOptions = (activities ?? [])
    .map((a) => ({ value: a.id, label: a.name }))
    .sort(byName);
  return (
    <FormSection
      id="recipient"
      title="Recipient"
      intro="The third party outside the UK that receives the personal data, and the activities the data comes from."
    >
      <Select
        {...transferKit.fieldProps(form, 'thirdPartyId')}
        data={partyOptions}
        searchable
        placeholder={partyOptions.length ? 'Choose a third party' : undefined}
        nothingFoundMessage="No third party by that name"
        disabled={partyOptions.length === 0}
        allowDeselect={false}
        required
        maw={480}
      />
      {parties && partyOptions.length === 0 ? (
        <Text size="sm" c="dimmed">
          Add the recipient under Third parties first, then record the transfer to it.
        </Text>
      ) : null}
      <MultiSelect
        {...transferKit.fieldProps(form, 'activityIds')}
        data={activityOptions}
        searchable
        placeholder={activityOptions.length ? 'Choose activities' : undefined}
        nothingFoundMessage="No activity by that name"
        disabled={activityOptions.length === 0}
      />
    </FormSection>
  );
}
