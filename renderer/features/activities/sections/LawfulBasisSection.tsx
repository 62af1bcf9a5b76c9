/** The Article 6 basis (ICO column 12) and what it rests on (columns 14 and 27). */
import { Select, Textarea } from '@mantine/core';
import {
  lawfulBases,
  lawfulBasisLabels,
  recognisedLegitimateInterestLabels,
  recognisedLegitimateInterests,
} from '../../../../shared/domain';
import { FormSection } from '../../../components/FormSection';
import { ActivityLias } from '../../lias/ActivityLias';
import { activityKit as kit, type SectionProps } from '../activity-fields';
import { optionsOf } from '../options';

export function LawfulBasisSection({ form }: SectionProps) {
  const v = form.values;
  const reliesOnInterests =
    v.lawfulBasis === 'legitimate-interests' || v.lawfulBasis === 'recognised-legitimate-interest';
  const showInterest = v.lawfulBasis === 'legitimate-interests' || v.legitimateInterest !== '';
  const showRecognised =
    v.lawfulBasis === 'recognised-legitimate-interest' || v.recognisedInterest !== null;
  return (
    <FormSection
      id="lawful-basis"
      title="Lawful basis"
      intro="Every activity needs one Article 6 basis, chosen before the processing starts."
    >
      <Select
        {...kit.fieldProps(form, 'lawfulBasis')}
        data={optionsOf(lawfulBases, lawfulBasisLabels)}
        clearable
        placeholder="Not recorded yet"
      />
      {showInterest ? (
        <Textarea
          {...kit.fieldProps(form, 'legitimateInterest')}
          autosize
          minRows={2}
          placeholder="The interest, who benefits, and why the processing is necessary for it"
        />
      ) : null}
      {showRecognised ? (
        <Select
          {...kit.fieldProps(form, 'recognisedInterest')}
          data={optionsOf(recognisedLegitimateInterests, recognisedLegitimateInterestLabels)}
          clearable
          placeholder="Choose the Annex 1 interest"
        />
      ) : null}
      <Textarea {...kit.fieldProps(form, 'lawfulBasisDetail')} autosize minRows={2} />
      {reliesOnInterests ? <ActivityLias activityId={v.id} /> : null}
    </FormSection>
  );
}
