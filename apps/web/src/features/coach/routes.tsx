import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { RequireRole } from '../../app/guards';
import { lazyPage } from '../../app/lazy';

// Each page is its own chunk, loaded when first opened (app/lazy.tsx).
const CaseloadPage = lazyPage(() => import('./caseload/CaseloadPage'), 'CaseloadPage');
const AuditTrailPage = lazyPage(() => import('./client/actions/AuditTrailPage'), 'AuditTrailPage');
const ProgressPage = lazyPage(() => import('./client/actions/ProgressPage'), 'ProgressPage');
const ClientOverview = lazyPage(() => import('./client/ClientOverview'), 'ClientOverview');
const ClientPage = lazyPage(() => import('./client/ClientPage'), 'ClientPage');
const EditParticipantPage = lazyPage(
  () => import('./client/form/ParticipantFormPage'),
  'EditParticipantPage',
);
const NewParticipantPage = lazyPage(() => import('./client/form/ParticipantFormPage'), 'NewParticipantPage');
const HoursInboxPage = lazyPage(() => import('./hours/HoursInboxPage'), 'HoursInboxPage');
const IntroductionsPage = lazyPage(() => import('./introductions/IntroductionsPage'), 'IntroductionsPage');
const ClientIntroductions = lazyPage(
  () => import('./introductions/IntroductionsPage'),
  'ClientIntroductions',
);
const MatchesPanel = lazyPage(() => import('./matches/MatchesPanel'), 'MatchesPanel');

function Coach({ children }: { children: ReactNode }) {
  return <RequireRole roles={['COACH']}>{children}</RequireRole>;
}

/** The coach's pages, all behind the COACH role. */
export const coachRoutes = (
  <Route path="coach">
    <Route
      path="clients"
      element={
        <Coach>
          <CaseloadPage />
        </Coach>
      }
    />
    <Route
      path="clients/new"
      element={
        <Coach>
          <NewParticipantPage />
        </Coach>
      }
    />
    <Route
      path="clients/:participantId"
      element={
        <Coach>
          <ClientPage />
        </Coach>
      }
    >
      <Route index element={<ClientOverview />} />
      <Route path="matches" element={<MatchesPanel />} />
      <Route path="introductions" element={<ClientIntroductions />} />
      <Route path="progress" element={<ProgressPage />} />
      <Route path="edit" element={<EditParticipantPage />} />
      <Route path="audit" element={<AuditTrailPage />} />
    </Route>
    <Route
      path="introductions"
      element={
        <Coach>
          <IntroductionsPage />
        </Coach>
      }
    />
    <Route
      path="hours"
      element={
        <Coach>
          <HoursInboxPage />
        </Coach>
      }
    />
  </Route>
);
