import type { Role } from '../auth/session';

export interface NavItem {
  to: string;
  /** Message id of the link text. */
  label: string;
}

/**
 * Each role's navigation, and so its start page (the first item). A role sees only its own links;
 * its pages are guarded by RequireRole too, so a link typed by hand shows "no access", never data.
 * A new role's pages: add a features/<role>/routes.tsx and its items here.
 */
export const NAVIGATION: Record<Role, readonly NavItem[]> = {
  COACH: [
    { to: '/coach/clients', label: 'nav.coach.clients' },
    { to: '/coach/introductions', label: 'nav.coach.introductions' },
    { to: '/coach/hours', label: 'nav.coach.hours' },
    { to: '/search', label: 'search.nav' },
  ],
  EMPLOYER: [
    { to: '/employer/places', label: 'employer.nav.places' },
    { to: '/employer/introductions', label: 'employer.nav.introductions' },
    { to: '/employer/hours', label: 'employer.nav.hours' },
    { to: '/employer/webhooks', label: 'employer.nav.webhooks' },
    { to: '/search', label: 'search.nav' },
  ],
  PARTNER: [
    { to: '/employer/places', label: 'employer.nav.activities' },
    { to: '/employer/introductions', label: 'employer.nav.introductions' },
    { to: '/employer/hours', label: 'employer.nav.hours' },
    { to: '/employer/webhooks', label: 'employer.nav.webhooks' },
    { to: '/search', label: 'search.nav' },
  ],
  ADMIN: [
    { to: '/admin/organisations', label: 'admin.nav.organisations' },
    { to: '/admin/users', label: 'admin.nav.users' },
    { to: '/search', label: 'search.nav' },
  ],
  ANALYST: [
    { to: '/analyst/bottlenecks', label: 'analyst.nav.bottlenecks' },
    { to: '/analyst/supply', label: 'analyst.nav.supply' },
    { to: '/analyst/pipeline', label: 'analyst.nav.pipeline' },
    { to: '/analyst/unlocks', label: 'analyst.nav.unlocks' },
    { to: '/search', label: 'search.nav' },
  ],
};

export function homeOf(role: Role): string {
  return NAVIGATION[role][0]?.to ?? '/start';
}
