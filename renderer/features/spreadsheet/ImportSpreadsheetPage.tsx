/**
 * Importing the ICO spreadsheet (or one close to it) in four steps: choose the file, match its
 * columns, check the preview, import. Nothing is written before the last step, which writes
 * everything in one transaction; leaving earlier with a file read asks first.
 */
import { Alert, Stack, Stepper } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { newId } from '../../../shared/domain';
import type {
  ImportLayout,
  ImportPlan,
  SpreadsheetText,
} from '../../../shared/spreadsheet/import/contract';
import { errorMessage } from '../../components/notifyFailure';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { useUnsavedChanges } from '../../components/useUnsavedChanges';
import { snapshot } from '../../db/repos/register';
import { importSpreadsheet, type SpreadsheetImportResult } from '../../db/repos/spreadsheet-import';
import { backupBefore } from '../backups/before';
import { ChooseFileStep } from './ChooseFileStep';
import { DoneStep } from './DoneStep';
import { MappingStep } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { useImportEngine, type ImportEngine } from './useImportEngine';

type Stage =
  | { step: 'choose' }
  | { step: 'map'; text: SpreadsheetText; layout: ImportLayout }
  | { step: 'preview'; text: SpreadsheetText; layout: ImportLayout; plan: ImportPlan }
  | { step: 'done'; text: SpreadsheetText; result: SpreadsheetImportResult };

/** Done is past the last step, so every step shows as completed. */
const stepIndex: Record<Stage['step'], number> = { choose: 0, map: 1, preview: 2, done: 4 };

export function ImportSpreadsheetPage() {
  const engine = useImportEngine();
  return (
    <>
      <PageHeader
        title="Import the ICO spreadsheet"
        description="Add processing activities from a spreadsheet laid out like the ICO’s documentation template, or close to it. You check everything before anything is added."
      />
      {engine.status === 'loading' ? (
        <PageLoader label="Loading the spreadsheet reader" />
      ) : engine.status === 'failed' ? (
        <Alert color="red" variant="light" icon={<IconAlertCircle size={20} aria-hidden />}>
          {engine.message}
        </Alert>
      ) : (
        <ImportSteps engine={engine.engine} />
      )}
    </>
  );
}

function ImportSteps({ engine }: { engine: ImportEngine }) {
  const [stage, setStage] = useState<Stage>({ step: 'choose' });
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const active = stepIndex[stage.step];
  useUnsavedChanges(
    'a spreadsheet import you have not confirmed',
    stage.step === 'map' || stage.step === 'preview',
  );

  const preview = async (text: SpreadsheetText, layout: ImportLayout) => {
    setBusy(true);
    setFailure(null);
    try {
      const register = await snapshot({ auditTrail: false });
      const plan = engine.planImport(text, layout, {
        register,
        now: new Date().toISOString(),
        newId,
      });
      setStage({ step: 'preview', text, layout, plan });
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const runImport = async () => {
    if (stage.step !== 'preview') return;
    setBusy(true);
    setFailure(null);
    try {
      const failed = await backupBefore('before-import');
      if (failed !== null) {
        setFailure(`${failed} Without a backup of your register, nothing was imported.`);
        return;
      }
      const result = await importSpreadsheet(stage.plan, stage.text.fileName);
      setStage({ step: 'done', text: stage.text, result });
    } catch (error) {
      setFailure(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  // Going back to an earlier step is allowed until the import is written.
  const onStepClick = (index: number) => {
    if (index >= active || stage.step === 'done' || busy) return;
    setFailure(null);
    if (index === 0) setStage({ step: 'choose' });
    else if (stage.step === 'preview') setStage({ ...stage, step: 'map' });
  };

  return (
    <Stack gap="lg">
      <Stepper active={active} onStepClick={onStepClick} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label="Choose a file" description=".xlsx or .csv" />
        <Stepper.Step label="Match the columns" description="Where each column goes" />
        <Stepper.Step label="Check the preview" description="Nothing written yet" />
        <Stepper.Step label="Import" description="One step, all or nothing" />
      </Stepper>
      {stage.step === 'choose' ? (
        <ChooseFileStep
          engine={engine}
          onRead={(text) => setStage({ step: 'map', text, layout: engine.detectLayout(text) })}
        />
      ) : stage.step === 'map' ? (
        <>
          <MappingStep
            engine={engine}
            text={stage.text}
            layout={stage.layout}
            onLayout={(layout) => setStage({ ...stage, layout })}
            onBack={() => setStage({ step: 'choose' })}
            onNext={() => void preview(stage.text, stage.layout)}
            busy={busy}
          />
          {failure ? (
            <Alert
              color="red"
              variant="light"
              title="The preview could not be prepared"
              role="alert"
            >
              {failure} Check the columns, or choose another file.
            </Alert>
          ) : null}
        </>
      ) : stage.step === 'preview' ? (
        <PreviewStep
          plan={stage.plan}
          fileName={stage.text.fileName}
          onCorrect={(readingId, value) =>
            setStage({ ...stage, plan: engine.correctReading(stage.plan, readingId, value) })
          }
          onBack={() => {
            setFailure(null);
            setStage({ step: 'map', text: stage.text, layout: stage.layout });
          }}
          onImport={() => void runImport()}
          importing={busy}
          failure={failure}
        />
      ) : (
        <DoneStep
          result={stage.result}
          fileName={stage.text.fileName}
          onAnother={() => setStage({ step: 'choose' })}
        />
      )}
    </Stack>
  );
}
