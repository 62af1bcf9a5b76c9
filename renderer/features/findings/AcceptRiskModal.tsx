/**
 * "Accept as known risk…": why, who and until when. The finding then stops counting until the
 * expiry, when it counts again so that someone looks at it afresh.
 */
import { Button, Group, Modal, Paper, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { Finding } from '../../../shared/checks';
import { addMonths } from '../../../shared/reviews/months';
import { longDate } from '../../../shared/util/long-date';
import { DateField } from '../../components/DateField';
import { notifyFailure } from '../../components/notifyFailure';
import { AcceptRiskInputError, acceptRisk } from '../../db/repos/accepted-risks';

export interface AcceptRiskModalProps {
  /** The finding to accept; null while the modal is closed. */
  finding: Finding | null;
  today: string;
  /** Who is at the desk, suggested as the person accepting. */
  userName: string;
  onClose: () => void;
}

type Field = 'reason' | 'acceptedBy' | 'expiresOn';

export function AcceptRiskModal({ finding, today, userName, onClose }: AcceptRiskModalProps) {
  return (
    <Modal
      opened={finding !== null}
      onClose={onClose}
      title="Accept as a known risk"
      size="lg"
      closeButtonProps={{ 'aria-label': 'Close without accepting' }}
    >
      {finding ? (
        <AcceptForm finding={finding} today={today} userName={userName} onClose={onClose} />
      ) : null}
    </Modal>
  );
}

function AcceptForm({
  finding,
  today,
  userName,
  onClose,
}: Omit<AcceptRiskModalProps, 'finding'> & { finding: Finding }) {
  const [reason, setReason] = useState('');
  const [acceptedBy, setAcceptedBy] = useState(userName);
  const [expiresOn, setExpiresOn] = useState<string | null>(addMonths(today, 6));
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [saving, setSaving] = useState(false);

  const submit = async () => {
    setSaving(true);
    try {
      await acceptRisk({ finding, reason, acceptedBy, expiresOn: expiresOn ?? '' });
      notifications.show({
        title: 'Accepted as a known risk',
        message: `It no longer counts until ${longDate(expiresOn ?? '')}. Find it under “Show accepted risks” in the findings.`,
      });
      onClose();
    } catch (error) {
      if (error instanceof AcceptRiskInputError) {
        setErrors({ [error.field]: error.message });
        document.getElementById(`accept-${error.field}`)?.focus();
      } else {
        notifyFailure('The risk was not accepted. Try again; nothing has changed.', error);
      }
    } finally {
      setSaving(false);
    }
  };

  const preset = (months: number) => {
    setExpiresOn(addMonths(today, months));
    setErrors((current) => ({ ...current, expiresOn: undefined }));
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="md">
        <Paper withBorder radius="md" p="sm" bg="var(--mantine-color-default-hover)">
          <Text size="sm">{finding.message}</Text>
          <Text size="xs" c="dimmed" mt={4}>
            {finding.basis} · {finding.record.name}
          </Text>
        </Paper>
        <Text size="sm">
          Accepting a risk records that the organisation knows about it and has decided to live with
          it for now. The finding stops counting on the dashboard until the expiry, then counts
          again so that it is looked at afresh.
        </Text>
        <Textarea
          id="accept-reason"
          label="Why the organisation accepts it"
          description="What makes the risk acceptable for now, and what, if anything, is being done about it."
          required
          autosize
          minRows={3}
          maxLength={5000}
          value={reason}
          error={errors.reason}
          onChange={(event) => {
            setReason(event.currentTarget.value);
            setErrors((current) => ({ ...current, reason: undefined }));
          }}
          data-autofocus
        />
        <TextInput
          id="accept-acceptedBy"
          label="Accepted by"
          required
          maxLength={200}
          value={acceptedBy}
          error={errors.acceptedBy}
          onChange={(event) => {
            setAcceptedBy(event.currentTarget.value);
            setErrors((current) => ({ ...current, acceptedBy: undefined }));
          }}
        />
        <Group align="flex-end" gap="sm">
          <DateField
            id="accept-expiresOn"
            label="Counts again from"
            description="The day the acceptance ends."
            required
            clearable={false}
            value={expiresOn}
            error={errors.expiresOn}
            onChange={(value) => {
              setExpiresOn(value);
              setErrors((current) => ({ ...current, expiresOn: undefined }));
            }}
            w={200}
          />
          <Button variant="default" onClick={() => preset(6)}>
            In 6 months
          </Button>
          <Button variant="default" onClick={() => preset(12)}>
            In 12 months
          </Button>
        </Group>
        <Group justify="flex-end" mt="sm">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            type="submit"
            loading={saving}
            leftSection={<IconShieldCheck size={18} aria-hidden />}
          >
            Accept the risk
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
