/**
 * Export a notice (a draft or a published version) as PDF, HTML, Markdown or plain text, or
 * print it. A PDF is made in the worker, with its progress shown and a way to cancel.
 */
import { Button, Group, Menu, Modal, Progress, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconChevronDown,
  IconDownload,
  IconFileText,
  IconFileTypeHtml,
  IconFileTypePdf,
  IconMarkdown,
  IconPrinter,
} from '@tabler/icons-react';
import { useRef, useState } from 'react';
import type { NoticeDocument } from '../../../shared/domain';
import {
  noticePdfDefinition,
  toHtml,
  toMarkdown,
  toPlainText,
} from '../../../shared/notice/render';
import { notifyFailure } from '../../components/notifyFailure';
import { isPdfCancelled, makePdf, type PdfProgress } from '../../pdf/makePdf';
import { printHtml, saveOutput } from '../../pdf/saveOutput';
import { exportFileName } from './notice-address';

export interface ExportMenuProps {
  document: NoticeDocument;
  organisationName: string;
  /** In the file name: "v2", or "draft". */
  label: string;
  /** In the file name: the effective date of a version, today for a draft. */
  date: string;
  /** Printed beside the date: "Version 2", or "Draft". */
  versionLabel: string;
  /** A published version's SHA-256, printed in the PDF. */
  hash?: string;
}

type TextFormat = 'html' | 'md' | 'txt';

const formatNames: Record<TextFormat | 'pdf', string> = {
  pdf: 'PDF',
  html: 'web page',
  md: 'Markdown file',
  txt: 'text file',
};

export function ExportMenu(props: ExportMenuProps) {
  const { document, versionLabel } = props;
  const [progress, setProgress] = useState<PdfProgress | null>(null);
  const controller = useRef<AbortController | null>(null);

  const fileName = (extension: string) =>
    exportFileName({
      organisationName: props.organisationName || document.organisationName,
      audienceName: document.audienceName,
      label: props.label,
      date: props.date,
      extension,
    });

  const save = async (format: TextFormat | 'pdf', data: Uint8Array<ArrayBuffer> | string) => {
    const result = await saveOutput(fileName(format), data);
    if (result.status === 'saved') {
      notifications.show({ color: 'teal', message: `Saved the ${formatNames[format]}.` });
    } else if (result.status === 'failed') {
      notifyFailure(`The ${formatNames[format]} was not saved`, new Error(result.message));
    }
  };

  const exportText = (format: TextFormat) => {
    const text =
      format === 'html'
        ? toHtml(document, { versionLabel })
        : format === 'md'
          ? toMarkdown(document, { versionLabel })
          : toPlainText(document, { versionLabel });
    save(format, text).catch((failure: unknown) =>
      notifyFailure(`The ${formatNames[format]} was not saved. Try again`, failure),
    );
  };

  const exportPdf = async () => {
    const abort = new AbortController();
    controller.current = abort;
    setProgress({ stage: 'started', fraction: 0 });
    try {
      const bytes = await makePdf(
        noticePdfDefinition(document, { versionLabel, hash: props.hash }),
        { onProgress: setProgress, signal: abort.signal },
      );
      setProgress(null);
      await save('pdf', bytes);
    } catch (failure) {
      if (!isPdfCancelled(failure)) notifyFailure('The PDF was not made', failure);
    } finally {
      controller.current = null;
      setProgress(null);
    }
  };

  const print = () => {
    printHtml(toHtml(document, { versionLabel })).catch((failure: unknown) =>
      notifyFailure('The notice was not printed', failure),
    );
  };

  const percent = progress ? Math.round(progress.fraction * 100) : 0;
  return (
    <>
      <Menu position="bottom-end" shadow="md" width={220}>
        <Menu.Target>
          <Button
            variant="default"
            leftSection={<IconDownload size={18} aria-hidden />}
            rightSection={<IconChevronDown size={16} aria-hidden />}
          >
            Export
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item
            leftSection={<IconFileTypePdf size={16} aria-hidden />}
            onClick={() => void exportPdf()}
          >
            PDF
          </Menu.Item>
          <Menu.Item
            leftSection={<IconFileTypeHtml size={16} aria-hidden />}
            onClick={() => exportText('html')}
          >
            Web page (HTML)
          </Menu.Item>
          <Menu.Item
            leftSection={<IconMarkdown size={16} aria-hidden />}
            onClick={() => exportText('md')}
          >
            Markdown
          </Menu.Item>
          <Menu.Item
            leftSection={<IconFileText size={16} aria-hidden />}
            onClick={() => exportText('txt')}
          >
            Plain text
          </Menu.Item>
          <Menu.Divider />
          <Menu.Item leftSection={<IconPrinter size={16} aria-hidden />} onClick={print}>
            Print…
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <Modal
        opened={progress !== null}
        onClose={() => controller.current?.abort()}
        title="Making the PDF"
        withCloseButton={false}
        closeOnClickOutside={false}
      >
        <Stack gap="sm">
          <Text size="sm">
            {progress?.stage === 'rendering'
              ? `Drawing the pages: ${percent}%`
              : 'Laying out the notice…'}
          </Text>
          <Progress
            value={progress?.stage === 'rendering' ? percent : 100}
            animated={progress?.stage !== 'rendering'}
            striped={progress?.stage !== 'rendering'}
            aria-label="Progress of the PDF"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={() => controller.current?.abort()}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}
