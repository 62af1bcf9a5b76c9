/**
 * Restoring the event's record to how it was before or after the change: what will change is
 * shown and confirmed first; a refusal says why and what to do instead.
 */
import { Alert, Button, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconArrowBackUp } from '@tabler/icons-react';
import { useState } from 'react';
import { isRestorable, notRestorableReason } from '../../../shared/audit/restore';
import type { AuditEvent } from '../../../shared/domain';
import { errorMessage } from '../../components/notifyFailure';
import { readableAlert } from '../../components/readableAlert';
import { recordNames } from '../../db/repos/audit-trail';
import {
  planRestore,
  restoreFromEvent,
  type RestorePlan,
  type RestoreSide,
} from '../../db/repos/restore';
import { backupBefore } from '../backups/before';
import { ChangeTable } from './ChangeTable';
import { isIdPath } from './trail-labels';

const idsIn = (plan: RestorePlan): string[] =>
  plan.changes
    .filter((change) => isIdPath(change.path))
    .flatMap((change) => [change.before, change.after])
    .flatMap((value) =>
      Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : [],
    );

const label = (event: AuditEvent, side: RestoreSide): string =>
  side === 'before'
    ? event.before === null
      ? 'Remove this record, as before it was created'
      : 'Restore this record to how it was before this change'
    : event.after === null
      ? 'Remove this record again, as after this change'
      : 'Restore this record to how it was after this change';

export function RestoreActions({ event }: { event: AuditEvent }) {
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<RestoreSide | null>(null);

  if (!isRestorable(event.entity)) {
    return (
      <Text size="sm" c="dimmed">
        {notRestorableReason[event.entity]}
      </Text>
    );
  }

  const restore = async (plan: RestorePlan) => {
    try {
      const failed = await backupBefore('before-restore');
      if (failed !== null) {
        setProblem(`${failed} Without a backup of your register, nothing was restored.`);
        return;
      }
      await restoreFromEvent(plan.event.seq, plan.side);
      setProblem(null);
      notifications.show({
        closeButtonProps: { 'aria-label': 'Dismiss notification' },
        color: 'teal',
        title: 'Restored',
        message: `The ${plan.name} is back as it was ${plan.side} change #${plan.event.seq}. The restore is recorded in the trail.`,
      });
    } catch (error) {
      setProblem(errorMessage(error));
    }
  };

  const ask = async (side: RestoreSide) => {
    setBusy(side);
    setProblem(null);
    try {
      const plan = await planRestore(event.seq, side);
      const names = await recordNames(idsIn(plan));
      modals.openConfirmModal({
        title: plan.target ? `Restore the ${plan.name}?` : `Remove the ${plan.name}?`,
        size: 'xl',
        closeButtonProps: { 'aria-label': 'Close without restoring' },
        children: (
          <Stack gap="sm">
            <Text size="sm">
              {plan.target
                ? `It will be put back as it was ${side} change #${event.seq}. ${plan.changes.length === 1 ? 'This field changes' : `These ${plan.changes.length} fields change`}:`
                : `It will be taken out of the register, as it was ${side} change #${event.seq}.`}
            </Text>
            {plan.target ? (
              <ChangeTable
                entity={plan.kind}
                changes={plan.changes}
                names={names}
                label="What the restore changes"
                headings={['Now', 'Restored']}
              />
            ) : null}
            <Text size="sm" c="dimmed">
              The restore is itself recorded in the audit trail, so it can be undone the same way.
            </Text>
          </Stack>
        ),
        labels: { confirm: plan.target ? 'Restore' : 'Remove it', cancel: 'Cancel' },
        confirmProps: { color: plan.target ? undefined : 'red' },
        onConfirm: () => void restore(plan),
      });
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Stack gap="xs">
      {(['before', 'after'] as const).map((side) => (
        <Button
          key={side}
          variant="default"
          justify="flex-start"
          leftSection={<IconArrowBackUp size={16} aria-hidden />}
          loading={busy === side}
          onClick={() => void ask(side)}
        >
          {label(event, side)}…
        </Button>
      ))}
      {problem ? (
        <Alert
          color="orange"
          variant="light"
          styles={readableAlert}
          icon={<IconAlertTriangle aria-hidden />}
          title="Not restored"
          withCloseButton
          closeButtonLabel="Dismiss"
          onClose={() => setProblem(null)}
          role="alert"
        >
          {problem}
        </Alert>
      ) : null}
    </Stack>
  );
}
