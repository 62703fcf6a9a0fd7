/**
 * After a full page reload the tokens are gone (they live in memory only, see oidc.ts), so the
 * user lands on the sign-in page. If this tab signed in with OpenID Connect before, that page goes
 * straight back to the issuer, which usually still knows the user and returns at once: a reload
 * then costs no click. All that is kept is that fact, in this tab's sessionStorage — no token.
 *
 * The mark is used once (taken) and set again by the next successful sign-in, so a failing issuer
 * can never send the browser round in circles. Signing out and a failed renewal ("your session has
 * expired") remove it: those pages wait for the user.
 */
const KEY = 'plekwijzer.oidc.signedInThisTab';

export function markSignedInThisTab(): void {
  try {
    sessionStorage.setItem(KEY, '1');
  } catch {
    // Storage refused (private mode with a full quota): a reload then asks for one click, as before.
  }
}

export function forgetSignedInThisTab(): void {
  try {
    sessionStorage.removeItem(KEY);
  } catch {
    // Nothing kept, nothing to forget.
  }
}

/** Whether this tab signed in before; the mark is removed by asking. */
export function takeSignedInThisTab(): boolean {
  try {
    const had = sessionStorage.getItem(KEY) === '1';
    sessionStorage.removeItem(KEY);
    return had;
  } catch {
    return false;
  }
}
