/**
 * The activities that share data with this third party. The link is stored on each activity
 * (its recipients), so the activity shows this third party and this page shows the activity.
 */
import { Badge, Group, List, MultiSelect, Text } from '@mantine/core';
import { useMemo } from 'react';
import { activityStatusLabels, type Activity } from '../../../../shared/domain';
import { paths } from '../../../navigation/paths';
import { FormSection } from '../../../components/FormSection';
import { GuardedLink } from '../GuardedLink';

/** A funder may back thousands of activities: the list shows the first of them. */
const SHOWN = 100;
const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });
const byName = (a: Activity, b: Activity) => collator.compare(a.name, b.name);

/** How an activity links to the third party: as a recipient, a funder or both. */
function LinkBadge({ children }: { children: string }) {
  return (
    <Badge
      component="span"
      size="xs"
      variant="outline"
      tt="none"
      color="gray"
      c="var(--mantine-color-text)"
    >
      {children}
    </Badge>
  );
}

export interface LinkedActivitiesSectionProps {
  /** The saved third party's id; null while it is new. */
  thirdPartyId: string | null;
  /** Activities linked to it now, as recipient or funder. */
  linked: readonly Activity[];
  /** Every activity, for the picker; undefined while loading. */
  activities: readonly Activity[] | undefined;
  /** The recipient links as edited here (saved with the third party). */
  recipientIds: string[];
  onRecipientIdsChange: (ids: string[]) => void;
}

export function LinkedActivitiesSection({
  thirdPartyId,
  linked,
  activities,
  recipientIds,
  onRecipientIdsChange,
}: LinkedActivitiesSectionProps) {
  const options = useMemo(
    () =>
      [...(activities ?? [])]
        .sort(byName)
        .map((a) => ({ value: a.id, label: a.name || 'Untitled activity' })),
    [activities],
  );
  const sorted = [...linked].sort(byName);

  return (
    <FormSection
      id="linked-activities"
      title="Linked activities"
      intro="Processing activities that send data to this third party or name it as a funder. Each activity lists its recipients, so a link made here shows there too."
    >
      {sorted.length === 0 ? (
        <Text size="sm" c="dimmed">
          {thirdPartyId
            ? 'No activity links to this third party yet.'
            : 'Links appear here once the third party is saved.'}
        </Text>
      ) : (
        <List size="sm" spacing={6} aria-label="Activities linked to this third party">
          {sorted.slice(0, SHOWN).map((activity) => (
            <List.Item key={activity.id}>
              <Group gap="xs" wrap="wrap">
                <GuardedLink to={paths.activity(activity.id)} size="sm">
                  {activity.name || 'Untitled activity'}
                </GuardedLink>
                {thirdPartyId && activity.recipientIds.includes(thirdPartyId) ? (
                  <LinkBadge>Recipient</LinkBadge>
                ) : null}
                {thirdPartyId && activity.funderIds.includes(thirdPartyId) ? (
                  <LinkBadge>Funder</LinkBadge>
                ) : null}
                <Text span size="xs" c="dimmed">
                  {activityStatusLabels[activity.status]}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {sorted.length > SHOWN ? (
        <Text size="sm" c="dimmed">
          …and {sorted.length - SHOWN} more. Search for one in the list below.
        </Text>
      ) : null}
      <MultiSelect
        label="Activities that share data with this third party"
        description="Choose every activity that sends it personal data. Saved with the third party. Funders are chosen on each activity."
        placeholder={options.length === 0 ? 'There are no activities yet' : 'Search activities'}
        data={options}
        value={recipientIds}
        onChange={onRecipientIdsChange}
        searchable
        hidePickedOptions
        // Only the first matches are drawn, so the picker stays quick with thousands of activities.
        limit={50}
        nothingFoundMessage="No activity by that name"
        disabled={activities === undefined}
        clearable
      />
    </FormSection>
  );
}
