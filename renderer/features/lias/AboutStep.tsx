/** The first step: what the assessment is called, which activities it covers, and its path. */
import { MultiSelect, Radio, Stack, Text, TextInput } from '@mantine/core';
import type { Activity } from '../../../shared/domain';
import type { LiaPath } from '../../../shared/lia/rules';

export interface AboutStepProps {
  title: string;
  activityIds: string[];
  path: LiaPath;
  activities: readonly Activity[];
  /** Shown under the title after a save refused for want of one. */
  titleError: string | null;
  onTitle: (title: string) => void;
  onActivities: (ids: string[]) => void;
  onPath: (path: LiaPath) => void;
}

const reliesOnInterests = (activity: Activity) =>
  activity.lawfulBasis === 'legitimate-interests' ||
  activity.lawfulBasis === 'recognised-legitimate-interest';

/** Activities relying on legitimate interests first: they are the ones that need an LIA. */
function activityOptions(activities: readonly Activity[], chosen: readonly string[]) {
  const option = (activity: Activity) => ({ value: activity.id, label: activity.name });
  const byName = [...activities].sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  const relying = byName.filter(reliesOnInterests);
  const others = byName.filter((activity) => !reliesOnInterests(activity));
  const known = new Set(activities.map((activity) => activity.id));
  const missing = chosen.filter((id) => !known.has(id));
  return [
    { group: 'Relying on legitimate interests', items: relying.map(option) },
    { group: 'Other activities', items: others.map(option) },
    // Kept so a removed activity shows (and can be taken off) rather than vanishing unseen.
    ...(missing.length > 0
      ? [
          {
            group: 'No longer in the register',
            items: missing.map((id) => ({ value: id, label: `Deleted activity (${id})` })),
          },
        ]
      : []),
  ].filter((group) => group.items.length > 0);
}

export function AboutStep(props: AboutStepProps) {
  const { title, activityIds, path, activities, titleError } = props;
  return (
    <Stack gap="lg" maw={760}>
      <TextInput
        label="Title"
        description="A name to find it by, usually the activity or purpose it assesses."
        withAsterisk
        value={title}
        error={titleError}
        onChange={(event) => props.onTitle(event.currentTarget.value)}
        data-question="title"
        id="lia-title"
      />
      <MultiSelect
        label="Activities it covers"
        description="One assessment can cover several activities with the same purpose. Those relying on legitimate interests are listed first."
        placeholder={activityIds.length === 0 ? 'Choose activities' : undefined}
        data={activityOptions(activities, activityIds)}
        value={activityIds}
        onChange={props.onActivities}
        searchable
        selectFirstOptionOnChange
        nothingFoundMessage="No activity has that name"
        clearable
        data-question="activities"
      />
      <Radio.Group
        label="Which test applies?"
        description="Answers already given stay if you change the path, and come back if you change it back."
        value={path}
        onChange={(value) => props.onPath(value === 'recognised' ? 'recognised' : 'standard')}
      >
        <Stack gap="sm" mt="xs">
          <Radio
            value="standard"
            label="Legitimate interests — the ICO’s three-part test"
            description="Purpose, necessity and balancing tests, with a DPIA screening (Article 6(1)(f))."
          />
          <Radio
            value="recognised"
            label="Recognised legitimate interest — necessity test only"
            description="One of the five Annex 1 purposes set by the Data (Use and Access) Act 2025: no balancing test (Article 6(1)(ea))."
          />
        </Stack>
      </Radio.Group>
      <Text size="sm" c="dimmed">
        Required questions are marked with an asterisk. Save a draft at any step and come back to it
        later.
      </Text>
    </Stack>
  );
}
