/** The organisation's social media accounts: where a privacy notice may also need to be posted. */
import { Group, TextInput } from '@mantine/core';
import { RemoveRowButton, RepeatableRows } from '../../../components/RepeatableRows';
import type { OrganisationSectionProps } from '../organisation-fields';

export function SocialMediaSection({ form }: OrganisationSectionProps) {
  return (
    <RepeatableRows
      form={form}
      path="socialMedia"
      id="social-media"
      title="Social media accounts"
      intro="Accounts people can follow or message you on. The platform is a joint controller for some of what it does with your followers’ data."
      items={form.values.socialMedia}
      itemKey={(_row, index) => form.key(`socialMedia.${index}`)}
      empty="No accounts recorded."
      gap="xs"
      addLabel="Add an account"
      onAdd={() => form.insertListItem('socialMedia', { platform: '', handle: '' })}
      max={50}
      renderRow={(row, index) => {
        const name = row.platform.trim() || `account ${index + 1}`;
        return (
          <Group align="flex-end" wrap="nowrap" gap="sm">
            <TextInput
              {...form.getInputProps(`socialMedia.${index}.platform`)}
              label={index === 0 ? 'Platform' : undefined}
              aria-label={index === 0 ? undefined : `Platform of ${name}`}
              placeholder="e.g. Instagram"
              style={{ flex: 1 }}
            />
            <TextInput
              {...form.getInputProps(`socialMedia.${index}.handle`)}
              label={index === 0 ? 'Account name or link' : undefined}
              aria-label={index === 0 ? undefined : `Account name or link on ${name}`}
              placeholder="e.g. @konnectcommunities"
              style={{ flex: 2 }}
            />
            <RemoveRowButton
              name={name}
              mb={2}
              onClick={() => form.removeListItem('socialMedia', index)}
            />
          </Group>
        );
      }}
    />
  );
}
