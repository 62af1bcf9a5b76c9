/**
 * The page of one log entry (a breach, a rights request, a complaint): the link back to its log,
 * then the editor frame with Delete in the heading and the entry's clock first.
 */
import { Button } from '@mantine/core';
import { IconArrowLeft, IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { EditorFrame, type EditorFrameProps } from '../../components/RecordEditor';
import { GuardedLink } from '../third-parties/GuardedLink';

export interface LogEditorProps extends Omit<EditorFrameProps, 'actions' | 'lead'> {
  /** The log's list, for the link back to it. */
  back: { to: string; label: string };
  /** Offers Delete in the heading, before Save; a new entry has nothing to delete. */
  onDelete?: () => void;
  /** Shown first, above the sections: where the entry's clock stands. */
  status: ReactNode;
}

export function LogEditor({ back, onDelete, status, ...frame }: LogEditorProps) {
  return (
    <>
      <GuardedLink
        to={back.to}
        size="sm"
        mb="xs"
        display="inline-flex"
        style={{ alignItems: 'center', gap: 4 }}
      >
        <IconArrowLeft size={14} aria-hidden /> {back.label}
      </GuardedLink>
      <EditorFrame
        {...frame}
        lead={status}
        actions={
          onDelete ? (
            <Button
              variant="default"
              color="red"
              leftSection={<IconTrash size={18} aria-hidden />}
              onClick={onDelete}
            >
              Delete
            </Button>
          ) : null
        }
      />
    </>
  );
}
