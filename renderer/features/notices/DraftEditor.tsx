/** The draft of one notice, edited in place: wording per part, processors named or not. */
import { Alert, Anchor, Grid, Stack, Switch, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Fragment, useMemo, useState } from 'react';
import { useLocation } from 'wouter';
import type { NoticeDraft, NoticeSectionId, NoticeWording, Register } from '../../../shared/domain';
import { noticeChecklist, noticeDrift } from '../../../shared/notice';
import { canonicalJson } from '../../../shared/util/hash';
import { PageHeader } from '../../components/PageHeader';
import { PageLoader } from '../../components/PageLoader';
import { notifyFailure } from '../../components/notifyFailure';
import { readableAlert } from '../../components/readableAlert';
import { useUnsavedChanges } from '../../components/useUnsavedChanges';
import { saveDraft, startingDraft } from '../../db/repos/notices';
import { paths } from '../../navigation/paths';
import { useGuardedNavigate } from '../../navigation/useGuardedNavigate';
import { ChangeList } from './ChangeList';
import { DraftActionBar } from './DraftActionBar';
import { ExportMenu } from './ExportMenu';
import { NoticeChecklist } from './NoticeChecklist';
import { NoticeNav } from './NoticeNav';
import { NoticePage } from './NoticePage';
import { NoticePart } from './NoticePart';
import { PublishButton } from './PublishButton';
import { ReviewsSection } from '../reviews/RecordReviews';
import { audienceName, audienceParam, noticeHeading } from './notice-address';
import { useDraftView } from './useDraftView';
import classes from './notices.module.css';

export interface DraftEditorProps {
  register: Register;
  /** The stored draft, or null when the organisation has not saved one for this notice. */
  stored: NoticeDraft | null;
  audienceId: string | null;
  /** YYYY-MM-DD: the date a draft states as its last update. */
  today: string;
}

/** What a save changes: the wording and the processors choice, not ids or timestamps. */
const content = (draft: NoticeDraft) =>
  canonicalJson({
    introduction: draft.introduction,
    wording: draft.wording,
    nameProcessors: draft.nameProcessors,
  });

