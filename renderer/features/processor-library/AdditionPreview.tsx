/** What adding a library entry will create: the third party, and each proposed transfer and why. */
import { List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import {
  contractStatusLabels,
  thirdPartyKindLabels,
  thirdPartyTypeLabels,
  traStatusLabels,
  transferMechanismLabels,
  type Transfer,
} from '../../../shared/domain';
import { proposalReasons, type LibraryAddition } from '../../../shared/processors/from-library';
import { countryName } from '../../../shared/reference/countries';

function ProposedTransfer({ transfer, index }: { transfer: Transfer; index: number }) {
  const destinations = transfer.destinations.map(countryName).join(', ');
  return (
    <Paper withBorder radius="sm" p="sm" component="li" aria-label={`Transfer ${index + 1}`}>
      <Table variant="vertical" withRowBorders={false} verticalSpacing={2} layout="fixed">
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={170}>Destinations</Table.Th>
            <Table.Td>{destinations}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Safeguard</Table.Th>
            <Table.Td>
              {transfer.mechanism
                ? transferMechanismLabels[transfer.mechanism]
                : 'None yet: you choose one'}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Risk assessment</Table.Th>
            <Table.Td>{traStatusLabels[transfer.traStatus]}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
      <List size="sm" mt={6} spacing={2} c="dimmed">
        {proposalReasons(transfer).map((reason) => (
          <List.Item key={reason}>{reason}</List.Item>
        ))}
      </List>
    </Paper>
  );
}

export function AdditionPreview({ addition }: { addition: LibraryAddition }) {
  const { thirdParty, transfers } = addition;
  return (
    <Stack gap="md">
      <Stack gap={6}>
        <Title order={3} size="h5">
          The third party
        </Title>
        <Text size="sm">
          <strong>{thirdParty.name}</strong>, {thirdPartyKindLabels[thirdParty.kind].toLowerCase()}{' '}
          ({thirdPartyTypeLabels[thirdParty.type].toLowerCase()}), processing data in{' '}
          {thirdParty.countries.map(countryName).join(', ')}. Contract:{' '}
          {contractStatusLabels[thirdParty.contract.status].toLowerCase()} until you record it. Its
          Article 28 checklist starts empty for you to complete.
        </Text>
      </Stack>
      <Stack gap={6}>
        <Title order={3} size="h5">
          {transfers.length === 0
            ? 'No transfer'
            : transfers.length === 1
              ? 'One proposed transfer'
              : `${transfers.length} proposed transfers`}
        </Title>
        {transfers.length === 0 ? (
          <Text size="sm">
            It processes data in the UK only, so there is no restricted transfer to record.
          </Text>
        ) : (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {transfers.map((transfer, index) => (
              <ProposedTransfer key={transfer.id} transfer={transfer} index={index} />
            ))}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}
