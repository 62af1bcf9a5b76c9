/** The transfer an assessment is for, as a line under its heading with a link back to it. */
import { Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { transferMechanismLabels } from '../../../shared/domain';
import { countryName } from '../../../shared/reference/countries';
import { getThirdParty } from '../../db/repos/third-parties';
import { getTransfer } from '../../db/repos/transfers';
import { paths } from '../../navigation/paths';
import { GuardedLink } from '../third-parties/GuardedLink';

export function TransferLine({ transferId }: { transferId: string }) {
  const found = useLiveQuery(async () => {
    const transfer = await getTransfer(transferId);
    const party = transfer ? await getThirdParty(transfer.thirdPartyId) : undefined;
    return { transfer, party };
  }, [transferId]);
  if (!found?.transfer) return null;
  const { transfer, party } = found;
  return (
    <Text size="sm" c="dimmed" component="span">
      For the{' '}
      <GuardedLink to={paths.transfer(transfer.id)} size="sm">
        transfer to {party?.name ?? 'a third party'} (
        {transfer.destinations.map(countryName).join(', ')})
      </GuardedLink>
      {transfer.mechanism ? ` under ${transferMechanismLabels[transfer.mechanism]}` : ''}.
    </Text>
  );
}
