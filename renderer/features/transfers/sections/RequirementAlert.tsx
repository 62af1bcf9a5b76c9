/** What one destination needs, as an alert coloured by how much is left to do. */
import { Alert, List, Text } from '@mantine/core';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconHelpCircle,
  IconShieldExclamation,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { transferMechanismLabels } from '../../../../shared/domain';
import type { TransferRequirement } from '../../../../shared/transfers/requirements';
import { readableAlert } from '../../../components/readableAlert';

interface Look {
  color: string;
  icon: ReactNode;
  title: string;
}

function lookOf(requirement: TransferRequirement): Look {
  switch (requirement.kind) {
    case 'not-restricted':
    case 'adequate':
      return { color: 'teal', icon: <IconCircleCheck aria-hidden />, title: 'Nothing more needed' };
    case 'confirm-scope':
      return {
        color: 'yellow',
        icon: <IconHelpCircle aria-hidden />,
        title: 'Confirm the certification',
      };
    case 'needs-safeguard':
      return {
        color: 'orange',
        icon: <IconShieldExclamation aria-hidden />,
        title:
          requirement.mechanism === null
            ? 'A safeguard is needed'
            : requirement.tra === 'required'
              ? 'A transfer risk assessment is needed'
              : 'Record the exception',
      };
    case 'mechanism-not-valid':
      return {
        color: 'red',
        icon: <IconAlertTriangle aria-hidden />,
        title: `${transferMechanismLabels[requirement.mechanism]} cannot be relied on`,
      };
  }
}

export function RequirementAlert({ requirement }: { requirement: TransferRequirement }) {
  const look = lookOf(requirement);
  const options =
    requirement.kind === 'needs-safeguard' && requirement.mechanism === null
      ? requirement.options
      : [];
  return (
    <Alert
      color={look.color}
      variant="light"
      icon={look.icon}
      title={look.title}
      styles={readableAlert}
      data-kind={requirement.kind}
    >
      <Text size="sm">{requirement.message}</Text>
      {options.length > 0 ? (
        <>
          <Text size="sm" mt="xs" fw={500}>
            Safeguards you can use:
          </Text>
          <List size="sm" spacing={2}>
            {options.map((option) => (
              <List.Item key={option}>
                {transferMechanismLabels[option]}
                {option === 'idta' || option === 'uk-addendum' || option === 'bcrs'
                  ? ' — needs a transfer risk assessment'
                  : ''}
              </List.Item>
            ))}
          </List>
        </>
      ) : null}
    </Alert>
  );
}
