/** Transfers to this third party, read-only here: the transfers screens come with assessments. */
import { Table, Text } from '@mantine/core';
import dayjs from 'dayjs';
import { traStatusLabels, transferMechanismLabels, type Transfer } from '../../../../shared/domain';
import { countryName } from '../../../../shared/reference/countries';
import { FormSection } from '../../../components/FormSection';
import type { ThirdPartySectionProps } from '../third-party-fields';

export function TransfersSection({
  transfers,
}: ThirdPartySectionProps & { transfers: readonly Transfer[] }) {
  return (
    <FormSection
      id="transfers"
      title="Transfers"
      intro="Restricted transfers of personal data to this third party outside the UK. If it is deleted, these go with it."
    >
      {transfers.length === 0 ? (
        <Text size="sm" c="dimmed">
          No transfer is recorded to this third party.
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table withTableBorder verticalSpacing="xs">
            <caption className="visually-hidden">Transfers to this third party</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Destinations</Table.Th>
                <Table.Th>Safeguard</Table.Th>
                <Table.Th>Transfer risk assessment</Table.Th>
                <Table.Th>Activities</Table.Th>
                <Table.Th>Next review</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {transfers.map((transfer) => (
                <Table.Tr key={transfer.id}>
                  <Table.Td>{transfer.destinations.map(countryName).join(', ')}</Table.Td>
                  <Table.Td>
                    {transfer.mechanism
                      ? transferMechanismLabels[transfer.mechanism]
                      : 'Not chosen yet'}
                  </Table.Td>
                  <Table.Td>{traStatusLabels[transfer.traStatus]}</Table.Td>
                  <Table.Td>{transfer.activityIds.length}</Table.Td>
                  <Table.Td>
                    {transfer.reviewDate ? dayjs(transfer.reviewDate).format('D MMM YYYY') : '—'}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </FormSection>
  );
}
