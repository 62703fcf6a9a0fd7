import { useEffect } from 'react';
import { useIntl } from 'react-intl';

/** `<title>`: the page's name and the product, never personal data (UX.md: privacy). */
export function usePageTitle(messageId: string): void {
  const intl = useIntl();
  const title = intl.formatMessage({ id: messageId });
  useEffect(() => {
    document.title = `${title} · Plekwijzer`;
  }, [title]);
}
