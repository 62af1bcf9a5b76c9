/**
 * A completed LIA whose answers were drafted for the person (the example register's are written
 * from the privacy notice) says so until they have read it and confirm it as their own.
 */
import { Alert, Button, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconChecklist } from '@tabler/icons-react';
import { useState } from 'react';
import type { Lia } from '../../../shared/domain';
import { notifyFailure } from '../../components/notifyFailure';
import { readableAlert } from '../../components/readableAlert';
import { saveLia } from '../../db/repos/assessments';

export function ConfirmDraftedAnswers({ lia }: { lia: Lia }) {
  const [saving, setSaving] = useState(false);
  if (lia.toConfirm.length === 0) return null;

  const confirm = async () => {
    setSaving(true);
    try {
      await saveLia({ ...lia, toConfirm: [] });
      notifications.show({ message: `“${lia.title}” is confirmed as your own assessment.` });
    } catch (error) {
      notifyFailure('The assessment could not be marked confirmed. Try again.', error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Alert
      color="yellow"
      variant="light"
      styles={readableAlert}
      icon={<IconChecklist aria-hidden />}
      title="Answers to confirm"
    >
      <Text size="sm" mb="xs">
        These answers were drafted for you and may not match your own reasoning. Read each one: if
        they are right, confirm the assessment; if not, revise it and change what is wrong.
      </Text>
      <Button size="xs" variant="default" loading={saving} onClick={() => void confirm()}>
        Confirm these answers as ours
      </Button>
    </Alert>
  );
}
