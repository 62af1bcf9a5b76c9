/** A notice's blocks as a reader sees them: paragraphs, subheadings and bulleted lists. */
import { List, Text, Title, type TitleOrder } from '@mantine/core';
import type { NoticeBlock } from '../../../shared/domain';

export interface NoticeBlocksProps {
  blocks: readonly NoticeBlock[];
  /** The level of a subheading inside a section: one below the section's heading. */
  subheadingOrder: TitleOrder;
}

export function NoticeBlocks({ blocks, subheadingOrder }: NoticeBlocksProps) {
  if (blocks.length === 0) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        Nothing here: this part of the notice is empty.
      </Text>
    );
  }
  return (
    <>
      {blocks.map((block, index) => {
        switch (block.kind) {
          case 'paragraph':
            return (
              <Text key={index} style={{ whiteSpace: 'pre-line' }}>
                {block.text}
              </Text>
            );
          case 'subheading':
            return (
              <Title key={index} order={subheadingOrder} size="h6" mt="xs">
                {block.text}
              </Title>
            );
          case 'list':
            return (
              <List key={index} spacing={4} withPadding>
                {block.items.map((item, itemIndex) => (
                  <List.Item key={itemIndex}>{item}</List.Item>
                ))}
              </List>
            );
        }
      })}
    </>
  );
}
