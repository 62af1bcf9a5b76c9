/** What the editor's buttons do: save, duplicate, retire or reactivate, delete with undo. */
import { Button, Group, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useLocation } from 'wouter';
import type { Activity } from '../../../shared/domain';
import {
  deleteActivity,
  duplicateActivity,
  restoreActivity,
  saveActivity,
  setActivityStatus,
  type ActivityDeletion,
} from '../../db/repos/activities';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { useUi } from '../../store/ui';
import type { ActivityForm } from './activity-fields';
import { describeSaveError, type SaveProblem } from './save-errors';
import { invalidPathsInPageOrder } from './validation';

const dismissible = { closeButtonProps: { 'aria-label': 'Dismiss notification' } } as const;

const displayName = (activity: Activity) => `“${activity.name.trim() || 'Untitled activity'}”`;

export function useEditorActions(form: ActivityForm, isNew: boolean) {
  const [, navigate] = useLocation();
  const guardedNavigate = useGuardedNavigate();
  const [saving, setSaving] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<SaveProblem | null>(null);
  const [invalid, setInvalid] = useState<[string, string][]>([]);

  // Leaving on purpose (after a save or delete) must not ask about unsaved changes.
  const leave = (to: string) => {
    useUi.getState().setDirtyForm(null);
    navigate(to);
  };

  const showInvalid = (errors: Record<string, unknown>) => {
    const ordered = invalidPathsInPageOrder(errors);
    setInvalid(ordered.map((path) => [path, String(errors[path])]));
  };

  /** Validates and saves; the saved activity, or null when it was not saved. */
  const save = async (): Promise<Activity | null> => {
    const result = form.validate();
    if (result.hasErrors) {
      showInvalid(result.errors);
      return null;
    }
    setInvalid([]);
    setProblem(null);
    setSaving(true);
    try {
      const saved = await saveActivity(form.getValues());
      form.setValues(saved);
      form.resetDirty(saved);
      notifications.show({ message: `Saved ${displayName(saved)}`, color: 'teal', ...dismissible });
      if (isNew) leave(paths.activity(saved.id));
      return saved;
    } catch (error) {
      setProblem(describeSaveError(error));
      return null;
    } finally {
      setSaving(false);
    }
  };

  const run = async (job: () => Promise<void>) => {
    setBusy(true);
    setProblem(null);
    try {
      await job();
    } catch (error) {
      setProblem(describeSaveError(error));
    } finally {
      setBusy(false);
    }
  };

  const duplicateNow = () =>
    run(async () => {
      const copy = await duplicateActivity(form.getValues().id);
      notifications.show({ message: `Created ${displayName(copy)} as a draft`, ...dismissible });
      leave(paths.activity(copy.id));
    });

  const duplicate = () => {
    if (!form.isDirty()) {
      void duplicateNow();
      return;
    }
    // The copy is made from the saved record, so unsaved edits would silently be left out.
    modals.openConfirmModal({
      title: 'Save your changes first?',
      children: (
        <Text size="sm">
          The copy is made from the saved activity. Save your changes so the copy has them too.
        </Text>
      ),
      labels: { confirm: 'Save and duplicate', cancel: 'Keep editing' },
      onConfirm: () => {
        void save().then((saved) => (saved ? duplicateNow() : undefined));
      },
    });
  };

  const toggleStatus = () =>
    run(async () => {
      // From the saved status: that is what the button offers to change.
      const { id, status } = form.getInitialValues();
      const next = status === 'active' ? 'retired' : 'active';
      const saved = await setActivityStatus(id, next);
      // Only the status is saved: other unsaved edits stay pending, and stay marked as such.
      form.setInitialValues({
        ...form.getInitialValues(),
        status: saved.status,
        updatedAt: saved.updatedAt,
      });
      form.setFieldValue('status', saved.status);
      form.setFieldValue('updatedAt', saved.updatedAt);
      notifications.show({
        message: `${next === 'retired' ? 'Retired' : 'Made active'}: ${displayName(saved)}`,
        ...dismissible,
      });
    });

  const remove = () => {
    const activity = form.getInitialValues();
    modals.openConfirmModal({
      title: `Delete ${displayName(activity)}?`,
      children: (
        <Text size="sm">
          The activity leaves the register, and any transfer, legitimate interests assessment,
          breach record, rights request or complaint that names it is unlinked. The audit trail
          keeps a record of the deletion. You can undo it straight afterwards.
        </Text>
      ),
      labels: { confirm: 'Delete activity', cancel: 'Keep it' },
      confirmProps: { color: 'red.8' },
      onConfirm: () =>
        void run(async () => {
          const deletion = await deleteActivity(activity.id);
          leave(paths.activities);
          announceDeletion(deletion, guardedNavigate);
        }),
    });
  };

  return {
    saving,
    busy,
    problem,
    clearProblem: () => setProblem(null),
    invalid,
    save,
    duplicate,
    toggleStatus,
    remove,
  };
}

function announceDeletion(deletion: ActivityDeletion, navigate: (to: string) => void) {
  const id = `activity-deleted-${deletion.activity.id}`;
  const undo = () => {
    notifications.hide(id);
    restoreActivity(deletion).then(
      (restored) => {
        notifications.show({
          message: `Restored ${displayName(restored)}`,
          color: 'teal',
          ...dismissible,
        });
        navigate(paths.activity(restored.id));
      },
      (error: unknown) => {
        const { title, message } = describeSaveError(error);
        notifications.show({ title, message, color: 'red', autoClose: false, ...dismissible });
      },
    );
  };
  notifications.show({
    id,
    title: 'Activity deleted',
    autoClose: 12_000,
    ...dismissible,
    message: (
      <Group justify="space-between" gap="sm" wrap="nowrap">
        <Text size="sm" c="dimmed">
          {displayName(deletion.activity)} was deleted.
        </Text>
        <Button size="compact-sm" variant="default" onClick={undo} style={{ flexShrink: 0 }}>
          Undo
        </Button>
      </Group>
    ),
  });
}
