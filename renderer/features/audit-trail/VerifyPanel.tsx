/** "Verify the trail": the chain re-computed with progress, and its verdict said prominently. */
import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { IconAlertOctagon, IconShieldCheck } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { ChainVerdict } from '../../../shared/audit/chain';
import { readableAlert } from '../../components/readableAlert';
import { notifyFailure } from '../../components/notifyFailure';
import { verifyTrail } from './verify-trail';

const count = (n: number) => n.toLocaleString('en-GB');

export function useVerify() {
  const [progress, setProgress] = useState<{ checked: number; total: number } | null>(null);
  const [verdict, setVerdict] = useState<(ChainVerdict & { at: Date }) | null>(null);
  const controller = useRef<AbortController | null>(null);

  const verify = async () => {
    const abort = new AbortController();
    controller.current = abort;
    setVerdict(null);
    setProgress({ checked: 0, total: 0 });
    try {
      const result = await verifyTrail(
        (checked, total) => setProgress({ checked, total }),
        abort.signal,
      );
      if (result) setVerdict({ ...result, at: new Date() });
    } catch (error) {
      notifyFailure('The trail could not be read to verify it. Try again.', error);
    } finally {
      controller.current = null;
      setProgress(null);
    }
  };
  const stop = () => controller.current?.abort();
  return { progress, verdict, verify, stop, clear: () => setVerdict(null) };
}

export type Verify = ReturnType<typeof useVerify>;

export interface VerifyPanelProps {
  verify: Verify;
  /** Opens the event a broken chain points at. */
  onShowEvent: (seq: number) => void;
}

export function VerifyPanel({ onShowEvent, verify }: VerifyPanelProps) {
  const { progress, verdict } = verify;
  if (progress) {
    const percent = progress.total > 0 ? (progress.checked / progress.total) * 100 : 0;
    return (
      <Stack gap={6} role="status" aria-live="polite">
        <Group justify="space-between">
          <Text size="sm">
            Verifying: {count(progress.checked)} of {count(progress.total)} events checked
          </Text>
          <Button size="compact-sm" variant="default" onClick={verify.stop}>
            Stop
          </Button>
        </Group>
        <Progress value={percent} aria-label="Progress of the verification" />
      </Stack>
    );
  }
  if (!verdict) return null;
  const when = verdict.at.toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit' });
  return verdict.ok ? (
    <Alert
      role="status"
      color="teal"
      variant="light"
      styles={readableAlert}
      icon={<IconShieldCheck aria-hidden />}
      title={
        verdict.count === 0
          ? 'There are no events to verify yet'
          : `All ${count(verdict.count)} events verified`
      }
      withCloseButton
      closeButtonLabel="Dismiss"
      onClose={verify.clear}
    >
      Every event’s hash was re-computed at {when} and each links to the one before it: nothing in
      the trail has been changed, removed or reordered since it was recorded.
    </Alert>
  ) : (
    <Alert
      role="alert"
      color="red"
      variant="filled"
      icon={<IconAlertOctagon aria-hidden />}
      title={`The trail is broken at event #${verdict.brokenAt}: ${verdict.reason.toLowerCase()}`}
    >
      <Stack gap="xs">
        <Text size="sm">
          Events from #{verdict.brokenAt} on can no longer be shown to be as they were recorded.
          Keep a copy of this register and of your backups as evidence, and find out who had access
          to this computer’s data. Restore an intact backup if you have one.
        </Text>
        <Group>
          <Button
            size="compact-sm"
            variant="white"
            color="red"
            onClick={() => onShowEvent(verdict.brokenAt)}
          >
            Show event #{verdict.brokenAt}
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
