/**
 * Who receives the data (ICO columns 3 and 6) and the restricted transfers that name this
 * activity (column 8), which are kept in the transfers register and only shown here.
 */
import { Group, List, MultiSelect, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import {
  thirdPartyKindLabels,
  thirdPartyTypeLabels,
  transferMechanismLabels,
  type ThirdParty,
} from '../../../../shared/domain';
import { useTransfersFor } from '../useActivities';
import { FormSection } from '../../../components/FormSection';
import { activityKit as kit, type SectionProps } from '../activity-fields';
import { withUnknown } from '../options';

export interface RecipientsSectionProps extends SectionProps {
  thirdParties: ThirdParty[];
  /** False for an activity not saved yet: no transfer can name it. */
  saved: boolean;
}

export function RecipientsSection({ form, thirdParties, saved }: RecipientsSectionProps) {
  const byId = new Map(thirdParties.map((p) => [p.id, p]));
  const options = withUnknown(
    [...thirdParties]
      .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
      .map((p) => ({ value: p.id, label: p.name })),
    form.values.recipientIds,
    'Third party no longer in the register',
  );
  return (
    <FormSection
      id="recipients"
      title="Recipients"
      intro="Name the organisations that receive the data; describe the rest by category."
    >
      <MultiSelect
        {...kit.fieldProps(form, 'recipientIds')}
        data={options}
        searchable
        hidePickedOptions
        disabled={options.length === 0}
        placeholder={options.length ? 'Choose third parties' : undefined}
        nothingFoundMessage="No third party by that name"
        renderOption={({ option }) => {
          const party = byId.get(option.value);
          return (
            <Stack gap={0}>
              <Text size="sm">{option.label}</Text>
              {party ? (
                <Text size="xs" c="dimmed">
                  {thirdPartyTypeLabels[party.type]} · {thirdPartyKindLabels[party.kind]}
                </Text>
              ) : null}
            </Stack>
          );
        }}
      />
      {options.length === 0 ? (
        <Text size="xs" c="dimmed" mt={-8}>
          Add third parties under Third parties to name them here.
        </Text>
      ) : null}
      <TagsInput
        {...kit.fieldProps(form, 'recipientCategories')}
        splitChars={[]}
        placeholder="e.g. HMRC, Our bank"
      />
      <TextInput
        {...kit.fieldProps(form, 'jointController')}
        placeholder="Name and contact details, if you decide the purposes jointly with another organisation"
      />
      {saved ? (
        <TransferList activityId={form.values.id} byId={byId} />
      ) : (
        <Text size="sm" c="dimmed">
          Transfers abroad are linked to an activity from the transfers register once it is saved.
        </Text>
      )}
    </FormSection>
  );
}

function TransferList({ activityId, byId }: { activityId: string; byId: Map<string, ThirdParty> }) {
  const transfers = useTransfersFor(activityId);
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id="transfers-heading">
        Transfers outside the UK that name this activity
      </Text>
      {transfers === undefined ? null : transfers.length === 0 ? (
        <Text size="sm" c="dimmed">
          None. Transfers are recorded in the transfers register.
        </Text>
      ) : (
        <List size="sm" spacing={4} aria-labelledby="transfers-heading">
          {transfers.map((t) => (
            <List.Item key={t.id}>
              <Group gap={6}>
                <Text size="sm" fw={500}>
                  {byId.get(t.thirdPartyId)?.name ?? 'Unknown third party'}
                </Text>
                <Text size="sm">to {t.destinations.join(', ')}</Text>
                <Text size="sm" c="dimmed">
                  — {t.mechanism ? transferMechanismLabels[t.mechanism] : 'no safeguard recorded'}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}
