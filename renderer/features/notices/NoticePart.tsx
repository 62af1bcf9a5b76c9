/**
 * One part of a notice in the editor (the introduction or a section): as the reader sees it,
 * or in the organisation's own words, with a warning when those words predate a register change.
 */
import { Badge, Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconArrowBackUp, IconCheck, IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import type { NoticeBlock, NoticeWording } from '../../../shared/domain';
import { blocksToWording } from '../../../shared/notice';
import { NoticeBlocks } from './NoticeBlocks';
import { StaleWording } from './StaleWording';
import classes from './notices.module.css';

export interface NoticePartProps {
  /** 'introduction' or a section id: the element's id is `notice-part-${partId}`. */
  partId: string;
  /** The section's heading; null for the introduction, which has none. */
  title: string | null;
  /** What the app composes for this part from the register today. */
  composed: readonly NoticeBlock[];
  composedHash: string;
  wording: NoticeWording | null;
  stale: boolean;
  /** What the reader sees: the own wording's blocks, or the composed ones. */
  shown: readonly NoticeBlock[];
  editing: boolean;
  onEditingChange: (editing: boolean) => void;
  onWordingChange: (wording: NoticeWording | null) => void;
  /** Controls of this part's own, e.g. whether to name processors. */
  extra?: ReactNode;
}

export function NoticePart(props: NoticePartProps) {
  const { partId, title, composed, composedHash, wording, stale, editing } = props;
  const name = title ?? 'Introduction';
  const headingId = `notice-part-${partId}-heading`;

  const useOwn = () => {
    props.onWordingChange({ text: blocksToWording(composed), composedHash });
    props.onEditingChange(true);
  };
  const goBack = () => {
    const remove = () => {
      props.onWordingChange(null);
      props.onEditingChange(false);
    };
    // Only words the person changed can be lost: ask before removing those.
    if (!wording || wording.text === blocksToWording(composed)) return remove();
    modals.openConfirmModal({
      title: 'Go back to the composed text?',
      children: `Your own wording for “${name}” will be removed from the draft, and the notice will say what the app composes from the register. Copy your wording first if you may want it again.`,
      labels: { confirm: 'Remove my wording', cancel: 'Keep my wording' },
      confirmProps: { color: 'red' },
      onConfirm: remove,
    });
  };

  const controls = !wording ? (
    <Button
      variant="subtle"
      size="xs"
      leftSection={<IconPencil size={14} aria-hidden />}
      onClick={useOwn}
      aria-label={`Use our own wording for “${name}”`}
    >
      Use our own wording
    </Button>
  ) : (
    <>
      {editing ? (
        <Button
          variant="light"
          size="xs"
          leftSection={<IconCheck size={14} aria-hidden />}
          onClick={() => props.onEditingChange(false)}
          aria-label={`Done: show “${name}” as the reader sees it`}
        >
          Done
        </Button>
      ) : (
        <Button
          variant="subtle"
          size="xs"
          leftSection={<IconPencil size={14} aria-hidden />}
          onClick={() => props.onEditingChange(true)}
          aria-label={`Edit our wording for “${name}”`}
        >
          Edit our wording
        </Button>
      )}
      <Button
        variant="subtle"
        color="gray"
        size="xs"
        leftSection={<IconArrowBackUp size={14} aria-hidden />}
        onClick={goBack}
        aria-label={`Go back to the composed text for “${name}”`}
      >
        Go back to the composed text
      </Button>
    </>
  );

  return (
    <Stack
      gap="sm"
      component="section"
      id={`notice-part-${partId}`}
      tabIndex={-1}
      className={classes.section}
      aria-labelledby={headingId}
    >
      <Group justify="space-between" align="center" gap="xs" wrap="wrap">
        <Group gap="xs" align="center">
          {title ? (
            <Title order={4} id={headingId}>
              {title}
            </Title>
          ) : (
            <Text
              id={headingId}
              size="xs"
              fw={700}
              tt="uppercase"
              c="dimmed"
              style={{ letterSpacing: 0.5 }}
            >
              Introduction
            </Text>
          )}
          {wording ? (
            <Badge
              variant="light"
              color={stale ? 'yellow' : 'teal'}
              size="sm"
              style={{ color: 'var(--mantine-color-text)' }}
            >
              {stale ? 'Your wording: to check' : 'Your wording'}
            </Badge>
          ) : null}
        </Group>
        <Group gap={4} className="notice-part-controls">
          {props.extra}
          {controls}
        </Group>
      </Group>
      {wording && stale ? (
        <StaleWording
          name={name}
          wording={wording}
          composed={composed}
          onKeep={() => props.onWordingChange({ ...wording, composedHash })}
          onGoBack={goBack}
        />
      ) : null}
      {wording && editing ? (
        <Textarea
          label={`Your wording for “${name}”`}
          description="A blank line starts a new paragraph. Start a line with “- ” for a bullet point, or “## ” for a subheading."
          value={wording.text}
          onChange={(event) =>
            props.onWordingChange({ ...wording, text: event.currentTarget.value })
          }
          autosize
          minRows={6}
          maxRows={30}
          data-autofocus
          autoFocus
        />
      ) : (
        <NoticeBlocks blocks={props.shown} subheadingOrder={5} />
      )}
    </Stack>
  );
}
