/** Near the end of the form: statutory or contractual requirement, and review dates. */
import { Button, Group, SimpleGrid, Textarea } from '@mantine/core';
import dayjs from 'dayjs';
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

export function ReviewSection({ form }: SectionProps) {
  const reviewedToday = () => {
    const today = dayjs();
    form.setFieldValue('lastReviewed', today.format('YYYY-MM-DD'));
    form.setFieldValue('nextReview', today.add(1, 'year').format('YYYY-MM-DD'));
  };
  return (
    <FormSection id="review" title="Review" intro="Review each activity at least once a year.">
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <DateField {...kit.fieldProps(form, 'lastReviewed')} value={form.values.lastReviewed} />
        <DateField {...kit.fieldProps(form, 'nextReview')} value={form.values.nextReview} />
      </SimpleGrid>
      <Group>
        <Button variant="default" size="xs" onClick={reviewedToday}>
          Reviewed today, next review in a year
        </Button>
      </Group>
    </FormSection>
  );
}
