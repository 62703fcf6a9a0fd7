import type { IntlShape } from 'react-intl';

/**
 * The catalogue's words for `id`, or `fallback` when the catalogue has no such message: for values
 * the API may add before this build of the workspace knows them (an audit action, a webhook event
 * type, an insights key), which then show as the API says them instead of as a missing message.
 */
export function messageOr(intl: IntlShape, id: string, fallback: string): string {
  return intl.messages[id] ? intl.formatMessage({ id }) : fallback;
}
