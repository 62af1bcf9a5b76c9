/** The organisation's own complaints process, read-only above the log, with the way to edit it. */
import { Alert, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconPencil } from '@tabler/icons-react';
import type { Organisation } from '../../../shared/domain';
import { paths } from '../../navigation/paths';
import { GuardedLink } from '../third-parties/GuardedLink';

const editPath = `${paths.organisation}?field=complaints.process`;

function EditLink({ children }: { children: string }) {
  return (
    <GuardedLink
      to={editPath}
      size="sm"
      display="inline-flex"
      style={{ alignItems: 'center', gap: 4 }}
    >
      <IconPencil size={14} aria-hidden /> {children}
    </GuardedLink>
  );
}

export function ComplaintsProcess({ organisation }: { organisation: Organisation | null }) {
  const complaints = organisation?.complaints;
  if (!complaints || complaints.process.trim() === '') {
    return (
      <Alert
        color="yellow"
        variant="light"
        icon={<IconAlertTriangle size={20} aria-hidden />}
        title="No complaints process recorded"
      >
        <Stack gap={6}>
          <Text size="sm">
            From 19 June 2026 every organisation must make it easy to complain about its use of
            personal data, acknowledge each complaint within 30 days and tell the person the
            outcome. Your privacy notice says how to complain once the process is recorded.
          </Text>
          <div>
            <EditLink>Record it in the organisation profile</EditLink>
          </div>
        </Stack>
      </Alert>
    );
  }
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="process-heading">
      <Stack gap={6}>
        <Group justify="space-between" align="baseline" wrap="wrap">
          <Title order={3} size="h5" id="process-heading">
            Your complaints process
          </Title>
          <EditLink>Edit in the organisation profile</EditLink>
        </Group>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {complaints.process}
        </Text>
        <Text size="sm" c="dimmed">
          {complaints.contact ? `Complaints go to ${complaints.contact}. ` : ''}
          You acknowledge each within {complaints.acknowledgeWithinDays} days.
        </Text>
      </Stack>
    </Paper>
  );
}
