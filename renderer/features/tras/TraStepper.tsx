/**
 * The wizard's steps down the side: the ICO's questions in order, then the outcome. Each shows
 * whether it is answered, so a step skipped is easy to find; any step can be opened.
 */
import { NavLink, Paper, ThemeIcon } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { traAnswerLabel, traOutcomeIds, traStepIds } from '../../../shared/tra/outcome';

const shortTitles: Record<string, string> = {
  'tra.circumstances': 'The transfer',
  'tra.risk-level': 'Risk to people',
  'tra.investigation': 'How far to look',
  'tra.human-rights': 'Human rights risk',
  'tra.enforce-uk': 'Enforcing it in the UK',
  'tra.enforce-abroad': 'Enforcing it abroad',
  'tra.exceptions': 'Exceptions',
  [traOutcomeIds.outcome]: 'Decide and sign off',
};

export interface TraStepperProps {
  active: number;
  onStepClick: (step: number) => void;
  /** Whether each step is done, by step index. */
  done: readonly boolean[];
}

export function TraStepper({ active, onStepClick, done }: TraStepperProps) {
  return (
    <Paper withBorder radius="md" p={4} component="nav" aria-label="Steps of the assessment">
      {traStepIds.map((id, index) => (
        <NavLink
          key={id}
          component="button"
          type="button"
          active={index === active}
          aria-current={index === active ? 'step' : undefined}
          onClick={() => onStepClick(index)}
          // The tinted active row leaves dimmed text under 4.5:1: it takes the body colour.
          styles={
            index === active ? { description: { color: 'var(--mantine-color-text)' } } : undefined
          }
          label={traAnswerLabel(id)}
          description={`${shortTitles[id] ?? ''}${done[index] ? ' · answered' : ''}`}
          leftSection={
            <ThemeIcon
              size={22}
              radius="xl"
              variant={done[index] ? 'filled' : 'default'}
              color={done[index] ? 'teal.9' : undefined}
              aria-hidden
            >
              {done[index] ? (
                <IconCheck size={14} />
              ) : (
                <span style={{ fontSize: 11 }}>{index + 1}</span>
              )}
            </ThemeIcon>
          }
        />
      ))}
    </Paper>
  );
}