export function DraftEditor({ register, stored, audienceId, today }: DraftEditorProps) {
  const navigate = useGuardedNavigate();
  // After publishing the draft is saved: going to the version needs no question.
  const [, go] = useLocation();
  // Built once from the first copy read: later reads never replace what the person typed.
  const [initial] = useState<NoticeDraft>(
    () => stored ?? startingDraft(register, audienceId, new Date().toISOString()),
  );
  const [draft, setDraft] = useState<NoticeDraft>(initial);
  const [editing, setEditing] = useState<ReadonlySet<string>>(() => new Set());
  const [saving, setSaving] = useState(false);
  const baseline = useMemo(() => content(stored ?? initial), [stored, initial]);
  const dirty = content(draft) !== baseline;
  const name = audienceName(register.organisation, audienceId);
  const heading = noticeHeading(audienceId, name);
  useUnsavedChanges(`the ${heading.toLowerCase()}`, dirty);

  const { view, error } = useDraftView(register, draft, today);
  const versions = useMemo(
    () => register.noticeVersions.filter((v) => v.audienceId === audienceId),
    [register, audienceId],
  );
  const last = versions.at(-1);
  const drift = useMemo(
    () =>
      noticeDrift(
        register,
        { audienceId, nameProcessors: draft.nameProcessors, lastUpdated: today },
        last,
      ),
    [register, audienceId, draft.nameProcessors, today, last],
  );
  const checklist = useMemo(
    () => (view ? noticeChecklist(register, audienceId, view.document) : []),
    [register, audienceId, view],
  );

  if (!view) {
    if (error) throw error instanceof Error ? error : new Error(String(error));
    return <PageLoader label="Composing the notice" />;
  }

  const setPartEditing = (partId: string, on: boolean) =>
    setEditing((current) => {
      const next = new Set(current);
      if (on) next.add(partId);
      else next.delete(partId);
      return next;
    });
  const setWording = (sectionId: NoticeSectionId, wording: NoticeWording | null) =>
    setDraft((current) => {
      const kept = Object.entries(current.wording).filter(([id]) => id !== sectionId);
      const next: NoticeDraft['wording'] = Object.fromEntries(
        wording ? [...kept, [sectionId, wording]] : kept,
      );
      return { ...current, wording: next };
    });

  const save = async (): Promise<boolean> => {
    setSaving(true);
    try {
      const saved = await saveDraft(draft);
      setDraft(saved);
      notifications.show({ color: 'teal', message: 'Draft saved.' });
      return true;
    } catch (failure) {
      notifyFailure('The draft was not saved: your wording is still here', failure);
      return false;
    } finally {
      setSaving(false);
    }
  };

  const goTo = (partId: string) => {
    const target = document.getElementById(`notice-part-${partId}`);
    target?.scrollIntoView({ behavior: 'smooth', block: 'start' });
    target?.focus({ preventScroll: true });
  };
  const sectionTitles = new Map(view.sections.map((s) => [s.id, s.title]));
  const staleParts = [
    ...(view.introduction.stale ? [{ id: 'introduction', title: 'Introduction' }] : []),
    ...view.sections.filter((s) => s.stale).map((s) => ({ id: s.id, title: s.title })),
  ];
  const shownBlocks = new Map(view.document.sections.map((s) => [s.id, s.blocks]));

  return (
    <Stack gap={0}>
      <PageHeader
        title={heading}
        description="Composed from the register: it changes as the register does. Put any part in your own words; publish a version when it is ready."
        actions={
          <>
            <ExportMenu
              document={view.document}
              organisationName={register.organisation?.name ?? ''}
              label="draft"
              date={today}
              versionLabel="Draft"
            />
            <PublishButton
              register={register}
              draft={draft}
              dirty={dirty}
              versions={versions}
              staleCount={staleParts.length}
              today={today}
              onSave={save}
              onPublished={(version) =>
                go(paths.noticeVersion(audienceParam(audienceId), version.number))
              }
            />
          </>
        }
      />
      <NoticeNav
        audience={audienceParam(audienceId)}
        current="draft"
        versionCount={versions.length}
      />
      <Stack gap="lg">
        {last && drift.drifted ? (
          <Alert
            color="yellow"
            variant="light"
            icon={<IconAlertTriangle size={20} aria-hidden />}
            title={`The register has changed since version ${last.number}: ${drift.changes.length} ${drift.changes.length === 1 ? 'change' : 'changes'}`}
            styles={readableAlert}
          >
            <Stack gap="xs">
              <ChangeList changes={drift.changes} limit={5} size="sm" />
              <Text size="sm">
                {staleParts.length > 0
                  ? 'The composed text in the draft below says this; parts in your own wording may not. Check them, then publish a new version so your published notice says it too.'
                  : 'The draft below already says this. Publish a new version so your published notice says it too.'}
              </Text>
            </Stack>
          </Alert>
        ) : null}
        {staleParts.length > 0 ? (
          <Alert
            color="yellow"
            variant="light"
            icon={<IconAlertTriangle size={20} aria-hidden />}
            title={`${staleParts.length} ${staleParts.length === 1 ? 'part' : 'parts'} in your own wording to check`}
            styles={readableAlert}
          >
            <Text size="sm">
              The register changed after you wrote{' '}
              {staleParts.map((part, index) => (
                <Fragment key={part.id}>
                  {index > 0 ? (index === staleParts.length - 1 ? ' and ' : ', ') : null}
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    c="var(--mantine-color-text)"
                    underline="always"
                    onClick={() => goTo(part.id)}
                  >
                    “{part.title}”
                  </Anchor>
                </Fragment>
              ))}
              . Keep your wording or go back to the composed text.
            </Text>
          </Alert>
        ) : null}
        <Grid gap="lg" align="flex-start">
          <Grid.Col span={{ base: 12, lg: 8 }}>
            <NoticePage document={view.document} versionLabel="Draft">
              <NoticePart
                partId="introduction"
                title={null}
                composed={view.introduction.composed}
                composedHash={view.introduction.composedHash}
                wording={draft.introduction}
                stale={view.introduction.stale}
                shown={view.document.introduction}
                editing={editing.has('introduction')}
                onEditingChange={(on) => setPartEditing('introduction', on)}
                onWordingChange={(introduction) => setDraft((d) => ({ ...d, introduction }))}
              />
              {view.sections.map((section) => (
                <NoticePart
                  key={section.id}
                  partId={section.id}
                  title={section.title}
                  composed={section.composed}
                  composedHash={section.composedHash}
                  wording={draft.wording[section.id] ?? null}
                  stale={section.stale}
                  shown={shownBlocks.get(section.id) ?? section.composed}
                  editing={editing.has(section.id)}
                  onEditingChange={(on) => setPartEditing(section.id, on)}
                  onWordingChange={(wording) => setWording(section.id, wording)}
                  extra={
                    section.id === 'sharing' ? (
                      <Switch
                        size="sm"
                        mr="sm"
                        label="Name each processor"
                        checked={draft.nameProcessors}
                        onChange={(event) => {
                          const nameProcessors = event.currentTarget.checked;
                          setDraft((d) => ({ ...d, nameProcessors }));
                        }}
                      />
                    ) : null
                  }
                />
              ))}
            </NoticePage>
          </Grid.Col>
          <Grid.Col span={{ base: 12, lg: 4 }} className={classes.aside}>
            <Stack gap="lg">
              <NoticeChecklist items={checklist} sectionTitles={sectionTitles} onGoTo={goTo} />
              <ReviewsSection
                kind="notice"
                id={audienceParam(audienceId)}
                name={heading}
                // A review is of the published notice, so edits to the draft do not stand in its way.
                blockedReason={
                  last ? null : 'Publish a version first: a review is of the published notice.'
                }
                intro="Review the published notice at least yearly, even when it still matches the register: the interval is set in Settings."
              />
            </Stack>
          </Grid.Col>
        </Grid>
        <DraftActionBar
          state={stored === null && !dirty ? 'composed' : dirty ? 'unsaved' : 'saved'}
          saving={saving}
          onSave={() => void save()}
          onLeave={() => navigate(paths.notices)}
        />
      </Stack>
    </Stack>
  );
}
