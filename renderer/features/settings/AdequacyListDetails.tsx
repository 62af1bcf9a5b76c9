/** When the adequacy list was last checked against the ICO's guidance, and where it comes from. */
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconDeviceFloppy } from '@tabler/icons-react';
import { adequacyListSchema, type AdequacyList } from '../../../shared/reference/adequacy';
import { DateField } from '../../components/DateField';

interface Details {
  checkedOn: string | null;
  source: string;
}

const validate = (values: Details) => {
  const parsed = adequacyListSchema.pick({ checkedOn: true, source: true }).safeParse(values);
  if (parsed.success) return {};
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = String(issue.path[0]);
    errors[path] ??=
      path === 'checkedOn' ? 'Enter the day you checked it, as DD/MM/YYYY' : issue.message;
  }
  return errors;
};

export function AdequacyListDetails({
  list,
  onSave,
}: {
  list: AdequacyList;
  onSave: (details: { checkedOn: string; source: string }) => Promise<void>;
}) {
  const form = useForm<Details>({
    initialValues: { checkedOn: list.checkedOn, source: list.source },
    validate,
  });
  return (
    <form
      onSubmit={form.onSubmit(async (values) => {
        await onSave({ checkedOn: values.checkedOn ?? '', source: values.source.trim() });
        form.resetDirty();
      })}
      noValidate
    >
      <Stack gap="sm">
        <Group align="flex-start" gap="sm" wrap="wrap">
          <DateField
            label="Checked on"
            required
            w={200}
            value={form.values.checkedOn}
            onChange={(value) => form.setFieldValue('checkedOn', value)}
            error={form.errors.checkedOn}
          />
          <Textarea
            label="Source"
            autosize
            minRows={1}
            required
            style={{ flex: 1, minWidth: 280 }}
            {...form.getInputProps('source')}
          />
        </Group>
        <Group>
          <Button
            type="submit"
            variant="default"
            disabled={!form.isDirty()}
            leftSection={<IconDeviceFloppy size={16} aria-hidden />}
          >
            Save checked date and source
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
