/** The form for one activity: every field of the Article 30 record, section by section. */
import { Alert, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconAlertTriangle } from '@tabler/icons-react';
import dayjs from 'dayjs';
import { useDeferredValue } from 'react';
import type { Activity } from '../../../shared/domain';
import { ErrorSummary } from '../../components/ErrorSummary';
import { InternalNotesSection } from '../../components/InternalNotesSection';
import { PageHeader } from '../../components/PageHeader';
import { readableAlert } from '../../components/readableAlert';
import { ToConfirmAlert } from '../../components/ToConfirmAlert';
import { useUnsavedChanges } from '../../components/useUnsavedChanges';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { activityKit } from './activity-fields';
import { EditorActionBar } from './EditorActionBar';
import { RightsPanel } from './RightsPanel';
import { SaveErrorAlert } from './SaveErrorAlert';
import { AboutSection } from './sections/AboutSection';
import { AutomatedDecisionsSection } from './sections/AutomatedDecisionsSection';
import { ConsentMarketingSection } from './sections/ConsentMarketingSection';
import { DpiaSection } from './sections/DpiaSection';
import { LawfulBasisSection } from './sections/LawfulBasisSection';
import { PersonalDataSection } from './sections/PersonalDataSection';
import { PurposesSection } from './sections/PurposesSection';
import { RecipientsSection } from './sections/RecipientsSection';
import { RetentionSection } from './sections/RetentionSection';
import { RequirementSection, ReviewSection } from './sections/ReviewSections';
import { SecuritySection } from './sections/SecuritySection';
import { SourcesSection } from './sections/SourcesSection';
import { StatusBadge } from './StatusBadge';
import { HistoryLink } from '../audit-trail/HistoryLink';
import { ActivityBreaches } from '../breaches/ActivityBreaches';
import { RecordReviews } from '../reviews/RecordReviews';
import { useFocusFromQuery } from '../../navigation/useFocusFromQuery';
import { useBusinessFunctions, useOrganisation, useThirdParties } from './useActivities';
import { useEditorActions } from './useEditorActions';
import { validateActivity } from './validation';

export interface ActivityFormProps {
  initial: Activity;
  isNew: boolean;
  /** The template a new activity was built from, to say so. */
  templateName?: string;
  /** The stored activity was deleted (in another window) while this form was open. */
  deletedElsewhere?: boolean;
}

const noFunctions: string[] = [];

export function ActivityForm({
  initial,
  isNew,
  templateName,
  deletedElsewhere,
}: ActivityFormProps) {
  const form = useForm<Activity>({
    mode: 'controlled',
    initialValues: initial,
    validate: validateActivity,
  });
  const actions = useEditorActions(form, isNew);
  // The top of the form is drawn in the first frame; the sections below follow straight after
  // (a deferred render), so opening an activity does not wait for fields out of view.
  const belowDrawn = useDeferredValue(true, false);
  useFocusFromQuery(belowDrawn);
  const navigate = useGuardedNavigate();
  const functions = useBusinessFunctions() ?? noFunctions;
  const thirdParties = useThirdParties() ?? [];
  const organisation = useOrganisation() ?? null;

  const values = form.values;
  const dirty = form.isDirty();
  const savedName = form.getInitialValues().name.trim();
  useUnsavedChanges(savedName ? `“${savedName}”` : 'the new activity', dirty);

  // Fields drop out of the summary as they are corrected (the form clears an error on change).
  const stillInvalid = actions.invalid.filter(([path]) => form.errors[path] !== undefined);

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void actions.save();
      }}
      aria-labelledby="activity-title"
    >
      <PageHeader
        title={
          <span id="activity-title">
            {savedName || (isNew ? 'New activity' : 'Untitled activity')}
          </span>
        }
        description={
          isNew
            ? templateName
              ? `Started from the “${templateName}” template. Check every field, then save.`
              : 'One processing activity: what you do with personal data, why, and on what basis.'
            : undefined
        }
        actions={
          isNew ? null : (
            <Group gap="xs">
              <StatusBadge status={form.getInitialValues().status} />
              <Text size="sm" c="dimmed">
                Updated {dayjs(values.updatedAt).format('D MMM YYYY, HH:mm')}
              </Text>
              <HistoryLink
                entity="activity"
                id={values.id}
                name={`“${savedName}”`}
                size="compact-sm"
              />
            </Group>
          )
        }
      />
      <Stack gap="lg">
        {deletedElsewhere ? (
          <Alert
            color="orange"
            styles={readableAlert}
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title="Deleted elsewhere"
          >
            This activity was deleted in another window. Saving will put it back in the register.
          </Alert>
        ) : null}
        <SaveErrorAlert problem={actions.problem} onClose={actions.clearProblem} />
        <ErrorSummary
          errors={stillInvalid}
          labelFor={activityKit.labelFor}
          title="The activity was not saved: correct these first"
        />
        <ToConfirmAlert
          form={form}
          labelFor={activityKit.labelFor}
          origin="came from a template or an import"
        />
        <AboutSection
          form={form}
          functions={functions}
          organisation={organisation}
          thirdParties={thirdParties}
        />
        <PurposesSection form={form} />
        {belowDrawn ? (
          <>
            <PersonalDataSection form={form} />
            <SourcesSection form={form} />
            <LawfulBasisSection form={form} />
            <RightsPanel
              lawfulBasis={values.lawfulBasis}
              automatedDecisions={values.automatedDecisions.exists}
            />
            <RecipientsSection form={form} thirdParties={thirdParties} saved={!isNew} />
            <RetentionSection form={form} />
            <SecuritySection form={form} />
            <AutomatedDecisionsSection form={form} />
            <DpiaSection form={form} />
            <ActivityBreaches activityId={values.id} saved={!isNew} />
            <ConsentMarketingSection form={form} organisation={organisation} />
            <RequirementSection form={form} />
            <ReviewSection form={form}>
              <RecordReviews
                kind="activity"
                id={values.id}
                name={savedName || 'Untitled activity'}
                saved={!isNew}
                dirty={dirty}
                onReviewed={(review) => {
                  // The repo moved the stored dates: take them into the form without making it dirty.
                  const next = {
                    ...form.getValues(),
                    lastReviewed: review.reviewedOn,
                    nextReview: review.nextReview,
                    updatedAt: review.createdAt,
                  };
                  form.setInitialValues(next);
                  form.setValues(next);
                }}
              />
            </ReviewSection>
            <InternalNotesSection form={form} kit={activityKit} />
          </>
        ) : null}
        <EditorActionBar
          isNew={isNew}
          status={form.getInitialValues().status}
          dirty={dirty}
          problems={stillInvalid.length}
          saving={actions.saving}
          busy={actions.busy}
          onBack={() => navigate(paths.activities)}
          onDuplicate={actions.duplicate}
          onToggleStatus={() => void actions.toggleStatus()}
          onDelete={actions.remove}
        />
      </Stack>
    </form>
  );
}
