import { UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { FormattedMessage } from 'react-intl';
import { useBilingual } from '../../../i18n/locale';

export interface CheckView {
  criterion: string;
  passed: boolean;
  flagged: boolean;
  detailNl: string;
  detailEn: string;
}

/**
 * A place's checks against the client: each passed (✓) or failed (✗) in words as well as by sign
 * (never by colour alone), with the API's explanation in the interface language. A flagged check
 * passed with a remark (a stretched language level, for instance).
 */
/** What a coach looks at first (UX.md): language, times, childcare, travel; the formalities last. */
const ORDER = [
  'LANGUAGE',
  'GROUP_LANGUAGE',
  'AVAILABILITY',
  'CHILDCARE',
  'TRAVEL',
  'HOURS',
  'PHYSICAL_LOAD',
  'Z_ROUTE_COUNTING',
  'DATES',
  'CAPACITY',
  'ROUTE',
  'TARGET_GROUP',
  'AUDIENCE',
  'COMPENSATION',
  'STATUS',
];
const rank = (criterion: string) => {
  const i = ORDER.indexOf(criterion);
  return i === -1 ? ORDER.length : i;
};

export function Checks({
  checks,
  failedFirst = false,
}: {
  checks: readonly CheckView[];
  failedFirst?: boolean;
}) {
  const text = useBilingual();
  const ordered = [...checks].sort(
    (a, b) =>
      (failedFirst ? Number(a.passed) - Number(b.passed) : 0) || rank(a.criterion) - rank(b.criterion),
  );
  return (
    <UnorderedList className="pw-checks">
      {ordered.map((c) => (
        <UnorderedListItem
          key={c.criterion}
          className={
            c.passed
              ? c.flagged
                ? 'pw-check pw-check--flagged'
                : 'pw-check pw-check--passed'
              : 'pw-check pw-check--failed'
          }
        >
          <span className="pw-check__sign" aria-hidden="true">
            {c.passed ? (c.flagged ? '!' : '✓') : '✗'}
          </span>
          <span className="pw-check__text">
            <strong>
              <FormattedMessage id={`criterion.${c.criterion}`} />
            </strong>{' '}
            <span className="pw-visually-hidden">
              <FormattedMessage
                id={c.passed ? (c.flagged ? 'check.flagged' : 'check.passed') : 'check.failed'}
              />
            </span>
            {text({ nl: c.detailNl, en: c.detailEn })}
          </span>
        </UnorderedListItem>
      ))}
    </UnorderedList>
  );
}
