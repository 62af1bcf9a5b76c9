/** Near the end of the form: statutory or contractual requirement, and review dates. */
import { SimpleGrid, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import { DateField } from '../../../components/DateField';
import { FormSection } from '../../../components/FormSection';
import { activityKit as kit, type SectionProps } from '../activity-fields';

export function RequirementSection({ form }: SectionProps) {
  return (
    <FormSection id="requirement" title="Requirement">
      <Textarea
        {...kit.fieldProps(form, 'requirement')}
        autosize
        minRows={2}
        placeholder="e.g. Needed to pay you under your employment contract; without it we cannot pay you"
      />
    </FormSection>
  );
}

/** The review dates; `children` is the review log (renderer/features/reviews) beneath them. */
export function ReviewSection({ form, children }: SectionProps & { children?: ReactNode }) {
  return (
    <FormSection id="review" title="Review" intro="Review each activity at least once a year.">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <DateField {...kit.fieldProps(form, 'lastReviewed')} value={form.values.lastReviewed} />
        <DateField {...kit.fieldProps(form, 'nextReview')} value={form.values.nextReview} />
      </SimpleGrid>
      {children}
    </FormSection>
  );
}
