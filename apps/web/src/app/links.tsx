import {
  ButtonLink,
  Link,
  NavListLink,
  type ButtonLinkProps,
  type LinkProps,
} from '@utrecht/component-library-react';
import { useHref, useLinkClickHandler, useLocation } from 'react-router';

/**
 * NL Design System links that navigate inside the app: the utrecht component renders the <a>, and
 * React Router's click handler turns a plain click into a client-side navigation (a click with a
 * modifier key still opens a new tab, as a link should).
 */
function useRouterAnchor(to: string) {
  const href = useHref(to);
  const onClick = useLinkClickHandler<HTMLAnchorElement>(to);
  return { href, onClick };
}

export function AppLink({ to, ...props }: Omit<LinkProps, 'href' | 'onClick'> & { to: string }) {
  return <Link {...props} {...useRouterAnchor(to)} />;
}

export function AppButtonLink({ to, ...props }: Omit<ButtonLinkProps, 'href' | 'onClick'> & { to: string }) {
  return <ButtonLink {...props} {...useRouterAnchor(to)} />;
}

/** A navigation link, marked `aria-current="page"` on its own page and the pages below it. */
export function AppNavLink({
  to,
  end,
  ...props
}: Omit<LinkProps, 'href' | 'onClick'> & { to: string; end?: boolean }) {
  const { pathname } = useLocation();
  const current = end ? pathname === to : pathname === to || pathname.startsWith(`${to}/`);
  return <NavListLink {...props} {...useRouterAnchor(to)} aria-current={current ? 'page' : undefined} />;
}
