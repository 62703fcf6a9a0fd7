/** Hosts that may be called over plain http, outside production only (a receiver on the developer's machine). */
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export const MAX_WEBHOOK_URL_LENGTH = 2000;

/**
 * Checks a webhook URL. Returns what is wrong, in words for the user, or undefined when it is fine.
 * Production accepts https only; elsewhere http is allowed to localhost / 127.0.0.1 as well.
 */
export function webhookUrlProblem(raw: string, options: { production: boolean }): string | undefined {
  const value = raw.trim();
  if (value.length === 0) return 'url is needed';
  if (value.length > MAX_WEBHOOK_URL_LENGTH)
    return `url can be at most ${MAX_WEBHOOK_URL_LENGTH} characters long`;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'url must be an absolute URL such as https://example.org/webhooks';
  }
  if (url.username || url.password)
    return 'url must not contain a user name or password; the signature authenticates the calls';
  if (url.hash) return 'url must not contain a #fragment';
  if (url.protocol === 'https:') return undefined;
  if (url.protocol === 'http:') {
    if (options.production) return 'url must use https';
    if (LOCAL_HOSTS.has(url.hostname)) return undefined;
    return 'url must use https (plain http is only allowed to localhost or 127.0.0.1 outside production)';
  }
  return 'url must use https';
}

/** The URL as it will be stored and called (WHATWG-normalised). Call after webhookUrlProblem returned undefined. */
export function normaliseWebhookUrl(raw: string): string {
  return new URL(raw.trim()).toString();
}
