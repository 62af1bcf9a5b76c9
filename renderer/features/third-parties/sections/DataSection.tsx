/** The data it receives and where it processes it; outside the UK, a transfer record is due. */
import { Alert, List, MultiSelect, TagsInput, Text } from '@mantine/core';
import { IconWorld } from '@tabler/icons-react';
import type { Transfer } from '../../../../shared/domain';
import { countryName, countryOptions } from '../../../../shared/reference/countries';
import { FormSection } from '../../../components/FormSection';
import { readableAlert } from '../../../components/readableAlert';
import { thirdPartyKit as kit, type ThirdPartySectionProps } from '../third-party-fields';

const countryData = countryOptions().map(({ code, name }) => ({ value: code, label: name }));

export interface DataSectionProps extends ThirdPartySectionProps {
  /** Transfers already recorded to this third party, to say which countries they cover. */
  transfers: readonly Transfer[];
}

function AbroadNote({ abroad, transfers }: { abroad: string[]; transfers: readonly Transfer[] }) {
  const covered = new Set(transfers.flatMap((t) => t.destinations));
  const missing = abroad.filter((code) => !covered.has(code));
  const names = (codes: string[]) => codes.map(countryName).join(', ');
  return (
    <Alert
      color={missing.length > 0 ? 'orange' : 'teal'}
      variant="light"
      icon={<IconWorld aria-hidden />}
      styles={readableAlert}
      title={`Processes data outside the UK: ${names(abroad)}`}
    >
      <Text size="sm">
        Sending personal data abroad is a restricted transfer. Each needs a transfer record naming
        its safeguard (UK adequacy, the UK–US data bridge, the IDTA or the UK Addendum) and, for
        some, a transfer risk assessment.
      </Text>
      <List size="sm" mt="xs">
        {missing.length > 0 ? (
          <List.Item>
            No transfer recorded yet for {names(missing)}: record it from Transfers below.
          </List.Item>
        ) : (
          <List.Item>
            Every country is covered by a transfer record (listed under Transfers below).
          </List.Item>
        )}
      </List>
    </Alert>
  );
}

export function DataSection({ form, transfers }: DataSectionProps) {
  const abroad = form.values.countries.filter((code) => code !== 'GB');
  return (
    <FormSection id="data" title="Data and countries">
      <TagsInput
        {...kit.fieldProps(form, 'dataShared')}
        placeholder="Type a kind of data and press Enter, e.g. Email address"
        splitChars={[',', ';']}
        clearable
      />
      <MultiSelect
        {...kit.fieldProps(form, 'countries')}
        data={countryData}
        searchable
        hidePickedOptions
        nothingFoundMessage="No country by that name"
        placeholder="Choose countries"
      />
      {abroad.length > 0 ? <AbroadNote abroad={abroad} transfers={transfers} /> : null}
    </FormSection>
  );
}
