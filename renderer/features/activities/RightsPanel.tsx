/** The rights people have over the activity, which follow from its lawful basis (ICO column 16). */
import { Alert, Badge, Group, List, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconInfoCircle, IconX } from '@tabler/icons-react';
import type { LawfulBasis } from '../../../shared/domain';
import { lawfulBasisLabels } from '../../../shared/domain';
import { deriveRights, type RightAvailability } from '../../../shared/rights/derive';
import { FormSection } from '../../components/FormSection';

const look: Record<RightAvailability, { text: string; color: string; icon: typeof IconCheck }> = {
  yes: { text: 'Yes', color: 'teal', icon: IconCheck },
  limited: { text: 'Limited', color: 'orange', icon: IconAlertTriangle },
  no: { text: 'No', color: 'gray', icon: IconX },
};

/** "Of access" reads as "Right of access"; the automated-decisions entry is several rights. */
const rightName = (right: string, label: string): string =>
  `${right === 'automated-decisions' ? 'Rights' : 'Right'} ${label.charAt(0).toLowerCase()}${label.slice(1)}`;

export interface RightsPanelProps {
  lawfulBasis: LawfulBasis | null;
  automatedDecisions: boolean;
}

export function RightsPanel({ lawfulBasis, automatedDecisions }: RightsPanelProps) {
  const entries = deriveRights(lawfulBasis, automatedDecisions);
  return (
    <FormSection
      id="rights"
      title="Rights"
      intro="You do not choose these: they follow from the lawful basis (and from whether decisions are automated), as the ICO's lawful basis table sets out. Change the basis and this list changes with it."
    >
      {entries === null ? (
        <Alert color="gray" variant="light" icon={<IconInfoCircle aria-hidden />}>
          Choose a lawful basis above to see which rights people have.
        </Alert>
      ) : (
        <Stack gap="xs">
          <Text size="sm">
            Under <strong>{lawfulBasis ? lawfulBasisLabels[lawfulBasis] : ''}</strong>:
          </Text>
          <List spacing="xs" listStyleType="none" p={0} aria-label="Rights available">
            {entries.map((entry) => {
              const { text, color, icon: Icon } = look[entry.availability];
              return (
                <List.Item key={entry.right}>
                  <Group gap="sm" wrap="nowrap" align="flex-start">
                    <ThemeIcon size="sm" radius="xl" color={color} variant="light" aria-hidden>
                      <Icon size={14} />
                    </ThemeIcon>
                    <div>
                      <Group gap={8}>
                        <Text size="sm" fw={500}>
                          {rightName(entry.right, entry.label)}
                        </Text>
                        {/* Tint for the meaning, body text colour for contrast: teal and
                            orange text on their own tints fall under 4.5:1. */}
                        <Badge
                          component="span"
                          size="sm"
                          variant="light"
                          color={color}
                          c="var(--mantine-color-text)"
                        >
                          {text}
                        </Badge>
                      </Group>
                      {entry.note ? (
                        <Text size="xs" c="dimmed">
                          {entry.note}
                        </Text>
                      ) : null}
                    </div>
                  </Group>
                </List.Item>
              );
            })}
          </List>
        </Stack>
      )}
    </FormSection>
  );
}
