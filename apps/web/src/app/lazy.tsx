import { Paragraph } from '@utrecht/component-library-react';
import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { FormattedMessage } from 'react-intl';

/**
 * A page loaded when it is first opened (its own JS chunk), so the first route ships only what it
 * needs. `lazyPage(() => import('./caseload/CaseloadPage'), 'CaseloadPage')` names the module's
 * export; the page renders inside a <PageSuspense> (SignedInLayout has one around every page).
 */
export function lazyPage<M extends Record<string, unknown>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): ComponentType {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

/**
 * While a page's code loads: a polite status line in the page's place (announced by screen
 * readers, the layout — header, navigation — stays put and usable).
 */
export function PageLoading() {
  return (
    <Paragraph role="status" aria-live="polite" className="pw-muted">
      <FormattedMessage id="lazy.loadingPage" />
    </Paragraph>
  );
}

export function PageSuspense({ children }: { children: ReactNode }) {
  return <Suspense fallback={<PageLoading />}>{children}</Suspense>;
}
