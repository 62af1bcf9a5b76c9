/** The waits for identity, clarification or a fee that stop the response clock. */
import { Group, Select } from '@mantine/core';
import type { RightsRequest } from '../../../../shared/domain';
import { DateField } from '../../../components/DateField';
import {
  pauseReasonOptions,
  rightsRequestKit as kit,
  type RightsRequestForm,
} from '../rights-request-fields';
import { ListRows } from './ListRows';

type Pause = RightsRequest['pauses'][number];

export function PausesSection({ form, today }: { form: RightsRequestForm; today: string }) {
  return (
    <ListRows<Pause>
      id="pauses"
      title="Waiting for information"
      intro="While you wait for proof of identity, for the person to clarify what they want, or for a fee (where one may be charged), the clock stops. Ask promptly: the days before you ask still count."
      path="pauses"
      items={form.values.pauses}
      legend={(index) => `Wait ${index + 1}`}
      empty="No waits: the clock has run since the day after the request arrived."
      addLabel="Add a wait"
      onAdd={() =>
        form.insertListItem('pauses', { reason: 'identity', from: today, to: null } satisfies Pause)
      }
      onRemove={(index) => form.removeListItem('pauses', index)}
      max={20}
      renderRow={(_, index) => (
        <Group align="flex-start" gap="md" wrap="wrap">
          <Select
            {...kit.fieldProps(form, `pauses.${index}.reason`)}
            data={pauseReasonOptions}
            allowDeselect={false}
            w={220}
          />
          <DateField {...kit.dateProps(form, `pauses.${index}.from`)} clearable={false} w={200} />
          <DateField {...kit.dateProps(form, `pauses.${index}.to`)} w={280} />
        </Group>
      )}
    />
  );
}
