// What another tab, another site or the browser's save dialog can do to a
// page: framed by another origin, the app shows a link and no controls; a
// change in another tab leaves the questionnaire (and the keyboard's place
// in it) alone; a backup is recorded only when it was written.
import fs from 'node:fs';
import config from '../../playwright.config.mjs';
import { test, expect, open, appReady, audit, KEY } from './fixtures.mjs';

// Chromium's local network checks would refuse a page the test makes up
// (it counts as public) any frame from the local test server.
const { launchOptions } = config.use;
test.use({
  timezoneId: 'UTC',
  launchOptions: { ...launchOptions, args: [...launchOptions.args, '--disable-features=LocalNetworkAccessChecks'] },
});

const SAMPLE = fs.readFileSync(new URL('../fixtures/saved-v3.json', import.meta.url), 'utf8');

test('a tick and a page change in another tab leave the questionnaire, its focus and its summary alone', async ({ page }) => {
  await open(page, '/assess');
  await page.getByLabel('I hold a traditional leadership role').check();
  // Answer two questions by keyboard, then ask for results too soon.
  await page.locator('#q-control-info-decides-1').focus();
  await page.keyboard.press('ArrowRight');
  await page.locator('#q-control-intent-1').focus();
  await page.keyboard.press('ArrowRight');
  await page.getByRole('button', { name: 'See my results' }).click();
  const summary = page.getByRole('heading', { name: '14 questions are not answered yet' });
  await expect(summary).toBeFocused();
  // Back to a radio button: the keyboard's place.
  await page.locator('#q-control-intent-2').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('#q-control-intent-3')).toBeFocused();
  await expect(page.locator('#q-control-intent-3')).toBeChecked();
  // Mark the nodes: a rebuilt questionnaire has new ones.
  await page.evaluate(() => { document.querySelector('.assess-form').dataset.mark = 'kept'; });

  const other = await page.context().newPage();
  await open(other, '/checklist');
  await other.locator('.checklist input[type=checkbox]').nth(0).check();
  await other.goto('steps');
  await appReady(other);
  await other.goto('model');
  await appReady(other);
  // Let the storage events reach the first tab.
  await page.waitForTimeout(500);

  await expect(page.locator('.assess-form')).toHaveAttribute('data-mark', 'kept');
  await expect(page.locator('#q-control-intent-3')).toBeFocused();
  await expect(page.locator('#q-control-intent-3')).toBeChecked();
  await expect(page.locator('#q-control-info-decides-2')).toBeChecked();
  await expect(summary).toBeVisible();
  await other.close();
});

test('a tick in another tab leaves the comparison the visitor chose, and the keyboard on it', async ({ page }) => {
  // Three assessments, so there is an earlier one to choose.
  const data = JSON.parse(SAMPLE);
  const history = data.assessments.history;
  history.push({ ...history[0], taken_at: history[0].taken_at - 7 * 86400000 });
  await open(page, '/');
  await page.evaluate(([k, v]) => localStorage.setItem(k, v), [KEY, JSON.stringify(data)]);
  await open(page, '/assess/history');
  const choice = page.getByLabel(/Compare your latest assessment/);
  await expect(choice.locator('option')).toHaveCount(2);
  await choice.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.compare-summary')).toHaveText(/^Since 2025-11-07:/);

  const other = await page.context().newPage();
  await open(other, '/checklist');
  await other.locator('.checklist input[type=checkbox]').nth(3).check();
  await page.waitForTimeout(500);

  await expect(page.locator('.compare-summary')).toHaveText(/^Since 2025-11-07:/);
  await expect(choice).toHaveValue(String(history[2].taken_at));
  await expect(choice).toBeFocused();
  await other.close();
});

