/** The welcome a person sees until they choose how to start: example, blank, or a register file. */
import {
  Alert,
  Box,
  Button,
  Container,
  Group,
  Image,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconAlertTriangle, IconFileImport, IconFilePlus, IconSparkles } from '@tabler/icons-react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { useLocation } from 'wouter';
import { emptyRegister } from '../../../shared/domain';
import { exampleRegisterWithNotices } from '../../../shared/example/konnect-notice';
import { errorMessage } from '../../components/notifyFailure';
import { readableAlert } from '../../components/readableAlert';
import { isRegisterEmpty, replaceRegister, snapshot } from '../../db/repos/register';
import { getSettings, updateSettings } from '../../db/repos/settings';
import { paths } from '../../navigation/paths';
import { applyImport, chooseRegisterFile } from '../register-file/registerFile';
import { StartChoice } from './StartChoice';
import { confirmReplacingRegister } from './confirmReplacingRegister';

type Choice = 'example' | 'blank' | 'file' | 'continue';

export function FirstRun() {
  const [, navigate] = useLocation();
  const [name, setName] = useState<string | null>(null);
  const [busy, setBusy] = useState<Choice | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  // Normally empty; after "Start again" or an interrupted first run it may hold a register.
  const existing = useLiveQuery(async () => ((await isRegisterEmpty()) ? null : snapshot()), []);
  // Until it is known whether a register is here, no choice may run: each would replace it.
  const looking = existing === undefined;

  useEffect(() => {
    void getSettings().then((settings) => setName((current) => current ?? settings.userName));
  }, []);

  const finish = async (to: string) => {
    navigate(to);
    await updateSettings({ userName: (name ?? '').trim(), onboarded: true });
  };

  /** Runs a choice, saving the name first so the audit trail records who made it. */
  const run = async (choice: Choice, job: () => Promise<void>) => {
    setBusy(choice);
    setProblem(null);
    try {
      await updateSettings({ userName: (name ?? '').trim() });
      await job();
    } catch (error) {
      setProblem(errorMessage(error));
    } finally {
      setBusy(null);
    }
  };

  const startWithExample = () =>
    run('example', async () => {
      if (!(await confirmReplacingRegister())) return;
      // A trail left by "Start again" is kept: the example is chained onto it, not put in its place.
      const { auditEvents } = await snapshot();
      const example = await exampleRegisterWithNotices(new Date().toISOString());
      await replaceRegister(
        { ...example, auditEvents: auditEvents.length > 0 ? auditEvents : example.auditEvents },
        'Started with the example organisation',
      );
      await finish(paths.dashboard);
    });

  const startBlank = () =>
    run('blank', async () => {
      if (!(await isRegisterEmpty())) {
        if (!(await confirmReplacingRegister())) return;
        const { auditEvents } = await snapshot();
        await replaceRegister({ ...emptyRegister(), auditEvents }, 'Started a blank register');
      }
      await finish(paths.organisation);
    });

  const openFile = () =>
    run('file', async () => {
      const file = await chooseRegisterFile();
      if (file.status === 'cancelled') return;
      if (file.status === 'failed') {
        setProblem(`${file.message} Nothing was changed.`);
        return;
      }
      if (!(await confirmReplacingRegister())) return;
      await applyImport(file);
      await finish(paths.dashboard);
    });

  return (
    <Box component="main" mih="100%" py={48} bg="var(--mantine-color-body)">
      <Container size="md">
        <Stack gap="xl">
          <Group gap="md" wrap="nowrap">
            <Image src="/favicon.png" alt="" w={48} h={48} />
            <Title order={1}>Welcome to Ropa Desk</Title>
          </Group>
          <Text size="lg" maw={680}>
            Ropa Desk keeps your organisation’s record of processing activities (UK GDPR Article
            30): what personal data you use and why, who you share it with, how long you keep it and
            where it goes abroad. Everything stays on this computer: nothing is sent anywhere.
          </Text>
          <TextInput
            label="Your name"
            description="Optional. It is recorded with every change you make, in the register’s audit trail."
            placeholder="For example, Sam Penrose"
            value={name ?? ''}
            onChange={(event) => setName(event.currentTarget.value)}
            maxLength={200}
            maw={420}
            autoComplete="name"
          />
          {problem ? (
            <Alert
              color="red"
              icon={<IconAlertTriangle aria-hidden />}
              title="That did not work"
              role="alert"
            >
              {problem}
            </Alert>
          ) : null}
          {existing ? (
            <Alert
              color="blue"
              title="There is already a register on this computer"
              variant="light"
              styles={readableAlert}
            >
              <Stack gap="xs" align="flex-start">
                <Text size="sm">
                  {existing.organisation?.name ?? 'It has no organisation profile'}:{' '}
                  {existing.activities.length} activities and {existing.thirdParties.length} third
                  parties. Any of the three choices replaces it, after saving a copy.
                </Text>
                <Button
                  variant="default"
                  loading={busy === 'continue'}
                  disabled={busy !== null && busy !== 'continue'}
                  onClick={() => void run('continue', () => finish(paths.dashboard))}
                >
                  Carry on with this register
                </Button>
              </Stack>
            </Alert>
          ) : null}
          <Stack gap="sm" aria-busy={looking}>
            <Group gap="sm">
              <Title order={2} size="h3">
                How would you like to start?
              </Title>
              {looking ? (
                <Group gap={6} role="status">
                  <Loader size="xs" aria-hidden />
                  <Text size="sm" c="dimmed">
                    Looking for a register on this computer…
                  </Text>
                </Group>
              ) : null}
            </Group>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              <StartChoice
                icon={<IconSparkles size={28} />}
                title="Start with the example organisation"
                description="Explore a complete register for Konnect Communities C.I.C., a small community interest company. Replace it with your own whenever you like."
                busy={busy === 'example'}
                disabled={looking || busy !== null}
                onClick={() => void startWithExample()}
              />
              <StartChoice
                icon={<IconFilePlus size={28} />}
                title="Start a blank register"
                description="Begin with your organisation’s profile, then add your processing activities and third parties."
                busy={busy === 'blank'}
                disabled={looking || busy !== null}
                onClick={() => void startBlank()}
              />
              <StartChoice
                icon={<IconFileImport size={28} />}
                title="Open a register file"
                description="Carry on from a Ropa Desk register file (.ropa.json) saved on this or another computer."
                busy={busy === 'file'}
                disabled={looking || busy !== null}
                onClick={() => void openFile()}
              />
            </SimpleGrid>
          </Stack>
        </Stack>
      </Container>
    </Box>
  );
}
