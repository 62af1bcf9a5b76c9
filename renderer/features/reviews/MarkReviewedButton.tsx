/** "Mark reviewed" for any record: opens the review form, or says why it cannot yet. */
import { Button, Tooltip, type ButtonProps } from '@mantine/core';
import { IconCalendarCheck } from '@tabler/icons-react';
import { useState } from 'react';
import type { Review, ReviewableKind } from '../../../shared/domain';
import { MarkReviewedDialog } from './MarkReviewedModal';

export interface MarkReviewedButtonProps {
  kind: ReviewableKind;
  /** The record's id; for a notice, its audience's id or 'all'. */
  id: string;
  name: string;
  /** Why the record cannot be marked reviewed now (e.g. unsaved changes); null when it can. */
  disabledReason?: string | null;
  onReviewed?: (review: Review) => void;
  size?: ButtonProps['size'];
  variant?: ButtonProps['variant'];
}

export function MarkReviewedButton({
  kind,
  id,
  name,
  disabledReason = null,
  onReviewed,
  size = 'sm',
  variant = 'default',
}: MarkReviewedButtonProps) {
  const [opened, setOpened] = useState(false);
  const button = (
    <Button
      type="button"
      size={size}
      variant={variant}
      leftSection={<IconCalendarCheck size={16} aria-hidden />}
      disabled={disabledReason !== null}
      onClick={() => setOpened(true)}
      // The visible words first, as speech users say them; then which record.
      aria-label={`Mark reviewed: ${name}`}
    >
      Mark reviewed
    </Button>
  );
  return (
    <>
      {disabledReason === null ? (
        button
      ) : (
        // A disabled button takes no pointer events: the wrapper carries the tooltip.
        <Tooltip label={disabledReason} multiline w={260}>
          <span tabIndex={0} aria-label={`Mark reviewed: ${disabledReason}`}>
            {button}
          </span>
        </Tooltip>
      )}
      <MarkReviewedDialog
        opened={opened}
        kind={kind}
        id={id}
        name={name}
        onClose={() => setOpened(false)}
        onReviewed={onReviewed}
      />
    </>
  );
}
