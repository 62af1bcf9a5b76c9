/** Why the last save (or other action) failed, at the top of the editor, until dismissed. */
import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import type { SaveProblem } from './save-errors';

export function SaveErrorAlert({
  problem,
  onClose,
}: {
  problem: SaveProblem | null;
  onClose: () => void;
}) {
  const ref = useRef<HTMLDivElement>(null);
  // Save is pressed at the bottom of a long form; bring the message to where the person looks.
  useEffect(() => {
    if (problem) ref.current?.scrollIntoView({ block: 'center' });
  }, [problem]);
  if (!problem) return null;
  return (
    <Alert
      ref={ref}
      color="red"
      variant="light"
      icon={<IconAlertCircle aria-hidden />}
      title={problem.title}
      role="alert"
      withCloseButton
      closeButtonLabel="Dismiss this message"
      onClose={onClose}
    >
      {problem.message}
    </Alert>
  );
}
