import { ButtonGroup, Button } from '@utrecht/component-library-react';
import { useIntl } from 'react-intl';
import { LOCALES, useLocale } from './locale';

const NAMES = { nl: 'Nederlands', en: 'English' } as const;

/** Nederlands | English: each language named in itself (and marked with its lang), the current one pressed. */
export function LanguageSwitch() {
  const { locale, setLocale } = useLocale();
  const intl = useIntl();
  return (
    <ButtonGroup aria-label={intl.formatMessage({ id: 'language.switch' })} className="pw-language-switch">
      {LOCALES.map((l) => (
        <Button
          key={l}
          appearance="subtle-button"
          lang={l}
          pressed={l === locale}
          onClick={() => setLocale(l)}
        >
          {NAMES[l]}
        </Button>
      ))}
    </ButtonGroup>
  );
}