// Framing: the outer page is of another origin, fulfilled by the test itself,
// so it is opened in a page of its own (the fixture's page refuses any
// request to another origin); its console errors (a CSP violation in the
// frame is one) are checked here.
test.describe('framed', () => {
  // Routes do not see what a service worker answers.
  test.use({ serviceWorkers: 'block' });

  async function framedBy(context, outerUrl, src) {
    const outer = await context.newPage();
    const problems = [];
    outer.on('console', (m) => {
      // The framed deep link is served as GitHub Pages serves one (404.html,
      // status 404); Chromium refuses autofocus in a frame of another origin
      // (the hidden app's dialog has one), and says so.
      if (m.type() === 'error' && !/status of 404|Blocked autofocusing/.test(m.text())) problems.push(m.text());
    });
    outer.on('pageerror', (e) => problems.push(e.message));
    await outer.route(outerUrl, (route) => route.fulfill({
      contentType: 'text/html',
      body: `<!doctype html><html lang="en"><head><title>Another site</title></head><body><main><h1>Another site</h1><iframe src="${src}" title="Leader-Leader" width="900" height="700"></iframe></main></body></html>`,
    }));
    await outer.goto(outerUrl);
    return { outer, frame: outer.frameLocator('iframe'), problems };
  }

  test('by another site: a message and a link that opens the app, and no control within reach', async ({ page, context, baseURL }) => {
    const address = `${baseURL}data`;
    // Another origin: localhost rather than 127.0.0.1.
    const other = new URL(baseURL);
    other.hostname = 'localhost';
    const { outer, frame, problems } = await framedBy(context, `${other.origin}/another-site`, address);
    await expect(frame.getByRole('heading', { name: 'Leader-Leader', level: 1 })).toBeVisible();
    const link = frame.getByRole('link', { name: 'open Leader-Leader' });
    await expect(link).toBeVisible();
    await expect(link).toHaveAttribute('href', address);
    await expect(link).toHaveAttribute('target', '_top');
    // The app has started behind the message, and none of it shows.
    await expect(frame.locator('#app[data-live]')).toHaveCount(1);
    for (const name of ['Delete all my data', 'Download a backup (JSON)', 'Reset my progress']) {
      const button = frame.locator('button', { hasText: name }).first();
      await expect(button).toBeAttached();
      await expect(button).toBeHidden();
    }
    await expect(frame.getByRole('button')).toHaveCount(0);
    // The keyboard reaches the link and nothing else in the frame.
    await link.focus();
    const reached = new Set();
    for (let i = 0; i < 12; i += 1) {
      await outer.keyboard.press('Tab');
      reached.add(await frame.locator(':root').evaluate(() => {
        const el = document.activeElement;
        return el === document.body ? 'body' : `${el.tagName} ${el.textContent.trim().slice(0, 40)}`;
      }));
    }
    expect(reached).toContain('A open Leader-Leader');
    expect([...reached].filter((r) => r !== 'body' && r !== 'A open Leader-Leader')).toEqual([]);
    // Nothing of the app is under the pointer anywhere in the frame.
    const underPointer = await frame.locator(':root').evaluate(() => {
      const found = [];
      for (let x = 5; x < innerWidth; x += 40) {
        for (let y = 5; y < innerHeight; y += 40) {
          const el = document.elementFromPoint(x, y);
          if (el && el.closest('#app')) found.push(el.tagName);
        }
      }
      return found;
    });
    expect(underPointer).toEqual([]);
    await audit(outer);
    // The link leaves the frame: the app opens on its own, working.
    await link.click();
    await expect(outer).toHaveURL(address);
    await appReady(outer);
    await expect(outer.getByRole('button', { name: 'Delete all my data' })).toBeVisible();
    await expect(outer.locator('#framed')).toBeHidden();
    expect(problems).toEqual([]);
    await outer.close();
    // The fixture's page, never framed, is unaffected.
    await open(page, '/data');
    await expect(page.getByRole('button', { name: 'Delete all my data' })).toBeVisible();
    await expect(page.locator('#framed')).toBeHidden();
    await expect(page.locator('html')).not.toHaveClass(/framed/);
  });

  test('by a page of its own site: the app works in the frame', async ({ context, baseURL }) => {
    const { outer, frame, problems } = await framedBy(context, `${baseURL}framing-page`, `${baseURL}data`);
    await expect(frame.locator('#app[data-live]')).toHaveCount(1);
    await expect(frame.getByRole('button', { name: 'Delete all my data' })).toBeVisible();
    await expect(frame.locator('#framed')).toBeHidden();
    expect(problems).toEqual([]);
    await outer.close();
  });
});

