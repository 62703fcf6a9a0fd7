import { lazy, Suspense } from 'react';
import { FormattedMessage } from 'react-intl';
import { Route } from 'react-router';
import { Paragraph } from '@utrecht/component-library-react';
import { RequireRole } from '../../app/guards';
import type { Role } from '../../auth/session';

/** Analysts' pages, loaded only when an analyst opens one: the coach's first route does not grow. */
const AnalystPages = lazy(() => import('./AnalystPages'));

const ANALYSTS: readonly Role[] = ['ANALYST', 'ADMIN'];

export const analystRoutes = (
  <Route
    path="analyst/*"
    element={
      <RequireRole roles={ANALYSTS}>
        <Suspense
          fallback={
            <Paragraph role="status" className="pw-muted">
              <FormattedMessage id="common.loading" />
            </Paragraph>
          }
        >
          <AnalystPages />
        </Suspense>
      </RequireRole>
    }
  />
);
