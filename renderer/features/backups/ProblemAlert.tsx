/** What went wrong with a backup action, said in red until dismissed. */
import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { readableAlert } from '../../components/readableAlert';

export function ProblemAlert({ problem, onDismiss }: { problem: string; onDismiss: () => void }) {
  return (
    <Alert
      color="red"
      variant="light"
      styles={readableAlert}
      icon={<IconAlertTriangle aria-hidden />}
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={onDismiss}
      role="alert"
    >
      {problem}
    </Alert>
  );
}
