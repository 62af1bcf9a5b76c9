/**
 * "Publish version N": the effective date and the "what changed" note (prefilled from what
 * changed in substance since the last version), then the draft frozen as that version.
 */
import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import type { NoticeDraft, NoticeVersion, Register } from '../../../shared/domain';
import { describeChanges, noticeFacts } from '../../../shared/notice';
import { DateField } from '../../components/DateField';
import { notifyFailure } from '../../components/notifyFailure';
import { readableAlert } from '../../components/readableAlert';
import { publishNotice } from '../../db/repos/notices';

export interface PublishButtonProps {
  register: Register;
  draft: NoticeDraft;
  /** The draft has unsaved changes: they are saved first. */
  dirty: boolean;
  /** This notice's published versions, oldest first. */
  versions: readonly NoticeVersion[];
  /** Parts in the organisation's own wording written before the register changed. */
  staleCount: number;
  today: string;
  /** Saves the draft; false when it could not be saved (the failure is already shown). */
  onSave: () => Promise<boolean>;
  onPublished: (version: NoticeVersion) => void;
}

/** The note offered for a new version: each change of substance since the last, as a list. */
export function suggestedNote(
  register: Register,
  draft: NoticeDraft,
  last: NoticeVersion | undefined,
  today: string,
): string {
  if (!last) return 'The first published version of this notice.';
  const facts = noticeFacts(register, {
    audienceId: draft.audienceId,
    nameProcessors: draft.nameProcessors,
    lastUpdated: today,
  });
  const changes = describeChanges(last.facts, facts);
  if (changes.length === 0) return 'Clearer wording; no change to what we do with your data.';
  return changes.map((change) => `- ${change.sentence}`).join('\n');
}

export function PublishButton(props: PublishButtonProps) {
  const { register, draft, versions, today } = props;
  const number = (versions.at(-1)?.number ?? 0) + 1;
  const [opened, setOpened] = useState(false);
  const [effectiveDate, setEffectiveDate] = useState<string | null>(today);
  const [changeNote, setChangeNote] = useState('');
  const [dateError, setDateError] = useState<string | null>(null);
  const [publishing, setPublishing] = useState(false);

  const open = () => {
    setEffectiveDate(today);
    setChangeNote(suggestedNote(register, draft, versions.at(-1), today));
    setDateError(null);
    setOpened(true);
  };

  const publish = async () => {
    if (!effectiveDate) {
      setDateError('Enter the date this version takes effect, as DD/MM/YYYY.');
      return;
    }
    setPublishing(true);
    try {
      if (props.dirty && !(await props.onSave())) return;
      const version = await publishNotice(draft.audienceId, { effectiveDate, changeNote });
      setOpened(false);
      notifications.show({
        color: 'teal',
        message: `Version ${version.number} published. It will not change; publish again for later changes.`,
      });
      props.onPublished(version);
    } catch (failure) {
      notifyFailure(`Version ${number} was not published`, failure);
    } finally {
      setPublishing(false);
    }
  };

  return (
    <>
      <Button leftSection={<IconSend size={18} aria-hidden />} onClick={open}>
        Publish version {number}
      </Button>
      <Modal
        opened={opened}
        onClose={() => !publishing && setOpened(false)}
        title={`Publish version ${number}`}
        closeButtonProps={{ 'aria-label': 'Close without publishing' }}
        size="lg"
      >
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void publish();
          }}
        >
          <Stack gap="md">
            <Text size="sm">
              Publishing freezes the notice as it reads now, with the date it takes effect and a
              SHA-256 fingerprint. A published version is never changed: later changes go in a new
              version.
              {props.dirty ? ' Your unsaved changes to the draft are saved first.' : ''}
            </Text>
            {props.staleCount > 0 ? (
              <Alert
                color="red"
                variant="light"
                icon={<IconAlertTriangle size={20} aria-hidden />}
                title={`${props.staleCount} ${props.staleCount === 1 ? 'part' : 'parts'} in your own wording not checked`}
                styles={readableAlert}
              >
                They were written before the register changed and may no longer be true, so the
                notice cannot be published yet. Close this, and for each part marked “Your wording
                was written before the register changed” keep your wording or go back to the
                composed text.
              </Alert>
            ) : null}
            <DateField
              label="Effective date"
              description="The date the notice takes effect; it also says “Last updated” with this date."
              value={effectiveDate}
              onChange={(value) => {
                setEffectiveDate(value);
                if (value) setDateError(null);
              }}
              error={dateError}
              withAsterisk
              w={240}
              popoverProps={{ withinPortal: true }}
            />
            <Textarea
              label="What changed"
              description={
                versions.length > 0
                  ? `Prefilled with what changed in substance since version ${number - 1}. Edit it as you like: it is kept with the version, for your website’s “what changed” note.`
                  : 'Kept with the version, for your website’s “what changed” note.'
              }
              value={changeNote}
              onChange={(event) => setChangeNote(event.currentTarget.value)}
              autosize
              minRows={4}
              maxRows={14}
              maxLength={20_000}
            />
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={() => setOpened(false)} disabled={publishing}>
                Cancel
              </Button>
              <Button type="submit" loading={publishing} disabled={props.staleCount > 0}>
                Publish version {number}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
