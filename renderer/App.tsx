/** Providers, the frame and the routes of the window. */
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { Redirect, Route, Router, Switch } from 'wouter';
import { getSettings } from './db/repos/settings';
import { ActivityEditor } from './features/activities/ActivityEditor';
import { ActivityList } from './features/activities/ActivityList';
import { BreachEditor } from './features/breaches/BreachEditor';
import { BreachList } from './features/breaches/BreachList';
import { AuditTrailPage } from './features/audit-trail/AuditTrailPage';
import { AutoBackup } from './features/backups/AutoBackup';
import { ComplaintEditor } from './features/complaints/ComplaintEditor';
import { ComplaintList } from './features/complaints/ComplaintList';
import { Dashboard } from './features/dashboard/Dashboard';
import { FindingsPage } from './features/findings/FindingsPage';
import { ReportsPage } from './features/reports/ReportsPage';
import { FirstRun } from './features/first-run/FirstRun';
import { LiaList } from './features/lias/LiaList';
import { LiaRevisionView } from './features/lias/LiaRevisionView';
import { LiaWizard } from './features/lias/LiaWizard';
import { OrganisationPage } from './features/organisation/OrganisationPage';
import { CommandPalette } from './features/palette/CommandPalette';
import { NoticeCompare } from './features/notices/NoticeCompare';
import { NoticeEditor } from './features/notices/NoticeEditor';
import { NoticeList } from './features/notices/NoticeList';
import { NoticeVersionView } from './features/notices/NoticeVersionView';
import { NoticeVersions } from './features/notices/NoticeVersions';
import { MenuCommands } from './features/register-file/MenuCommands';
import { ProcessorLibrary } from './features/processor-library/ProcessorLibrary';
import { RightsRequestEditor } from './features/rights-requests/RightsRequestEditor';
import { RightsRequestList } from './features/rights-requests/RightsRequestList';
import { ReviewCalendar } from './features/reviews/ReviewCalendar';
import { SettingsPage } from './features/settings/SettingsPage';
import { DatabaseGate } from './features/startup/DatabaseGate';
import { ImportSpreadsheetPage } from './features/spreadsheet/ImportSpreadsheetPage';
import { ThirdPartyEditor } from './features/third-parties/ThirdPartyEditor';
import { ThirdPartyList } from './features/third-parties/ThirdPartyList';
import { TransferEditor } from './features/transfers/TransferEditor';
import { TransferList } from './features/transfers/TransferList';
import { TraRevisionView } from './features/tras/TraRevisionView';
import { TraWizard } from './features/tras/TraWizard';
import { AppLayout } from './layout/AppLayout';
import { useAppLocation } from './navigation/hashLocation';
import { paths } from './navigation/paths';
import { cssVariablesResolver, theme } from './theme';

function Routes() {
  const settings = useLiveQuery(getSettings);
  if (!settings) return null;
  if (!settings.onboarded) return <FirstRun />;
  return (
    <AppLayout>
      <Switch>
        <Route path={paths.dashboard} component={Dashboard} />
        <Route path={paths.findings} component={FindingsPage} />
        <Route path={paths.reports} component={ReportsPage} />
        <Route path={paths.activities} component={ActivityList} />
        <Route path="/activities/from-template/:templateId">
          {(params) => (
            <ActivityEditor key={params.templateId} id="new" templateId={params.templateId} />
          )}
        </Route>
        <Route path="/activities/:id">
          {(params) => <ActivityEditor key={params.id} id={params.id} />}
        </Route>
        <Route path={paths.thirdParties} component={ThirdPartyList} />
        <Route path="/third-parties/:id">
          {(params) => <ThirdPartyEditor key={params.id} id={params.id} />}
        </Route>
        <Route path={paths.lias} component={LiaList} />
        <Route path="/lias/:id/revisions/:revision">
          {(params) => <LiaRevisionView id={params.id} revision={Number(params.revision)} />}
        </Route>
        <Route path="/lias/:id">{(params) => <LiaWizard key={params.id} id={params.id} />}</Route>
        <Route path={paths.transfers} component={TransferList} />
        <Route path="/transfers/:id">
          {(params) => <TransferEditor key={params.id} id={params.id} />}
        </Route>
        <Route path="/tras/:id/revisions/:revision">
          {(params) => <TraRevisionView id={params.id} revision={Number(params.revision)} />}
        </Route>
        <Route path="/tras/:id">{(params) => <TraWizard key={params.id} id={params.id} />}</Route>
        <Route path={paths.notices} component={NoticeList} />
        <Route path="/notices/:audience/versions/:number">
          {(params) => (
            <NoticeVersionView audience={params.audience} number={Number(params.number)} />
          )}
        </Route>
        <Route path="/notices/:audience/versions">
          {(params) => <NoticeVersions audience={params.audience} />}
        </Route>
        <Route path="/notices/:audience/compare/:from/:to">
          {(params) => (
            <NoticeCompare
              audience={params.audience}
              from={Number(params.from)}
              to={Number(params.to)}
            />
          )}
        </Route>
        <Route path="/notices/:audience">
          {(params) => <NoticeEditor key={params.audience} audience={params.audience} />}
        </Route>
        <Route path={paths.breaches} component={BreachList} />
        <Route path="/breaches/:id">
          {(params) => <BreachEditor key={params.id} id={params.id} />}
        </Route>
        <Route path={paths.rightsRequests} component={RightsRequestList} />
        <Route path="/rights-requests/:id">
          {(params) => <RightsRequestEditor key={params.id} id={params.id} />}
        </Route>
        <Route path={paths.complaints} component={ComplaintList} />
        <Route path="/complaints/:id">
          {(params) => <ComplaintEditor key={params.id} id={params.id} />}
        </Route>
        <Route path={paths.processorLibrary} component={ProcessorLibrary} />
        <Route path={paths.importSpreadsheet} component={ImportSpreadsheetPage} />
        <Route path={paths.organisation} component={OrganisationPage} />
        <Route path={paths.reviews} component={ReviewCalendar} />
        <Route path={paths.auditTrail} component={AuditTrailPage} />
        <Route path={paths.settings} component={SettingsPage} />
        <Route>
          <Redirect to={paths.dashboard} replace />
        </Route>
      </Switch>
    </AppLayout>
  );
}

export function App() {
  return (
    <MantineProvider
      theme={theme}
      defaultColorScheme="auto"
      cssVariablesResolver={cssVariablesResolver}
    >
      <ModalsProvider>
        <Notifications position="bottom-right" />
        <DatabaseGate>
          <Router hook={useAppLocation}>
            <CommandPalette />
            <MenuCommands />
            <AutoBackup />
            <Routes />
          </Router>
        </DatabaseGate>
      </ModalsProvider>
    </MantineProvider>
  );
}
