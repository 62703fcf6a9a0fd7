// Opens the development GraphiQL page in headless Chromium as a user would: pastes a token into
// Headers, runs the default query, opens the docs explorer, and saves a screenshot. It prints what
// the browser reported (console errors, CSP refusals, requests to other hosts, storage keys).
// Usage: node tools/graphiql-screenshot.mjs <url of /graphql> <token> <out.png>
// Needs Chromium (Debian: apt-get install chromium); CHROMIUM overrides /usr/bin/chromium.
import { URL } from 'node:url';
import { chromium } from 'playwright-core';

const [url, token, out] = process.argv.slice(2);
if (!url || !token || !out) {
  console.error('Usage: node tools/graphiql-screenshot.mjs <url> <token> <out.png>');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
const problems = [];
const otherHosts = [];
const origin = new URL(url).origin;
page.on('console', (m) => {
  if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text().slice(0, 200)}`);
});
page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
page.on('request', (r) => {
  if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) otherHosts.push(r.url());
});
await page.goto(url);
await page.waitForSelector('.graphiql-query-editor .monaco-editor', { timeout: 20_000 });
await page.getByText('Headers', { exact: true }).first().click();
await page.locator('.graphiql-editor-tool .monaco-editor').last().click();
await page.keyboard.press('Control+A');
await page.keyboard.insertText(`{ "Authorization": "Bearer ${token}" }`);
await page.keyboard.press('Home');
await page.locator('.graphiql-execute-button').click();
await page.waitForFunction(
  () => globalThis.document.querySelector('.result-window')?.textContent?.includes('data'),
  null,
  {
    timeout: 20_000,
  },
);
await page
  .getByRole('button', { name: /documentation/i })
  .first()
  .click();
await page.waitForSelector('.graphiql-doc-explorer', { timeout: 20_000 });
await page.waitForTimeout(1_000);
const docs = await page.locator('.graphiql-doc-explorer').innerText();
const result = await page.locator('.result-window').innerText();
const storage = await page.evaluate(() => {
  const { localStorage, sessionStorage } = globalThis;
  const hasToken = (s) => Object.values(s).some((v) => v.includes('Bearer'));
  return {
    localStorageKeys: Object.keys(localStorage),
    sessionStorageKeys: Object.keys(sessionStorage),
    tokenInSessionStorage: hasToken(sessionStorage),
    tokenInLocalStorage: hasToken(localStorage),
  };
});
await page.screenshot({ path: out });
await browser.close();
console.log(
  JSON.stringify(
    { problems, otherHosts, docs: docs.slice(0, 300), result: result.slice(0, 300), storage },
    null,
    2,
  ),
);
