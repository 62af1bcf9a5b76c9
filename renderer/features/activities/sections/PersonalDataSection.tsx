/**
 * The data itself (ICO column 5), with the extra conditions special category and criminal
 * offence data need (columns 13 and 26). Those fields appear only once they are relevant,
 * or while they still hold a value, so nothing recorded is ever hidden.
 */
import {
  Checkbox,
  Select,
  SimpleGrid,
  Switch,
  TagsInput,
  TextInput,
  Textarea,
} from '@mantine/core';
import {
  art9NeedsSchedule1,
  specialCategories,
  specialCategoryLabels,
} from '../../../../shared/domain';
import { FormSection } from '../../../components/FormSection';
import { activityKit as kit, type SectionProps } from '../activity-fields';
import { art9Options, schedule1Groups } from '../options';

export function PersonalDataSection({ form }: SectionProps) {
  const v = form.values;
  const special = v.specialCategories.length > 0;
  const criminal = v.criminalOffenceData;
  const showArt9 = special || v.art9Condition !== null;
  const needsSchedule1 =
    (v.art9Condition !== null && art9NeedsSchedule1.has(v.art9Condition)) || criminal;
  const showSchedule1 = needsSchedule1 || v.schedule1Condition !== null;
  const showPolicy =
    v.schedule1Condition !== null || criminal || v.appropriatePolicyDocument !== '';
  const showAuthority = criminal || v.criminalDataAuthority !== '';

  return (
    <FormSection
      id="personal-data"
      title="Personal data"
      intro="The kinds of data held. Special category and criminal offence data need a further condition as well as a lawful basis."
    >
      <TagsInput
        {...kit.fieldProps(form, 'personalData')}
        splitChars={[]}
        placeholder="e.g. Name, Email address, Donation history"
      />
      <Checkbox.Group {...kit.fieldProps(form, 'specialCategories')}>
        <SimpleGrid cols={{ base: 1, sm: 2 }} mt="xs" spacing="xs">
          {specialCategories.map((category) => (
            <Checkbox key={category} value={category} label={specialCategoryLabels[category]} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
      <Switch {...kit.fieldProps(form, 'criminalOffenceData', { type: 'checkbox' })} />
      {showArt9 ? (
        <Select
          {...kit.fieldProps(form, 'art9Condition')}
          data={art9Options}
          clearable
          placeholder="Choose the Article 9(2) condition"
        />
      ) : null}
      {showSchedule1 ? (
        <Select
          {...kit.fieldProps(form, 'schedule1Condition')}
          data={schedule1Groups}
          searchable
          clearable
          placeholder={
            needsSchedule1 ? 'Needed for this condition: choose one' : 'Choose a condition'
          }
          nothingFoundMessage="No condition matches"
        />
      ) : null}
      {showPolicy ? (
        <TextInput
          {...kit.fieldProps(form, 'appropriatePolicyDocument')}
          placeholder="Where the appropriate policy document is kept"
        />
      ) : null}
      {showAuthority ? (
        <Textarea {...kit.fieldProps(form, 'criminalDataAuthority')} autosize minRows={2} />
      ) : null}
    </FormSection>
  );
}
