/** Name, function, owner and status, and who the activity concerns (audiences, funders). */
import {
  Autocomplete,
  MultiSelect,
  Select,
  SimpleGrid,
  TagsInput,
  Text,
  TextInput,
  Textarea,
} from '@mantine/core';
import {
  activityStatuses,
  activityStatusLabels,
  type Organisation,
  type ThirdParty,
} from '../../../../shared/domain';
import { FormSection } from '../../../components/FormSection';
import { activityKit as kit, type SectionProps } from '../activity-fields';
import { optionsOf, withUnknown } from '../options';

export interface AboutSectionProps extends SectionProps {
  /** Business functions already in use, offered as suggestions. */
  functions: string[];
  organisation: Organisation | null;
  thirdParties: ThirdParty[];
}

export function AboutSection({ form, functions, organisation, thirdParties }: AboutSectionProps) {
  const audiences = organisation?.audiences ?? [];
  const audienceOptions = withUnknown(
    audiences.map((a) => ({ value: a.id, label: a.name })),
    form.values.audienceIds,
    'Audience no longer on the organisation profile',
  );
  const funderOptions = withUnknown(
    thirdParties.filter((p) => p.type === 'funder').map((p) => ({ value: p.id, label: p.name })),
    form.values.funderIds,
    'Third party no longer in the register',
  );
  return (
    <FormSection
      id="about"
      title="About"
      intro="What the activity is, who in the organisation owns it, and whose notice and funding it concerns."
    >
      <TextInput {...kit.fieldProps(form, 'name')} withAsterisk autoComplete="off" />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Autocomplete
          {...kit.fieldProps(form, 'businessFunction')}
          data={functions}
          placeholder="e.g. Fundraising, HR, Service delivery"
        />
        <TextInput {...kit.fieldProps(form, 'owner')} placeholder="Who answers for it" />
      </SimpleGrid>
      <Textarea {...kit.fieldProps(form, 'description')} autosize minRows={2} maxRows={10} />
      <Select
        {...kit.fieldProps(form, 'status')}
        data={optionsOf(activityStatuses, activityStatusLabels)}
        allowDeselect={false}
        maw={320}
      />
      <MultiSelect
        {...kit.fieldProps(form, 'audienceIds')}
        data={audienceOptions}
        searchable
        placeholder={audiences.length ? 'Choose audiences' : undefined}
        nothingFoundMessage="No audience by that name"
        disabled={audienceOptions.length === 0}
      />
      {audienceOptions.length === 0 ? (
        <HintText>Add notice audiences on the Organisation page to link them here.</HintText>
      ) : null}
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <MultiSelect
          {...kit.fieldProps(form, 'funderIds')}
          data={funderOptions}
          searchable
          disabled={funderOptions.length === 0}
          nothingFoundMessage="No funder by that name"
        />
        <TagsInput
          {...kit.fieldProps(form, 'programmes')}
          splitChars={[]}
          placeholder="Type a programme and press Enter"
        />
      </SimpleGrid>
      {funderOptions.length === 0 ? (
        <HintText>Funders are third parties of type Funder: add them under Third parties.</HintText>
      ) : null}
    </FormSection>
  );
}

function HintText({ children }: { children: string }) {
  return (
    <Text size="xs" c="dimmed" mt={-8}>
      {children}
    </Text>
  );
}
