/**
 * For a partially adequate destination (the United States, Canada, Japan): is the recipient
 * within the adequacy? Each answer says what follows from it, before the person picks it.
 */
import { Radio, Stack } from '@mantine/core';
import type { AdequacyEntry } from '../../../../shared/reference/adequacy';
import { countryName } from '../../../../shared/reference/countries';

const toValue = (certified: boolean | null) =>
  certified === true ? 'yes' : certified === false ? 'no' : 'unknown';
const fromValue = (value: string) => (value === 'yes' ? true : value === 'no' ? false : null);

export interface CertificationQuestionProps {
  entry: AdequacyEntry;
  /** The recipient's name, or "the recipient" while none is chosen. */
  recipient: string;
  value: boolean | null;
  onChange: (value: boolean | null) => void;
}

function wording(entry: AdequacyEntry, recipient: string) {
  const name = countryName(entry.code);
  if (entry.code === 'US') {
    return {
      question: `Is ${recipient} certified to the Data Privacy Framework with the UK Extension?`,
      yes: 'The UK–US data bridge covers the transfer: nothing more is needed. Check the certification is still active at each review.',
      unknown:
        'Search the Data Privacy Framework List for the recipient and check that its entry includes the UK Extension.',
    };
  }
  return {
    question: `Is ${recipient} within the UK adequacy for ${name}? ${entry.scopeNote}.`,
    yes: `The UK adequacy for ${name} covers the transfer: nothing more is needed.`,
    unknown: `Check with the recipient whether it is within the adequacy: ${entry.scopeNote.toLowerCase()}.`,
  };
}

export function CertificationQuestion({
  entry,
  recipient,
  value,
  onChange,
}: CertificationQuestionProps) {
  const words = wording(entry, recipient);
  return (
    <Radio.Group
      label={words.question}
      value={toValue(value)}
      onChange={(next) => onChange(fromValue(next))}
      data-path="recipientCertified"
    >
      <Stack gap="xs" mt="xs">
        <Radio value="yes" label="Yes" description={words.yes} />
        <Radio
          value="no"
          label="No"
          description="A safeguard is needed: an IDTA, the UK Addendum or BCRs, each with a transfer risk assessment, or an Article 49 exception."
        />
        <Radio value="unknown" label="Not checked yet" description={words.unknown} />
      </Stack>
    </Radio.Group>
  );
}
