import { BrowserRouter, Route, Routes } from 'react-router';
import { SessionProvider } from '../auth/session';
import { adminRoutes } from '../features/admin/routes';
import { analystRoutes } from '../features/analyst/routes';
import { coachRoutes } from '../features/coach/routes';
import { employerRoutes } from '../features/employer/routes';
import { searchRoutes } from '../features/search/routes';
import { SignInCallbackPage } from '../features/sign-in/SignInCallbackPage';
import { SignInPage } from '../features/sign-in/SignInPage';
import { LocaleProvider } from '../i18n/locale';
import { HomeRedirect, NotFound, RequireSession } from './guards';
import { SignedInLayout } from './Shell';
import { StartPage } from './StartPage';

/**
 * Providers (language, session with its GraphQL client, router) and the route table. Each role's
 * pages come from its feature folder (features/<role>/routes.tsx), guarded by role there.
 */
export function App() {
  return (
    <LocaleProvider>
      <BrowserRouter>
        <SessionProvider>
          <Routes>
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/sign-in/callback" element={<SignInCallbackPage />} />
            <Route
              element={
                <RequireSession>
                  <SignedInLayout />
                </RequireSession>
              }
            >
              <Route index element={<HomeRedirect />} />
              <Route path="start" element={<StartPage />} />
              {coachRoutes}
              {employerRoutes}
              {adminRoutes}
              {searchRoutes}
              {analystRoutes}
              <Route path="*" element={<NotFound />} />
            </Route>
          </Routes>
        </SessionProvider>
      </BrowserRouter>
    </LocaleProvider>
  );
}
