/** How long the data is kept and whether the policy is followed (ICO columns 10, 28–30). */
import { Group, Radio, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { FormSection } from '../../../components/FormSection';
import { activityKit as kit, type SectionProps } from '../activity-fields';

type Follows = 'yes' | 'no' | 'unknown';
const toChoice = (value: boolean | null): Follows =>
  value === null ? 'unknown' : value ? 'yes' : 'no';
const fromChoice = (choice: Follows): boolean | null =>
  choice === 'unknown' ? null : choice === 'yes';

export function RetentionSection({ form }: SectionProps) {
  const r = form.values.retention;
  return (
    <FormSection
      id="retention"
      title="Retention"
      intro="Keep data no longer than the purpose needs, and say why that long."
    >
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput {...kit.fieldProps(form, 'retention.period')} placeholder="e.g. 6 years" />
        <TextInput
          {...kit.fieldProps(form, 'retention.trigger')}
          placeholder="e.g. the end of the financial year"
        />
      </SimpleGrid>
      <Textarea {...kit.fieldProps(form, 'retention.justification')} autosize minRows={2} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput
          {...kit.fieldProps(form, 'retention.disposal')}
          placeholder="e.g. Deleted; paper shredded"
        />
        <TextInput
          {...kit.fieldProps(form, 'retention.policyDocument')}
          placeholder="Link or location"
        />
      </SimpleGrid>
      <Radio.Group
        {...kit.fieldText(form, 'retention.followsPolicy')}
        value={toChoice(r.followsPolicy)}
        onChange={(choice) => {
          if (choice === 'yes' || choice === 'no' || choice === 'unknown') {
            form.setFieldValue('retention.followsPolicy', fromChoice(choice));
          }
        }}
      >
        <Group mt="xs" gap="lg">
          <Radio value="yes" label="Yes" />
          <Radio value="no" label="No" />
          <Radio value="unknown" label="Not known yet" />
        </Group>
      </Radio.Group>
      {r.followsPolicy === false || r.notFollowingReason !== '' ? (
        <Textarea {...kit.fieldProps(form, 'retention.notFollowingReason')} autosize minRows={2} />
      ) : null}
    </FormSection>
  );
}
