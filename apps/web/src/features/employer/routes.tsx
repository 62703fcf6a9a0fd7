import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { RequireRole } from '../../app/guards';
import { lazyPage } from '../../app/lazy';
import type { Role } from '../../auth/session';
import './employer.css';

// Each page is its own chunk, loaded when first opened (app/lazy.tsx).
const HoursPage = lazyPage(() => import('./introductions/HoursPage'), 'HoursPage');
const IntroductionsPage = lazyPage(() => import('./introductions/IntroductionsPage'), 'IntroductionsPage');
const PlaceFormPage = lazyPage(() => import('./places/PlaceFormPage'), 'PlaceFormPage');
const PlacesPage = lazyPage(() => import('./places/PlacesPage'), 'PlacesPage');
const WebhooksPage = lazyPage(() => import('./webhooks/WebhooksPage'), 'WebhooksPage');

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
