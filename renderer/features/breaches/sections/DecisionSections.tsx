/**
 * The decisions the breach log must show: the risk to people, reporting to the ICO (Art 33),
 * telling the people affected (Art 34), and the reasons for any delay.
 */
import { Group, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { decisions, type Decision } from '../../../../shared/domain';
import { DateField } from '../../../components/DateField';
import { FormSection } from '../../../components/FormSection';
import {
  breachKit as kit,
  ICO_REPORTING,
  reportedLabels,
  riskOptions,
  toldLabels,
} from '../breach-fields';
import type { BreachForm } from '../breach-form';
import { DateTimeField } from '../DateTimeField';

type Props = { form: BreachForm };

function DecisionRadios({
  form,
  path,
  labels,
}: Props & { path: 'reportedToIco' | 'individualsTold'; labels: Record<Decision, string> }) {
  return (
    <Radio.Group {...kit.fieldProps(form, path)}>
      <Group gap="lg" mt={6}>
        {decisions.map((decision) => (
          <Radio key={decision} value={decision} label={labels[decision]} />
        ))}
      </Group>
    </Radio.Group>
  );
}

export function RiskSection({ form }: Props) {
  return (
    <FormSection
      id="risk"
      title="Risk assessment"
      intro="Weigh how likely harm is and how severe it would be, given the data, the people and what has been done since. It decides who must be told."
    >
      <Radio.Group {...kit.fieldProps(form, 'risk')}>
        <Stack gap={8} mt={6}>
          {riskOptions.map((option) => (
            <Radio key={option.value} value={option.value} label={option.label} />
          ))}
        </Stack>
      </Radio.Group>
    </FormSection>
  );
}

export function IcoSection({ form }: Props) {
  const { reportedToIco, risk } = form.values;
  const notReporting =
    reportedToIco === 'no' || (reportedToIco === 'pending' && risk === 'unlikely');
  return (
    <FormSection
      id="ico"
      title="Reporting to the ICO"
      intro="Report within 72 hours of becoming aware, unless the breach is unlikely to result in a risk to people’s rights and freedoms. Record the decision either way, and why."
    >
      <DecisionRadios form={form} path="reportedToIco" labels={reportedLabels} />
      {reportedToIco === 'yes' ? (
        <>
          <DateTimeField form={form} field="icoReportedAt" required />
          <TextInput {...kit.fieldProps(form, 'icoReference')} maw={320} />
        </>
      ) : null}
      {notReporting ? (
        <Textarea
          {...kit.fieldProps(form, 'notReportedReason')}
          autosize
          minRows={2}
          maxRows={10}
        />
      ) : null}
      {reportedToIco !== 'yes' ? (
        <Text size="sm" c="dimmed">
          {ICO_REPORTING}
        </Text>
      ) : null}
    </FormSection>
  );
}

export function IndividualsSection({ form }: Props) {
  const told = form.values.individualsTold;
  return (
    <FormSection
      id="individuals"
      title="Telling the people affected"
      intro="When the risk to them is high, tell them without undue delay, in clear and plain language: what happened, the likely consequences, what you are doing, what they can do, and who to contact."
    >
      <DecisionRadios form={form} path="individualsTold" labels={toldLabels} />
      {told === 'yes' ? <DateField {...kit.dateProps(form, 'individualsToldOn')} w={240} /> : null}
      {told === 'no' ? (
        <Textarea
          {...kit.fieldProps(form, 'individualsNotToldReason')}
          autosize
          minRows={2}
          maxRows={10}
        />
      ) : null}
    </FormSection>
  );
}

export function DelaySection({ form }: Props) {
  return (
    <FormSection id="delay" title="Reasons for any delay">
      <Textarea {...kit.fieldProps(form, 'delayReasons')} autosize minRows={2} maxRows={10} />
    </FormSection>
  );
}
