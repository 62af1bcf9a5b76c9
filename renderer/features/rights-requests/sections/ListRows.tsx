/**
 * A form section holding a list whose rows a person adds and removes (a request's waits, its
 * searches): each row a fieldset named by its legend, a note while there are none, an add button.
 */
import { ActionIcon, Button, Fieldset, Group, Stack, Text } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { FormSection } from '../../../components/FormSection';

export interface ListRowsProps<Item> {
  id: string;
  title: string;
  intro?: ReactNode;
  /** The list's path in the form, for the error summary to focus. */
  path: string;
  items: readonly Item[];
  /** Each row's legend, e.g. "Wait 2". */
  legend: (index: number) => string;
  renderRow: (item: Item, index: number) => ReactNode;
  onRemove: (index: number) => void;
  empty: string;
  addLabel: string;
  onAdd: () => void;
  max: number;
}

export function ListRows<Item>(props: ListRowsProps<Item>) {
  const { items, legend } = props;
  return (
    <FormSection id={props.id} title={props.title} intro={props.intro}>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {props.empty}
        </Text>
      ) : null}
      <Stack gap="sm" data-path={props.path} tabIndex={-1}>
        {items.map((item, index) => (
          // Rows have no id of their own; removing one re-keys those after it, which is harmless
          // as every input is controlled by the form.
          <Fieldset key={index} legend={legend(index)} variant="filled" radius="md">
            <Group align="flex-start" gap="md" wrap="nowrap">
              <Stack gap="sm" style={{ flex: 1 }}>
                {props.renderRow(item, index)}
              </Stack>
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mt={22}
                aria-label={`Remove ${legend(index).toLowerCase()}`}
                onClick={() => props.onRemove(index)}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          </Fieldset>
        ))}
      </Stack>
      <Group>
        <Button
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={props.onAdd}
          disabled={items.length >= props.max}
        >
          {props.addLabel}
        </Button>
      </Group>
    </FormSection>
  );
}
