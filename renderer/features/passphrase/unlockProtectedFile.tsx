/**
 * Opening a protected file: asks for its passphrase (masked, with show/hide), tries it, and on a
 * wrong one says so and lets the person try again without choosing the file again. Any other
 * refusal (a damaged file, a newer format) ends the dialog with the module's message. The
 * passphrase is held only by this dialog while it is open.
 */
import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ProtectedFileError } from '../../../shared/register-file/encryption';
import {
  EmptyPassphraseError,
  WrongPassphraseError,
} from '../../../shared/register-file/encryption';
import { errorMessage } from '../../components/notifyFailure';

export type Unlocked<T> =
  { status: 'opened'; value: T } | { status: 'cancelled' } | { status: 'failed'; message: string };

interface FormProps<T> {
  fileName: string;
  open: (passphrase: string) => Promise<T>;
  onDone: (result: Unlocked<T>) => void;
}

/** A wrong or blank passphrase may be tried again; anything else ends the attempt. */
const mayRetry = (error: unknown): error is ProtectedFileError =>
  error instanceof WrongPassphraseError || error instanceof EmptyPassphraseError;

function PassphraseForm<T>({ fileName, open, onDone }: FormProps<T>) {
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
        <Text size="sm">
          “{fileName}” is protected with a passphrase. Enter it to open the file. Ropa Desk does not
          keep the passphrase.
        </Text>
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
            Cancel
          </Button>
          <Button type="submit" loading={busy}>
            Open
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Asks for `fileName`'s passphrase until `open` succeeds, the person cancels, or it cannot work. */
export function unlockProtectedFile<T>(
  fileName: string,
  open: (passphrase: string) => Promise<T>,
): Promise<Unlocked<T>> {
  return new Promise((resolve) => {
    const modalId = 'unlock-protected-file';
    let settled = false;
    const settle = (result: Unlocked<T>) => {
      if (settled) return;
      settled = true;
      resolve(result);
      modals.close(modalId);
    };
    modals.open({
      modalId,
      title: 'Enter the passphrase',
      size: 'md',
      closeButtonProps: { 'aria-label': 'Close without opening the file' },
      onClose: () => settle({ status: 'cancelled' }),
      children: <PassphraseForm fileName={fileName} open={open} onDone={settle} />,
    });
  });
}
