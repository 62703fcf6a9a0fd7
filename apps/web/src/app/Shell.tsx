import {
  Button,
  NavBar,
  NavList,
  Page,
  PageContent,
  PageFooter,
  PageHeader,
  Paragraph,
  SkipLink,
} from '@utrecht/component-library-react';
import { useEffect, useRef, type ReactNode } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Link as RouterLink, Outlet, useLocation } from 'react-router';
import { useSession, useUser } from '../auth/session';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { PageSuspense } from './lazy';
import { AppNavLink } from './links';
import { NAVIGATION } from './navigation';

/** The frame of every page: skip link, header (product, language, user), main, footer. */
export function Shell({ nav, user, children }: { nav?: ReactNode; user?: ReactNode; children: ReactNode }) {
  const intl = useIntl();
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);
  // After a route change, focus moves to the new page's content, so a screen reader starts there.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [pathname]);
  return (
    <>
      <SkipLink href="#main">{intl.formatMessage({ id: 'shell.skipToContent' })}</SkipLink>
      <PageHeader className="pw-header">
        <div className="pw-header__bar">
          <RouterLink to="/" className="pw-header__brand">
            Plekwijzer
          </RouterLink>
          <div className="pw-header__tools">
            <LanguageSwitch />
            {user}
          </div>
        </div>
        {nav}
      </PageHeader>
      <Page className="pw-page">
        <PageContent>
          <main id="main" tabIndex={-1} ref={main} className="pw-main">
            {children}
          </main>
        </PageContent>
      </Page>
      <PageFooter className="pw-footer">
        <Paragraph small>
          <FormattedMessage id="shell.footer" />
        </Paragraph>
      </PageFooter>
    </>
  );
}

/** The signed-in layout: the role's own navigation and the user with sign-out. */
export function SignedInLayout() {
  const user = useUser();
  const { signOut } = useSession();
  const intl = useIntl();
  const items = NAVIGATION[user.role];
  return (
    <Shell
      nav={
        items.length > 0 ? (
          <NavBar className="pw-nav" aria-label={intl.formatMessage({ id: 'shell.mainNavigation' })}>
            <NavList>
              {items.map((item) => (
                // NavListLink renders its own <li>.
                <AppNavLink key={item.to} to={item.to}>
                  <FormattedMessage id={item.label} />
                </AppNavLink>
              ))}
            </NavList>
          </NavBar>
        ) : undefined
      }
      user={
        <div className="pw-user">
          <span className="pw-user__name">
            {user.displayName}{' '}
            <span className="pw-user__role">
              (<FormattedMessage id={`role.${user.role}`} />)
            </span>
          </span>
          <Button appearance="subtle-button" onClick={signOut}>
            <FormattedMessage id="shell.signOut" />
          </Button>
        </div>
      }
    >
      <PageSuspense>
        <Outlet />
      </PageSuspense>
    </Shell>
  );
}
