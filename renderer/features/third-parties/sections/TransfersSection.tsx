/**
 * Transfers to this third party, each a link to its record; and, when it processes data in a
 * country outside the UK that no transfer covers yet, an offer to record that transfer.
 */
import { Alert, Button, Table, Text } from '@mantine/core';
import { IconArrowRight, IconWorld } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useLiveQuery } from 'dexie-react-hooks';
import { traStatusLabels, transferMechanismLabels, type Transfer } from '../../../../shared/domain';
import { countryName } from '../../../../shared/reference/countries';
import { needsTransferRecord } from '../../../../shared/transfers/requirements';
import { FormSection } from '../../../components/FormSection';
import { readableAlert } from '../../../components/readableAlert';
import { getThirdParty } from '../../../db/repos/third-parties';
import { paths } from '../../../navigation/paths';
import { useGuardedNavigate } from '../../../navigation/useGuardedNavigate';
import { GuardedLink } from '../GuardedLink';
import type { ThirdPartySectionProps } from '../third-party-fields';

/** "United States", "United States and India", "France, Spain and India". */
const namesOf = (codes: readonly string[]) => {
  const names = codes.map(countryName);
  return names.length > 1
    ? `${names.slice(0, -1).join(', ')} and ${names.at(-1) ?? ''}`
    : names.join('');
};

function TransferOffer({ thirdPartyId, uncovered }: { thirdPartyId: string; uncovered: string[] }) {
  const navigate = useGuardedNavigate();
  // Only a third party already in the register can be named by a transfer.
  const saved = useLiveQuery(
    async () => (await getThirdParty(thirdPartyId)) !== undefined,
    [thirdPartyId],
  );
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconWorld aria-hidden />}
      title={`Data goes to ${namesOf(uncovered)} outside the UK: record the transfer`}
      styles={readableAlert}
      data-testid="transfer-offer"
    >
      <Text size="sm" mb="sm">
        Sending personal data outside the UK is a restricted transfer. Recording it tells you
        whether it is covered or needs a safeguard and a transfer risk assessment.
      </Text>
      {saved ? (
        <Button
          size="sm"
          rightSection={<IconArrowRight size={16} aria-hidden />}
          onClick={() =>
            navigate(`${paths.newTransfer(thirdPartyId)}&destinations=${uncovered.join(',')}`)
          }
        >
          Record the transfer
        </Button>
      ) : (
        <Text size="sm" fw={500}>
          Save the third party first, then record the transfer.
        </Text>
      )}
    </Alert>
  );
}

export function TransfersSection({
  form,
  transfers,
}: ThirdPartySectionProps & { transfers: readonly Transfer[] }) {
  const covered = new Set(transfers.flatMap((t) => t.destinations));
  const uncovered = needsTransferRecord(form.values.countries).filter((code) => !covered.has(code));
  return (
    <FormSection
      id="transfers"
      title="Transfers"
      intro="Restricted transfers of personal data to this third party outside the UK. If it is deleted, these go with it."
    >
      {uncovered.length > 0 ? (
        <TransferOffer thirdPartyId={form.values.id} uncovered={uncovered} />
      ) : null}
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
                  <Table.Td>
                    <GuardedLink to={paths.transfer(transfer.id)} size="sm">
                      {transfer.destinations.map(countryName).join(', ')}
                    </GuardedLink>
                  </Table.Td>
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
