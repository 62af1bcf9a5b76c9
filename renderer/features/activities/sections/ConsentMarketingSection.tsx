/** Where consent is recorded (ICO column 19) and electronic marketing under PECR regulation 22. */
import { Alert, Checkbox, Group, Select, Switch, TextInput, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import {
  marketingBases,
  marketingBasisLabels,
  marketingChannelLabels,
  marketingChannels,
  type Organisation,
} from '../../../../shared/domain';
import { FormSection } from '../../../components/FormSection';
import { readableAlert } from '../../../components/readableAlert';
import { activityKit as kit, type SectionProps } from '../activity-fields';
import { optionsOf } from '../options';

export interface ConsentMarketingSectionProps extends SectionProps {
  organisation: Organisation | null;
}

export function ConsentMarketingSection({ form, organisation }: ConsentMarketingSectionProps) {
  const m = form.values.marketing;
  const showMarketing =
    m.electronic || m.channels.length > 0 || m.basis !== null || m.optOut !== '';
  // PECR reg 22(3A) is open to registered charities only (a CIC is not one).
  const charitableWithoutCharity =
    m.basis === 'soft-opt-in-charitable' &&
    organisation !== null &&
    organisation.charityNumber.trim() === '';
  return (
    <FormSection
      id="consent-marketing"
      title="Consent and marketing"
      intro="Email and text marketing to individuals needs their consent unless a soft opt-in applies."
    >
      <TextInput
        {...kit.fieldProps(form, 'consentRecord')}
        placeholder="e.g. Sign-up form responses in the CRM"
      />
      <Switch {...kit.fieldProps(form, 'marketing.electronic', { type: 'checkbox' })} />
      {showMarketing ? (
        <>
          <Checkbox.Group {...kit.fieldProps(form, 'marketing.channels')}>
            <Group mt="xs" gap="lg">
              {marketingChannels.map((channel) => (
                <Checkbox key={channel} value={channel} label={marketingChannelLabels[channel]} />
              ))}
            </Group>
          </Checkbox.Group>
          <Select
            {...kit.fieldProps(form, 'marketing.basis')}
            data={optionsOf(marketingBases, marketingBasisLabels)}
            clearable
            placeholder="Choose consent or a soft opt-in"
          />
          {charitableWithoutCharity ? (
            <Alert
              color="orange"
              variant="light"
              styles={readableAlert}
              icon={<IconAlertTriangle aria-hidden />}
            >
              The charitable-purpose soft opt-in is only for registered charities, and the
              organisation profile has no charity number.
            </Alert>
          ) : null}
          <Textarea
            {...kit.fieldProps(form, 'marketing.optOut')}
            autosize
            minRows={2}
            placeholder="e.g. Unsubscribe link in every email; tick box on the sign-up form"
          />
        </>
      ) : null}
    </FormSection>
  );
}
