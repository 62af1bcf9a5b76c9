/** Whether the transfer needs a transfer risk assessment, where it stands, and the way to it. */
import { Badge, Button, Group, Text } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { traStatusLabels, type Tra } from '../../../../shared/domain';
import { traStatusFor, type TraNeeded } from '../../../../shared/transfers/verdict';
import { FormSection } from '../../../components/FormSection';
import { paths } from '../../../navigation/paths';
import { useGuardedNavigate } from '../../../navigation/useGuardedNavigate';

export interface TraPanelProps {
  /** The saved transfer's id; null while it is new. */
  transferId: string | null;
  needed: TraNeeded;
  /** Its latest assessment, if any. */
  tra: Tra | null;
}

const why: Record<TraNeeded, string> = {
  yes: 'The safeguard chosen is an Article 46 safeguard (IDTA, UK Addendum or BCRs): complete a transfer risk assessment before the transfer.',
  'if-article-46':
    'If you rely on an IDTA, the UK Addendum or BCRs, complete a transfer risk assessment before the transfer.',
  no: 'Not needed for this transfer as it stands.',
};

export function TraPanel({ transferId, needed, tra }: TraPanelProps) {
  const navigate = useGuardedNavigate();
  if (needed === 'no' && !tra) return null;
  const status = traStatusFor(needed, tra);
  const action = !tra
    ? {
        label: 'Start the transfer risk assessment',
        to: transferId ? paths.newTra(transferId) : null,
      }
    : tra.status === 'draft'
      ? { label: 'Continue the transfer risk assessment', to: paths.tra(tra.id) }
      : { label: 'Open the transfer risk assessment', to: paths.tra(tra.id) };
  return (
    <FormSection id="tra" title="Transfer risk assessment" intro={why[needed]}>
      <Group gap="sm">
        <Text size="sm" fw={500}>
          Status:
        </Text>
        <Badge
          variant="filled"
          radius="sm"
          color={status === 'completed' ? 'teal.9' : 'yellow.3'}
          c={status === 'completed' ? 'white' : 'dark.9'}
          data-testid="tra-status"
        >
          {traStatusLabels[status]}
        </Badge>
        {tra && tra.revision > 1 ? (
          <Text size="sm" c="dimmed">
            Revision {tra.revision}
          </Text>
        ) : null}
      </Group>
      {action.to ? (
        <Group data-path="traStatus">
          <Button
            variant={tra?.status === 'completed' ? 'default' : 'filled'}
            rightSection={<IconArrowRight size={16} aria-hidden />}
            onClick={() => action.to && navigate(action.to)}
          >
            {action.label}
          </Button>
        </Group>
      ) : (
        <Text size="sm" c="dimmed">
          Save the transfer first, then start its transfer risk assessment.
        </Text>
      )}
    </FormSection>
  );
}
