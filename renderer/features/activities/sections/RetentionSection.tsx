/** How long the data is kept and whether the policy is followed (ICO columns 10, 28–30). */
import { Group, Radio, SimpleGrid, TextInput, Textarea } from '@mantine/core';
import { fieldProps, fieldText, FormSection, type SectionProps } from '../form-kit';

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
        <TextInput {...fieldProps(form, 'retention.period')} placeholder="e.g. 6 years" />
        <TextInput
          {...fieldProps(form, 'retention.trigger')}
          placeholder="e.g. the end of the financial year"
        />
      </SimpleGrid>
      <Textarea {...fieldProps(form, 'retention.justification')} autosize minRows={2} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <TextInput
          {...fieldProps(form, 'retention.disposal')}
          placeholder="e.g. Deleted; paper shredded"
        />
        <TextInput
          {...fieldProps(form, 'retention.policyDocument')}
          placeholder="Link or location"
        />
      </SimpleGrid>
      <Radio.Group
        {...fieldText(form, 'retention.followsPolicy')}
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
        <Textarea {...fieldProps(form, 'retention.notFollowingReason')} autosize minRows={2} />
      ) : null}
    </FormSection>
  );
}
