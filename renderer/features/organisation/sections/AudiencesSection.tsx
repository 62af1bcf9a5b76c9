/**
 * The audiences a privacy notice is written for (customers, clients, subscribers…). Activities
 * link to them by id, so an audience in use cannot be removed until no activity names it.
 */
import { Group, List, Paper, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { modals } from '@mantine/modals';
import { newId } from '../../../../shared/domain';
import { RemoveRowButton, RepeatableRows } from '../../../components/RepeatableRows';
import { listActivities } from '../../../db/repos/activities';
import type { OrganisationSectionProps } from '../organisation-fields';

export function AudiencesSection({ form }: OrganisationSectionProps) {
  const audiences = form.values.audiences;

  const remove = async (index: number) => {
    const audience = audiences[index];
    if (!audience) return;
    const users = (await listActivities()).filter((a) => a.audienceIds.includes(audience.id));
    if (users.length === 0) {
      form.removeListItem('audiences', index);
      return;
    }
    modals.open({
      title: `“${audience.name || 'This audience'}” is in use`,
      children: (
        <Stack gap="sm">
          <Text size="sm">
            {users.length === 1 ? 'One activity names' : `${users.length} activities name`} this
            audience. Remove it from {users.length === 1 ? 'that activity' : 'them'} first, or
            rename the audience instead.
          </Text>
          <List size="sm">
            {users.slice(0, 8).map((a) => (
              <List.Item key={a.id}>{a.name}</List.Item>
            ))}
          </List>
          {users.length > 8 ? <Text size="sm">…and {users.length - 8} more.</Text> : null}
        </Stack>
      ),
    });
  };

  return (
    <RepeatableRows
      form={form}
      path="audiences"
      id="audiences"
      title="Privacy notice audiences"
      intro="The groups of people you write a privacy notice for. Each activity says which of them it concerns."
      items={audiences}
      itemKey={(audience) => audience.id}
      empty="No audiences yet. Most organisations have two to five, such as customers, clients and newsletter subscribers."
      gap="sm"
      addLabel="Add an audience"
      onAdd={() => form.insertListItem('audiences', { id: newId(), name: '', description: '' })}
      max={50}
      renderRow={(audience, index) => {
        const name = audience.name.trim() || `audience ${index + 1}`;
        return (
          <Paper withBorder p="sm" radius="sm" role="group" aria-label={`Audience: ${name}`}>
            <Group align="flex-start" wrap="nowrap" gap="sm">
              <Stack gap="xs" style={{ flex: 1 }}>
                <TextInput
                  {...form.getInputProps(`audiences.${index}.name`)}
                  label="Audience"
                  placeholder="e.g. Newsletter subscribers"
                  required
                />
                <Textarea
                  {...form.getInputProps(`audiences.${index}.description`)}
                  autosize
                  minRows={1}
                  label="Who they are"
                  placeholder="e.g. People who signed up to our email list"
                />
              </Stack>
              <RemoveRowButton name={name} mt={24} onClick={() => void remove(index)} />
            </Group>
          </Paper>
        );
      }}
    />
  );
}
