// A Playwright `test` whose page fails the test on any console error, page
// error, failed request, or request to another origin. A 404 status is
// allowed only for a page document: that is how GitHub Pages serves a deep
// link (its 404.html is the app).
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect } from '@playwright/test';
import { BASE_PATH } from '../../playwright.config.mjs';

// The site is tested under the sub-path it was built for (`$PUBLIC_URL`):
// `site('steps')` is that page's path, `atPage('steps')` matches a URL ending there.
export { BASE_PATH };
export const site = (path) => BASE_PATH + path.replace(/^\//, '');
export const atPage = (path) => new RegExp(`${site(path).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);

// The app's localStorage keys (src/storage.rs). Each copy of the app names
// its keys after its base path, so copies sharing an origin keep apart.
export const keyFor = (basePath) => `leader-leader@${basePath}`;
/** The saved data of the copy under test. */
export const KEY = keyFor(BASE_PATH);
/** Kept damaged copies are under `${DAMAGED}:<ms>`. */
export const DAMAGED = `${KEY}:damaged`;
export const PROBE = `${KEY}:probe`;
/** Earlier versions' keys, shared by every copy on the origin. */
export const LEGACY_KEY = 'leader-leader';
export const LEGACY_DAMAGED = 'leader-leader:damaged';

export const test = base.extend({
  // Headless Chromium's save picker (`showSaveFilePicker`) is cancelled at
  // once, so backups are downloaded through a link here, as in browsers
  // without the picker. `savePicker: true` keeps the picker for a test that
  // stubs it (frames.spec.mjs).
  savePicker: [false, { option: true }],
  page: async ({ page, baseURL, savePicker }, use) => {
    if (!savePicker) await page.context().addInitScript(() => { delete window.showSaveFilePicker; });
    const origin = new URL(baseURL).origin;
    const problems = [];
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const text = msg.text();
      // Chromium logs the 404 status of a deep-linked document as an error.
      if (/Failed to load resource: the server responded with a status of 404/.test(text)
        && msg.location().url && !/\.(js|wasm|css|svg|png|json|webmanifest)$/.test(msg.location().url)) return;
      problems.push(`console error: ${text}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    page.on('requestfailed', (req) => {
      // A request the page itself cancelled by navigating away is not a failure.
      if (req.failure()?.errorText === 'net::ERR_ABORTED') return;
      problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
    });
    page.on('request', (req) => {
      const url = req.url();
      if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
        problems.push(`request to another origin: ${url}`);
      }
    });
    page.on('response', (res) => {
      if (res.status() >= 400 && res.request().resourceType() !== 'document') {
        problems.push(`HTTP ${res.status()} for ${res.url()}`);
      }
    });
    await page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
      });
    });
    await use(page);
    if (!page.isClosed()) {
      const csp = await page.evaluate(() => window.__cspViolations || []).catch(() => []);
      problems.push(...csp.map((v) => `CSP violation: ${v}`));
    }
    expect(problems, 'console errors, CSP violations, failed or foreign requests').toEqual([]);
  },
});

export { expect };

/** Waits until the app has replaced the static message and shows a page. */
export async function appReady(page) {
  // The page's own HTML is on screen at once; the app has taken over when
  // #app is live (index.html's take-over script).
  await expect(page.locator('#app[data-live]')).toHaveCount(1);
  await expect(page.locator('#app main h1')).toBeVisible();
}

/** Opens an app path (without the base), waiting for the app to mount. */
export async function open(page, path = '') {
  const response = await page.goto(path.replace(/^\//, ''));
  await appReady(page);
  return response;
}

/** Runs axe-core against WCAG 2.2 A and AA and fails on any violation. */
export async function audit(page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
    .analyze();
  expect(results.passes.length, 'axe ran its checks').toBeGreaterThan(10);
  const found = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(found).toEqual([]);
}
