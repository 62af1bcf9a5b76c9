/**
 * "Export with a passphrase…": asks for a new passphrase twice, with live feedback, and says
 * plainly that a forgotten passphrase cannot be recovered. The passphrase lives only in this
 * dialog's state and the promise's result; nothing keeps it.
 */
import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { MIN_PASSPHRASE_LENGTH } from '../../../shared/register-file/encryption';
import { readableAlert } from '../../components/readableAlert';
import { isAcceptable, newPassphraseProblems } from './new-passphrase';
import { askInModal } from './askInModal';

/** The dialog's words, for a passphrase that protects something other than one exported file. */
export interface NewPassphraseWording {
  title: string;
  intro: string;
  submit: string;
  close: string;
  /** Who is locked out when the passphrase is forgotten ("nobody can open the file"). */
  lostWarning: string;
}

const exportWording: NewPassphraseWording = {
  title: 'Protect the register file with a passphrase',
  intro: `Anyone who opens the file will need this passphrase. Use at least ${MIN_PASSPHRASE_LENGTH} characters: a few unrelated words are easy to remember and hard to guess.`,
  submit: 'Protect and export',
  close: 'Close without exporting',
  lostWarning:
    'If the passphrase is forgotten, nobody can open the file: not you, not Ropa Desk, not anyone else. There is no way to recover it. Write it down somewhere safe, away from the file.',
};

interface FormProps {
  wording: NewPassphraseWording;
  onChosen: (passphrase: string) => void;
  onCancel: () => void;
}

function NewPassphraseForm({ wording, onChosen, onCancel }: FormProps) {
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const problems = newPassphraseProblems(passphrase, repeat, submitted);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (isAcceptable(newPassphraseProblems(passphrase, repeat, true))) onChosen(passphrase);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{wording.intro}</Text>
        <PasswordInput
          label="Passphrase"
          autoComplete="new-password"
          data-autofocus
          value={passphrase}
          onChange={(event) => setPassphrase(event.currentTarget.value)}
          error={problems.passphrase}
          aria-invalid={problems.passphrase !== null}
          visibilityToggleButtonProps={{ 'aria-label': 'Show or hide the passphrase' }}
        />
        <PasswordInput
          label="Repeat the passphrase"
          autoComplete="new-password"
          value={repeat}
          onChange={(event) => setRepeat(event.currentTarget.value)}
          error={problems.repeat}
          aria-invalid={problems.repeat !== null}
          visibilityToggleButtonProps={{ 'aria-label': 'Show or hide the repeated passphrase' }}
        />
        <Alert
          color="orange"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title="Keep the passphrase safe"
          styles={readableAlert}
        >
          {wording.lostWarning}
        </Alert>
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
          <Button type="submit">{wording.submit}</Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Resolves the chosen passphrase, or null when the person cancels. */
export function askNewPassphrase(
  wording: NewPassphraseWording = exportWording,
): Promise<string | null> {
  return askInModal<string | null>({
    modalId: 'new-passphrase',
    title: wording.title,
    close: wording.close,
    cancelled: null,
    form: (settle) => (
      <NewPassphraseForm wording={wording} onChosen={settle} onCancel={() => settle(null)} />
    ),
  });
}
