/** The activities and third parties a breach involved, chosen by name, each a link to its record. */
import { MultiSelect, Text } from '@mantine/core';
import { Fragment } from 'react';
import type { Activity, ThirdParty } from '../../../../shared/domain';
import { FormSection } from '../../../components/FormSection';
import { paths } from '../../../navigation/paths';
import { GuardedLink } from '../../third-parties/GuardedLink';
import { breachKit as kit } from '../breach-fields';
import type { BreachForm } from '../breach-form';

interface Named {
  id: string;
  name: string;
}

const options = (records: readonly Named[], untitled: string) =>
  records
    .map((record) => ({ value: record.id, label: record.name || untitled }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB'));

function Chosen({
  ids,
  records,
  href,
  what,
}: {
  ids: readonly string[];
  records: readonly Named[];
  href: (id: string) => string;
  what: string;
}) {
  const byId = new Map(records.map((record) => [record.id, record]));
  const chosen = ids.flatMap((id) => byId.get(id) ?? []);
  if (chosen.length === 0) return null;
  return (
    <Text size="sm" mt={-8}>
      Open the {what}:{' '}
      {chosen.map((record, index) => (
        <Fragment key={record.id}>
          {index > 0 ? ', ' : null}
          <GuardedLink to={href(record.id)} size="sm">
            {record.name || 'Untitled'}
          </GuardedLink>
        </Fragment>
      ))}
    </Text>
  );
}

export interface LinksSectionProps {
  form: BreachForm;
  activities: readonly Activity[] | undefined;
  parties: readonly ThirdParty[] | undefined;
}

export function LinksSection({ form, activities = [], parties = [] }: LinksSectionProps) {
  const activityOptions = options(activities, 'Untitled activity');
  const partyOptions = options(parties, 'Untitled third party');
  return (
    <FormSection
      id="involved"
      title="Activities and third parties involved"
      intro="The processing activities whose data was affected, and any processor or other third party involved. It shows where else to look, and which records to review."
    >
      <MultiSelect
        {...kit.fieldProps(form, 'activityIds')}
        data={activityOptions}
        searchable
        placeholder={activityOptions.length ? 'Choose activities' : undefined}
        nothingFoundMessage="No activity by that name"
        disabled={activityOptions.length === 0}
      />
      <Chosen
        ids={form.values.activityIds}
        records={activities}
        href={paths.activity}
        what="activities"
      />
      <MultiSelect
        {...kit.fieldProps(form, 'thirdPartyIds')}
        data={partyOptions}
        searchable
        placeholder={partyOptions.length ? 'Choose third parties' : undefined}
        nothingFoundMessage="No third party by that name"
        disabled={partyOptions.length === 0}
      />
      <Chosen
        ids={form.values.thirdPartyIds}
        records={parties}
        href={paths.thirdParty}
        what="third parties"
      />
    </FormSection>
  );
}
