import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { RequireRole } from '../../app/guards';
import { lazyPage } from '../../app/lazy';
import './admin.css';

// Each page is its own chunk, loaded when first opened (app/lazy.tsx).
const OrganisationsPage = lazyPage(() => import('./OrganisationsPage'), 'OrganisationsPage');
const UsersPage = lazyPage(() => import('./UsersPage'), 'UsersPage');

const guarded = (page: ReactNode) => <RequireRole roles={['ADMIN']}>{page}</RequireRole>;

/** The admin's pages: organisations and their users, behind the ADMIN role. */
export const adminRoutes = (
  <Route path="admin">
    <Route path="organisations" element={guarded(<OrganisationsPage />)} />
    <Route path="users" element={guarded(<UsersPage />)} />
  </Route>
);
