// Offline use and updates: after one visit the service worker has the app's
// files, so it opens and works with no network; a new deployment is picked
// up and the visitor chooses when to reload into it, data untouched.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect, appReady } from './fixtures.mjs';
import { BASE, cacheName, controlled, copySite, startServer } from './deploy.mjs';

test('the manifest is linked and names the icons', async ({ page, request }) => {
  await page.goto('');
  await appReady(page);
  const href = await page.locator('link[rel=manifest]').getAttribute('href');
  expect(href).toBe(`${BASE}manifest.webmanifest`);
  const manifest = await (await request.get(href)).json();
  expect(manifest.start_url).toBe('./');
  expect(manifest.display).toBe('standalone');
  for (const icon of manifest.icons) {
    const res = await request.get(new URL(icon.src, new URL(href, page.url())).href);
    expect(res.status(), icon.src).toBe(200);
  }
});

test('after one visit the app opens and works with no network', async ({ page, context }) => {
  await page.goto('');
  await appReady(page);
  await controlled(page, appReady);
  await context.setOffline(true);
  // A deep link, opened with no network at all.
  await page.goto('steps/genetic-code');
  await appReady(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find and rewrite the genetic code of control');
  await page.locator('.step-items input[type=checkbox]').first().check();
  await page.reload();
  await appReady(page);
  await expect(page.locator('.step-items input[type=checkbox]').first()).toBeChecked();
  // A page never opened before, whose code comes in its own piece.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practice' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice tools');
  await context.setOffline(false);
});

test('a new deployment is announced; reloading into it keeps the data', async ({ browser }) => {
  // A copy of the site on its own server, so it can be "redeployed".
  const dir = copySite();
  const server = await startServer([[BASE, dir]]);
  try {
    const base = `${server.origin}${BASE}`;
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await expect.poll(async () => (await fetch(base).catch(() => null))?.status ?? 0).toBe(200);
    await page.goto(`${base}checklist`);
    await appReady(page);
    await controlled(page, appReady);
    await page.locator('input[type=checkbox]').first().check();
    await expect(page.getByText('A new version of Leader-Leader is ready.')).toHaveCount(0);

    // Redeploy: a changed service worker (a new build changes its version).
    const sw = path.join(dir, 'sw.js');
    fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(/const VERSION = '[^']*'/, "const VERSION = 'next-build'"));
    await page.evaluate(() => window.__leaderLeaderRegistration.update());
    const notice = page.getByText('A new version of Leader-Leader is ready.');
    await expect(notice).toBeVisible({ timeout: 15_000 });
    await Promise.all([
      page.waitForEvent('framenavigated'),
      page.getByRole('button', { name: 'Reload now' }).click(),
    ]);
    await appReady(page);
    await expect(notice).toHaveCount(0);
    await expect(page.locator('input[type=checkbox]').first()).toBeChecked();
    const caches = await page.evaluate(() => caches.keys());
    expect(caches).toEqual([cacheName('next-build')]);
    expect(errors).toEqual([]);
    await context.close();
  } finally {
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('at the root of a github.io site, the worker leaves the account\'s other project sites alone', async ({ browser }) => {
  // A copy of the app built for "/" shares its origin with every project site
  // of the account (/<repo>/), and its worker's scope takes them all in.
  const dir = copySite('/');
  const other = fs.mkdtempSync(path.join(os.tmpdir(), 'll-other-'));
  fs.writeFileSync(path.join(other, 'index.html'), '<!doctype html><title>Notes</title><h1>Another project site</h1>');
  const server = await startServer([['/', dir], ['/notes/', other]]);
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(`${server.origin}/`);
    await appReady(page);
    await controlled(page, appReady);
    await page.goto(`${server.origin}/notes/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Another project site');
    // Offline, the app's own pages still open from its cache.
    await context.setOffline(true);
    await page.goto(`${server.origin}/steps/genetic-code`);
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find and rewrite the genetic code of control');
  } finally {
    await context.close();
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
    fs.rmSync(other, { recursive: true, force: true });
  }
});
