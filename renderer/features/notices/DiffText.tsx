/**
 * Word differences between two notices' text: added words underlined in green inside <ins>,
 * removed words struck through in red inside <del>, each also announced in words, so that
 * no difference is told by colour alone. Long unchanged stretches can be folded.
 */
import { Text, VisuallyHidden } from '@mantine/core';
import type { DiffPart } from '../../../shared/notice';
import classes from './notices.module.css';

/** Characters of unchanged text kept either side of a change when folded. */
const CONTEXT = 160;

export interface DiffTextProps {
  parts: readonly DiffPart[];
  /** Fold long unchanged stretches to their ends. */
  folded: boolean;
}

function foldedText(text: string, first: boolean, last: boolean): string | null {
  if (text.length <= CONTEXT * 2 + 80) return null;
  const head = first ? '' : text.slice(0, CONTEXT).replace(/\s+\S*$/, '');
  const tail = last ? '' : text.slice(-CONTEXT).replace(/^\S*\s+/, '');
  return `${head}${head ? ' ' : ''}\u2026${tail ? ' ' : ''}${tail}`;
}

export function DiffText({ parts, folded }: DiffTextProps) {
  if (parts.every((part) => part.kind === 'same')) {
    return (
      <Text size="sm" c="dimmed">
        No difference in the text.
      </Text>
    );
  }
  return (
    <div className={classes.diff} data-testid="text-diff">
      {parts.map((part, index) => {
        if (part.kind === 'added') {
          return (
            <ins key={index}>
              <VisuallyHidden>[added: </VisuallyHidden>
              {part.text}
              <VisuallyHidden>]</VisuallyHidden>
            </ins>
          );
        }
        if (part.kind === 'removed') {
          return (
            <del key={index}>
              <VisuallyHidden>[removed: </VisuallyHidden>
              {part.text}
              <VisuallyHidden>]</VisuallyHidden>
            </del>
          );
        }
        const short = folded
          ? foldedText(part.text, index === 0, index === parts.length - 1)
          : null;
        return short === null ? (
          <span key={index}>{part.text}</span>
        ) : (
          <Text key={index} span c="dimmed" inherit>
            {short}
          </Text>
        );
      })}
    </div>
  );
}
