/**
 * Opening a protected file: asks for its passphrase (masked, with show/hide), tries it, and on a
 * wrong one says so and lets the person try again without choosing the file again. Any other
 * refusal (a damaged file, a newer format) ends the dialog with the module's message. The
 * passphrase is held only by this dialog while it is open.
 */
import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { ProtectedFileError } from '../../../shared/register-file/encryption';
import {
  EmptyPassphraseError,
  WrongPassphraseError,
} from '../../../shared/register-file/encryption';
import { errorMessage } from '../../components/notifyFailure';
import { askInModal } from './askInModal';

export type Unlocked<T> =
  { status: 'opened'; value: T } | { status: 'cancelled' } | { status: 'failed'; message: string };

/** The dialog's words, for a passphrase asked for something other than opening one file. */
export interface UnlockWording {
  title: string;
  intro: ReactNode;
  submit: string;
  cancel: string;
  close: string;
}

const fileWording = (fileName: string): UnlockWording => ({
  title: 'Enter the passphrase',
  intro: `“${fileName}” is protected with a passphrase. Enter it to open the file. Ropa Desk does not keep the passphrase.`,
  submit: 'Open',
  cancel: 'Cancel',
  close: 'Close without opening the file',
});

interface FormProps<T> {
  wording: UnlockWording;
  open: (passphrase: string) => Promise<T>;
  onDone: (result: Unlocked<T>) => void;
}

/** A wrong or blank passphrase may be tried again; anything else ends the attempt. */
const mayRetry = (error: unknown): error is ProtectedFileError =>
  error instanceof WrongPassphraseError || error instanceof EmptyPassphraseError;

function PassphraseForm<T>({ wording, open, onDone }: FormProps<T>) {
  const [passphrase, setPassphrase] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const field = useRef<HTMLInputElement>(null);

  // The field was disabled while the passphrase was tried, which took focus away from it.
  useEffect(() => {
    if (problem !== null) field.current?.select();
  }, [problem]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setProblem(null);
    open(passphrase).then(
      (value) => onDone({ status: 'opened', value }),
      (error: unknown) => {
        setBusy(false);
        if (mayRetry(error)) setProblem(error.message);
        else onDone({ status: 'failed', message: errorMessage(error) });
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{wording.intro}</Text>
        <PasswordInput
          label="Passphrase"
          autoComplete="current-password"
          ref={field}
          data-autofocus
          value={passphrase}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
          error={problem}
          aria-invalid={problem !== null}
          disabled={busy}
          visibilityToggleButtonProps={{ 'aria-label': 'Show or hide the passphrase' }}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => onDone({ status: 'cancelled' })}>
            {wording.cancel}
          </Button>
          <Button type="submit" loading={busy}>
            {wording.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * Asks for `fileName`'s passphrase until `open` succeeds, the person cancels, or it cannot work;
 * `wording` replaces the file's words when the passphrase is asked for something else.
 */
export function unlockProtectedFile<T>(
  fileName: string,
  open: (passphrase: string) => Promise<T>,
  wording: UnlockWording = fileWording(fileName),
): Promise<Unlocked<T>> {
  return askInModal<Unlocked<T>>({
    modalId: 'unlock-protected-file',
    title: wording.title,
    close: wording.close,
    cancelled: { status: 'cancelled' },
    form: (settle) => <PassphraseForm wording={wording} open={open} onDone={settle} />,
  });
}
