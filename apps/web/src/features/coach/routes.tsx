import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { RequireRole } from '../../app/guards';
import { CaseloadPage } from './caseload/CaseloadPage';
import { AuditTrailPage } from './client/actions/AuditTrailPage';
import { ProgressPage } from './client/actions/ProgressPage';
import { ClientOverview } from './client/ClientOverview';
import { ClientPage } from './client/ClientPage';
import { EditParticipantPage, NewParticipantPage } from './client/form/ParticipantFormPage';
import { HoursInboxPage } from './hours/HoursInboxPage';
import { ClientIntroductions, IntroductionsPage } from './introductions/IntroductionsPage';
import { MatchesPanel } from './matches/MatchesPanel';

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
