import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { RequireRole } from '../../app/guards';
import type { Role } from '../../auth/session';
import { HoursPage } from './introductions/HoursPage';
import { IntroductionsPage } from './introductions/IntroductionsPage';
import { PlaceFormPage } from './places/PlaceFormPage';
import { PlacesPage } from './places/PlacesPage';
import { WebhooksPage } from './webhooks/WebhooksPage';
import './employer.css';

/**
 * The pages of the organisations that offer places: employers and partner organisations do the
 * same job (a partner's places are activities; the catalogues word them by role), so they share them.
 */
const OFFERING: readonly Role[] = ['EMPLOYER', 'PARTNER'];

const guarded = (page: ReactNode) => <RequireRole roles={OFFERING}>{page}</RequireRole>;

export const employerRoutes = (
  <Route path="employer">
    <Route path="places" element={guarded(<PlacesPage />)} />
    <Route path="places/new" element={guarded(<PlaceFormPage />)} />
    <Route path="places/:placementId/edit" element={guarded(<PlaceFormPage />)} />
    <Route path="introductions" element={guarded(<IntroductionsPage />)} />
    <Route path="hours" element={guarded(<HoursPage />)} />
    <Route path="webhooks" element={guarded(<WebhooksPage />)} />
  </Route>
);
