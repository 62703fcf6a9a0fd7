import { Route } from 'react-router';
import { RequireRole } from '../../app/guards';
import { CaseloadPage } from './caseload/CaseloadPage';

/** The coach's pages, all behind the COACH role. */
export const coachRoutes = (
  <Route path="coach">
    <Route
      path="clients"
      element={
        <RequireRole roles={['COACH']}>
          <CaseloadPage />
        </RequireRole>
      }
    />
  </Route>
);
