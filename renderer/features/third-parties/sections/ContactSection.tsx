/** Who to contact at the third party. */
import type { ThirdParty } from '../../../../shared/domain';
import { ContactFields } from '../../../components/ContactFields';
import { FormSection } from '../../../components/FormSection';
import { thirdPartyKit as kit, type ThirdPartySectionProps } from '../third-party-fields';

export function ContactSection({ form }: ThirdPartySectionProps) {
  return (
    <FormSection id="contact" title="Contact" intro={kit.fieldText(form, 'contact').description}>
      <ContactFields<ThirdParty> form={form} kit={kit} prefix="contact" />
    </FormSection>
  );
}
