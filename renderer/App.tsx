/** Providers, the frame and the routes of the window. */
import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { Redirect, Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { getSettings } from './db/repos/settings';
import { ActivityEditor } from './features/activities/ActivityEditor';
import { ActivityList } from './features/activities/ActivityList';
import { FirstRun } from './features/first-run/FirstRun';
import { OrganisationPage } from './features/organisation/OrganisationPage';
import { CommandPalette } from './features/palette/CommandPalette';
import { MenuCommands } from './features/register-file/MenuCommands';
import { SettingsPage } from './features/settings/SettingsPage';
import { ThirdPartyEditor } from './features/third-parties/ThirdPartyEditor';
import { ThirdPartyList } from './features/third-parties/ThirdPartyList';
import { AppLayout } from './layout/AppLayout';
import { paths } from './navigation/paths';
import { cssVariablesResolver, theme } from './theme';

function Routes() {
  const settings = useLiveQuery(getSettings);
  if (!settings) return null;
  if (!settings.onboarded) return <FirstRun />;
  return (
    <AppLayout>
      <Switch>
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
        <Route path={paths.organisation} component={OrganisationPage} />
        <Route path={paths.settings} component={SettingsPage} />
        <Route>
          <Redirect to={paths.activities} replace />
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
        <Router hook={useHashLocation}>
          <CommandPalette />
          <MenuCommands />
          <Routes />
        </Router>
      </ModalsProvider>
    </MantineProvider>
  );
}
