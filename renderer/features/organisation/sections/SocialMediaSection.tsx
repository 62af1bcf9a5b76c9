/** The organisation's social media accounts: where a privacy notice may also need to be posted. */
import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { FormSection, isToConfirm } from '../form-kit';
import { organisationKit as kit, type OrganisationSectionProps } from '../organisation-fields';

export function SocialMediaSection({ form }: OrganisationSectionProps) {
  const rows = form.values.socialMedia;
  return (
    <FormSection
      id="social-media"
      title="Social media accounts"
      flagged={isToConfirm(form.values.toConfirm, 'socialMedia')}
      intro="Accounts people can follow or message you on. The platform is a joint controller for some of what it does with your followers’ data."
    >
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          No accounts recorded.
        </Text>
      ) : null}
      <Stack gap="xs" data-path="socialMedia" tabIndex={-1}>
        {rows.map((row, index) => {
          const name = row.platform.trim() || `account ${index + 1}`;
          return (
            <Group key={form.key(`socialMedia.${index}`)} align="flex-end" wrap="nowrap" gap="sm">
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
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mb={2}
                aria-label={`Remove ${name}`}
                onClick={() => form.removeListItem('socialMedia', index)}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          );
        })}
      </Stack>
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem('socialMedia', { platform: '', handle: '' })}
          disabled={rows.length >= 50}
        >
          Add an account
        </Button>
      </Group>
      {kit.fieldText(form, 'socialMedia').error ? (
        <Text size="sm" c="red.8">
          {kit.fieldText(form, 'socialMedia').error}
        </Text>
      ) : null}
    </FormSection>
  );
}
