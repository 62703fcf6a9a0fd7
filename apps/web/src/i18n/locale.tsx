import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { IntlProvider } from 'react-intl';
import en from './messages/en.json';
import nl from './messages/nl.json';

export type Locale = 'nl' | 'en';
export const LOCALES: readonly Locale[] = ['nl', 'en'];
const CATALOGUES: Record<Locale, Record<string, string>> = { nl, en };
/** The municipality's time zone: every date and time is shown as it is in Amersfoort. */
export const TIME_ZONE = 'Europe/Amsterdam';
/** The chosen language is a preference, not personal data: kept across visits. */
const STORAGE_KEY = 'plekwijzer.locale';

const LocaleContext = createContext<{ locale: Locale; setLocale: (locale: Locale) => void } | null>(null);

function initialLocale(): Locale {
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'nl' || stored === 'en') return stored;
  } catch {
    // Storage may be off (private mode): Dutch, the default.
  }
  return 'nl';
}

/** react-intl with the chosen catalogue; keeps `<html lang>` in step so screen readers switch voice. */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo(
    () => ({
      locale,
      setLocale(next: Locale) {
        setLocaleState(next);
        try {
          localStorage.setItem(STORAGE_KEY, next);
        } catch {
          // Not kept across visits, still switched now.
        }
      },
    }),
    [locale],
  );
  return (
    <LocaleContext.Provider value={value}>
      <IntlProvider locale={locale} defaultLocale="nl" messages={CATALOGUES[locale]} timeZone={TIME_ZONE}>
        {children}
      </IntlProvider>
    </LocaleContext.Provider>
  );
}

export function useLocale() {
  const context = useContext(LocaleContext);
  if (!context) throw new Error('useLocale outside LocaleProvider');
  return context;
}

/** The API's bilingual texts (checks, fix hints): the one for the interface language. */
export function useBilingual(): (texts: { nl: string; en: string }) => string {
  const { locale } = useLocale();
  return (texts) => (locale === 'en' ? texts.en : texts.nl);
}
