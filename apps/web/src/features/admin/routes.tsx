import type { ReactNode } from 'react';
import { Route } from 'react-router';
import { RequireRole } from '../../app/guards';
import { OrganisationsPage } from './OrganisationsPage';
import { UsersPage } from './UsersPage';
import './admin.css';

const guarded = (page: ReactNode) => <RequireRole roles={['ADMIN']}>{page}</RequireRole>;

/** The admin's pages: organisations and their users, behind the ADMIN role. */
export const adminRoutes = (
  <Route path="admin">
    <Route path="organisations" element={guarded(<OrganisationsPage />)} />
    <Route path="users" element={guarded(<UsersPage />)} />
  </Route>
);
