// The app shell: it loads under the GitHub Pages sub-path, routes on the
// client, survives deep links and reloads, and says when a page is unknown.
import { test as plainTest } from '@playwright/test';
import { test, expect, open, appReady, audit, site, atPage, BASE_PATH } from './fixtures.mjs';

test('home page loads under the sub-path with a real title and layout', async ({ page }) => {
  const response = await open(page, '/');
  expect(response.status()).toBe(200);
  await expect(page).toHaveTitle(/Leader-Leader/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible();
  await expect(page.getByRole('main')).toBeVisible();
  await expect(page.getByRole('contentinfo')).toContainText('Turn the Ship Around!');
  await expect(page.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
  // The favicon is served from the sub-path.
  const icon = await page.locator('link[rel=icon]').getAttribute('href');
  expect(icon.startsWith(BASE_PATH)).toBe(true);
});

test('navigation stays in the page and lands on the right address', async ({ page }) => {
  await open(page, '/');
  await page.evaluate(() => { window.__sameDocument = true; });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Checklist' }).click();
  await expect(page).toHaveURL(atPage('checklist'));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your checklist');
  await expect(page.getByRole('link', { name: 'Checklist' })).toHaveAttribute('aria-current', 'page');
  expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
  await page.goBack();
  await expect(page).toHaveURL(atPage(''));
  await expect(page.getByRole('heading', { level: 1 })).toContainText('bottleneck');
});

test('each page brings its own code when first opened, and only once', async ({ page }) => {
  const pieces = [];
  page.on('request', (req) => {
    if (/\/split-[0-9a-f]+\/.+\.wasm$/.test(new URL(req.url()).pathname)) pieces.push(req.url());
  });
  await open(page, '/');
  await page.waitForLoadState('networkidle');
  const home = pieces.length;
  expect(home, 'pieces fetched by the home page').toBeGreaterThan(0);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Assess' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Self-assessment');
  expect(pieces.length, 'pieces fetched for the assessment').toBeGreaterThan(home);
  // Back home and to the assessment again: nothing is fetched twice.
  const fetched = pieces.length;
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('bottleneck');
  await page.goForward();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Self-assessment');
  expect(pieces.length).toBe(fetched);
});

// Plain Playwright here, since this test makes requests fail on purpose; and
// no service worker, which would answer from its cache.
plainTest.describe('before the service worker has the files', () => {
  plainTest.use({ serviceWorkers: 'block' });
  plainTest('a page whose code cannot be fetched says so, keeps the app working, and loads on retry', async ({ page }) => {
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('checklist');
    await appReady(page);
    await page.locator('input[type=checkbox]').first().check();
    // The connection drops: no piece of the app can be fetched.
    await page.route(/\/split-[0-9a-f]+\/.+\.wasm$/, (route) => route.abort('internetdisconnected'));
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practice' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page could not be loaded');
    await expect(page.getByText('Everything you have saved is still here.')).toBeVisible();
    await audit(page);
    // The rest of the app still works: the pages whose code is here.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Four steps' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The four steps');
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page could not be loaded');
    // The connection is back: trying again opens the page, with the data intact.
    await page.unroute(/\/split-[0-9a-f]+\/.+\.wasm$/);
    await page.getByRole('button', { name: 'Try again' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice tools');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Checklist' }).click();
    await expect(page.locator('input[type=checkbox]').first()).toBeChecked();
    expect(errors).toEqual([]);
  });

  plainTest('a page whose code arrives after the visitor has moved on does not take over', async ({ page }) => {
    await page.goto('./');
    await appReady(page);
    const homeTitle = await page.title();
    // A slow connection: the practice tools' code (another piece than the
    // home page's) takes two seconds to arrive.
    let delayed = 0;
    await page.route(/\/split-[0-9a-f]+\/.+\.wasm$/, async (route) => {
      delayed += 1;
      await new Promise((resolve) => setTimeout(resolve, 2000));
      await route.continue();
    });
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Practice' }).click();
    // The visitor does not wait, and goes back to the home page.
    await nav.getByRole('link', { name: 'Home' }).click();
    await expect.poll(() => delayed).toBeGreaterThan(0);
    await page.waitForTimeout(3000);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('bottleneck');
    await expect(page).toHaveTitle(homeTitle);
    await expect(page).toHaveURL(atPage(''));
    await expect(nav.getByRole('link', { name: 'Home' })).toHaveAttribute('aria-current', 'page');
    // Later, the practice tools open as usual.
    await nav.getByRole('link', { name: 'Practice' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice tools');
    await expect(page).toHaveURL(atPage('practice/'));
  });
});

test('a deep link opens directly and survives a reload', async ({ page }) => {
  const response = await open(page, '/steps/genetic-code');
  // Every address is a page of its own (steps/genetic-code.html).
  expect(response.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find and rewrite the genetic code of control');
  await expect(page).toHaveTitle(/Step 3/);
  await page.reload();
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find and rewrite the genetic code of control');
});

test('an unknown address shows a not-found page with a way home', async ({ page }) => {
  await open(page, '/no/such/page');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
  await expect(page.getByRole('main')).toContainText('/no/such/page');
  await page.getByRole('main').getByRole('link', { name: 'Go to the home page' }).click();
  await expect(page).toHaveURL(atPage(''));
});

test('an unknown step slug is not found too', async ({ page }) => {
  await open(page, '/steps/step-five');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist');
});

test('the site root without a trailing slash redirects into the app', async ({ page, baseURL }) => {
  await page.goto(baseURL.replace(/\/$/, ''));
  await appReady(page);
  await expect(page).toHaveURL(atPage(''));
});

test('without JavaScript the static page explains what is needed', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(baseURL);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Stop being the bottleneck. Let everyone lead.');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Four steps' }))
    .toHaveAttribute('href', site('steps/'));
  // (Playwright switches scripts off without telling the parser, so the
  // <noscript> note is in the page but not shown here.)
  expect(await page.content()).toContain('You can read every page without JavaScript.');
  await context.close();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await open(page, '/model');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await expect(page).toHaveURL(atPage('model#main'));
});

test('a strict Content-Security-Policy is in force', async ({ page }) => {
  await open(page, '/');
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("'wasm-unsafe-eval'");
  expect(policy).toMatch(/script-src [^;]*'sha256-[A-Za-z0-9+/=]+'/);
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'none'");
  expect(policy).not.toContain('unsafe-inline');
  // It really is enforced: an inline script added now is refused (checked
  // on a second page, whose expected refusal the fixture does not count).
  const probe = await page.context().newPage();
  await probe.goto('');
  await expect(probe.locator('#app main h1')).toBeVisible();
  const ran = await probe.evaluate(() => {
    window.__injected = false;
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.appendChild(s);
    return window.__injected;
  });
  expect(ran).toBe(false);
  await probe.close();
});
