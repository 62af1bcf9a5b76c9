/** Who to contact at the third party, and private working notes. */
import { Textarea } from '@mantine/core';
import type { ThirdParty } from '../../../../shared/domain';
import { ContactFields } from '../../organisation/ContactFields';
import { FormSection } from '../../organisation/form-kit';
import { thirdPartyKit as kit, type ThirdPartySectionProps } from '../third-party-fields';

export function ContactSection({ form }: ThirdPartySectionProps) {
  return (
    <FormSection id="contact" title="Contact" intro={kit.fieldText(form, 'contact').description}>
      <ContactFields<ThirdParty> form={form} kit={kit} prefix="contact" />
    </FormSection>
  );
}

export function NotesSection({ form }: ThirdPartySectionProps) {
  return (
    <FormSection id="notes" title="Internal notes">
      <Textarea {...kit.fieldProps(form, 'internalNotes')} autosize minRows={3} />
    </FormSection>
  );
}