// Backups where the browser has a save picker (stubbed: headless Chromium's
// own picker is cancelled at once). The stub writes into `window.__saved`,
// or is cancelled when `window.__cancel` is set.
test.describe('backups through the save picker', () => {
  test.use({ savePicker: true });

  async function stubPicker(page) {
    await page.addInitScript(() => {
      window.showSaveFilePicker = async (options) => {
        window.__suggested = options && options.suggestedName;
        if (window.__cancel) throw new DOMException('The user aborted a request.', 'AbortError');
        const chunks = [];
        return {
          createWritable: async () => ({
            write: async (data) => { chunks.push(data); },
            close: async () => { window.__saved = chunks.join(''); },
          }),
        };
      };
    });
  }
  const meta = async (page) => JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY)).meta;

  test('a cancelled picker records nothing and the reminder stays; a completed one records the backup, and the file restores', async ({ page }) => {
    await stubPicker(page);
    const downloads = [];
    page.on('download', (d) => downloads.push(d));
    await page.clock.install({ time: new Date('2026-03-01T09:00:00Z') });
    await open(page, '/checklist');
    await page.locator('.checklist input[type=checkbox]').nth(0).check();
    await page.clock.setSystemTime(new Date('2026-03-09T09:00:00Z'));
    await page.reload();
    await appReady(page);
    const reminder = page.getByText('Time for a backup.');
    await expect(reminder).toBeVisible();
    const button = page.getByRole('button', { name: 'Download a backup', exact: true });

    await page.evaluate(() => { window.__cancel = true; });
    await button.click();
    await expect.poll(() => page.evaluate(() => window.__suggested)).toBe('leader-leader-backup-2026-03-09.json');
    await page.waitForTimeout(300);
    await expect(reminder).toBeVisible();
    expect((await meta(page)).last_export_at).toBeFalsy();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.locator('.banners [role=status]').filter({ hasText: /Backup/ })).toHaveCount(0);

    await page.evaluate(() => { window.__cancel = false; });
    await button.click();
    await expect(reminder).toHaveCount(0);
    await expect(page.locator('.banners [role=status]').filter({ hasText: 'Backup saved.' })).toHaveCount(1);
    expect((await meta(page)).last_export_at).toBeTruthy();
    const file = await page.evaluate(() => window.__saved);
    expect(JSON.parse(file).progress.checked).toHaveLength(1);
    expect(downloads).toEqual([]);

    // The file written through the picker restores into an empty browser.
    await page.evaluate(() => localStorage.clear());
    await open(page, '/data');
    await page.getByLabel('Choose a backup file (.json)').setInputFiles({
      name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(file),
    });
    await page.getByRole('button', { name: 'Replace my data with this backup' }).click();
    await expect(page.getByText('Backup restored.')).toBeVisible();
    const restored = JSON.parse(await page.evaluate((k) => localStorage.getItem(k), KEY));
    expect(restored.progress.checked).toEqual(JSON.parse(file).progress.checked);
  });

  test('the Your data page says nothing when the picker is cancelled, and "Backup saved." when it wrote', async ({ page }) => {
    await stubPicker(page);
    await open(page, '/data');
    const button = page.getByRole('button', { name: 'Download a backup (JSON)' });
    await page.evaluate(() => { window.__cancel = true; });
    await button.click();
    await expect.poll(() => page.evaluate(() => window.__suggested)).toMatch(/^leader-leader-backup-/);
    await page.waitForTimeout(300);
    await expect(page.locator('.action-message').first()).toHaveText('');
    await expect(page.getByText('You have not made a backup yet.')).toBeVisible();
    await page.evaluate(() => { window.__cancel = false; });
    await button.click();
    await expect(page.locator('.action-message').first()).toHaveText('Backup saved.');
    await expect(page.getByText(/^Last backup:/)).toBeVisible();
  });
});

test('a downloaded backup\'s address still works after the click (revoked later, not at once)', async ({ page }) => {
  await page.addInitScript(() => {
    window.__made = [];
    window.__revoked = [];
    const make = URL.createObjectURL.bind(URL);
    const revoke = URL.revokeObjectURL.bind(URL);
    URL.createObjectURL = (blob) => { const url = make(blob); window.__made.push(url); return url; };
    URL.revokeObjectURL = (url) => { window.__revoked.push(url); revoke(url); };
  });
  await open(page, '/data');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download a backup (JSON)' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^leader-leader-backup-/);
  await expect(page.locator('.action-message').first()).toHaveText('Backup downloaded, unless you cancelled it.');
  const url = await page.evaluate(() => window.__made.at(-1));
  expect(url).toMatch(/^blob:/);
  expect(await page.evaluate(() => window.__revoked)).toEqual([]);
  // The same address downloads the file again (the CSP keeps fetch() off blob: addresses).
  const [again] = await Promise.all([
    page.waitForEvent('download'),
    page.evaluate((u) => {
      const a = document.createElement('a');
      a.href = u;
      a.download = 'again.json';
      a.click();
    }, url),
  ]);
  expect(JSON.parse(fs.readFileSync(await again.path(), 'utf8')).app).toBe('leader-leader');
});
