// Updates never strand a visitor. Each test serves its own copy of the site
// with GitHub Pages' headers (the browser may keep every file ten minutes),
// then "redeploys" it with real changes (page text, stylesheet, JavaScript
// glue, main wasm, a piece) renamed and listed by the build's own finishing
// steps, and checks what a returning visitor gets.
import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect, appReady } from './fixtures.mjs';
import {
  BASE, cacheName, copySite, startServer, redeploy, pageFiles, sha256, deployed, controlled,
} from './deploy.mjs';

// `site`: a copy of the built site on a server of its own; the page's
// checks (console errors, failed or foreign requests, CSP) apply to it.
const test = base.extend({
  site: async ({}, use) => {
    const dir = copySite();
    let also = [];
    let server = await startServer([[BASE, dir]]);
    const site = {
      dir,
      get url() { return `${server.origin}${BASE}`; },
      /** Serves more [prefix, folder] sites from the same origin. */
      async add(sites) {
        also = sites;
        const { port } = server;
        await server.stop();
        server = await startServer([[BASE, dir], ...also], { port });
      },
      /**
       * A new deployment (see redeploy()), made while the server is down as
       * a deployment is atomic, so the browser sees all of it or none; its
       * main wasm then takes `slowWasm` seconds to arrive. `spoil(files)`
       * can break it before it goes live. Returns the new page's files.
       */
      async redeploy(mark, { slowWasm = 0, into = dir, base: at = BASE, spoil } = {}) {
        const { port } = server;
        await server.stop();
        const files = redeploy(into, mark, at);
        spoil?.(files);
        const wasm = files.find((f) => f.endsWith('_bg.wasm'));
        const slow = slowWasm ? [`${wasm.replace(/[.]/g, '\\.')}$`, slowWasm] : undefined;
        server = await startServer([[BASE, dir], ...also], { port, slow });
        return files;
      },
    };
    await use(site);
    await server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  },
  baseURL: async ({ site }, use) => use(site.url),
});

const NOTICE = 'A new version of Leader-Leader is ready.';

/** A first visit: the app under its service worker, one checklist item ticked. */
async function firstVisit(page) {
  await page.goto('');
  await appReady(page);
  await controlled(page, appReady);
  await page.goto('checklist');
  await appReady(page);
  await page.locator('input[type=checkbox]').first().check();
}

async function worksWithData(page, mark) {
  expect(await deployed(page)).toBe(mark);
  await page.goto('checklist');
  await appReady(page);
  await expect(page.locator('input[type=checkbox]').first()).toBeChecked();
  // A page whose code comes in a piece.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practice' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice tools');
}

async function reloadNow(page) {
  await Promise.all([
    page.waitForEvent('framenavigated'),
    page.getByRole('button', { name: 'Reload now' }).click(),
  ]);
  await appReady(page);
  await expect(page.getByText(NOTICE)).toHaveCount(0);
}

/** Makes the browser look for a new version now (as it does at a later visit). */
function update(page) {
  return page.evaluate(() => {
    navigator.serviceWorker.getRegistration().then((r) => r.update()).catch(() => {});
  });
}

function installing(page) {
  return page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => !!r.installing));
}

/** Looks for a new version and returns what became of it: 'installed' or 'redundant'. */
function tryUpdate(page) {
  return page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => new Promise((resolve) => {
    const watch = (worker) => worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' || worker.state === 'redundant') resolve(worker.state);
    });
    // The browser may have begun looking already (at the last page load).
    if (r.installing) {
      watch(r.installing);
      return;
    }
    r.addEventListener('updatefound', () => watch(r.installing));
    r.update().catch(() => resolve('not found'));
  })));
}

function cacheNames(page) {
  return page.evaluate(() => caches.keys());
}

test('a returning visitor is told of the new version and reloads into a working app with their data', async ({ page, site }) => {
  await firstVisit(page);
  const [oldCache] = await cacheNames(page);
  // The browser's HTTP cache now holds the first build's page (fresh for
  // ten minutes); the new deployment changes it and every file it names.
  const before = pageFiles(site.dir);
  const after = await site.redeploy('second');
  // Every file with new contents has a new name.
  expect(after.filter((f) => before.includes(f) && /leader-leader-|split-|main-.*\.css$/.test(f))).toEqual([]);

  await page.reload();
  await appReady(page);
  await update(page);
  await expect(page.getByText(NOTICE)).toBeVisible({ timeout: 15_000 });
  await reloadNow(page);
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--deployed'))).toBe('"second"');
  await worksWithData(page, 'second');
  const names = await cacheNames(page);
  expect(names).toHaveLength(1);
  expect(names[0]).not.toBe(oldCache);
  expect(names[0]).toMatch(new RegExp(`^${cacheName('[0-9a-f]{16}').replace(/[./]/g, '\\$&')}$`));
});

test('a visitor whose app is open while the new version installs keeps a working app', async ({ page, site }) => {
  await firstVisit(page);
  // The new version's main wasm takes seconds to arrive: the new worker
  // stays installing meanwhile.
  await site.redeploy('second', { slowWasm: 6 });
  await update(page);
  await expect.poll(() => installing(page), { timeout: 10_000 }).toBe(true);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Practice' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice tools');
  await page.goto('steps/genetic-code');
  await appReady(page);
  await page.locator('.step-items input[type=checkbox]').first().check();
  expect(await deployed(page)).toBe(null);
  expect(await installing(page)).toBe(true);
  await expect(page.getByText(NOTICE)).toBeVisible({ timeout: 20_000 });
  await reloadNow(page);
  await worksWithData(page, 'second');
  await page.goto('steps/genetic-code');
  await appReady(page);
  await expect(page.locator('.step-items input[type=checkbox]').first()).toBeChecked();
});

test('a visitor who reloads at once, before the new version is ready, gets a working app', async ({ page, site }) => {
  await firstVisit(page);
  await site.redeploy('second', { slowWasm: 6 });
  await update(page);
  await expect.poll(() => installing(page), { timeout: 10_000 }).toBe(true);
  await page.reload();
  await appReady(page);
  expect(await installing(page)).toBe(true);
  await worksWithData(page, null);
  // The notice comes once the new version is in, though it began
  // installing before this page loaded.
  await expect(page.getByText(NOTICE)).toBeVisible({ timeout: 20_000 });
  await reloadNow(page);
  await worksWithData(page, 'second');
});

test('with two tabs open, reloading in one and then the other brings both to the new version', async ({ page, site }) => {
  await firstVisit(page);
  const other = await page.context().newPage();
  await other.goto(`${site.url}steps`);
  await appReady(other);
  await site.redeploy('second');
  await update(page);
  await expect(page.getByText(NOTICE)).toBeVisible({ timeout: 15_000 });
  await expect(other.getByText(NOTICE)).toBeVisible();
  await reloadNow(page);
  await worksWithData(page, 'second');
  await reloadNow(other);
  expect(await deployed(other)).toBe('second');
  await other.close();
});

test('the notice shows even when the news comes before the app listens', async ({ page, site }) => {
  await firstVisit(page);
  await site.redeploy('second');
  await update(page);
  await expect(page.getByText(NOTICE)).toBeVisible({ timeout: 15_000 });
  // The next page load: the main wasm is held back three seconds, so the
  // registration script learns of the waiting version before the app starts.
  await page.addInitScript(() => {
    const fetch = window.fetch;
    window.fetch = (input, init) => (/_bg\.wasm$/.test(String(input?.url ?? input))
      ? new Promise((resolve) => { setTimeout(resolve, 3000); }).then(() => fetch(input, init))
      : fetch(input, init));
    window.addEventListener('leader-leader:update-ready', () => {
      window.__announcedBeforeApp ??= !document.querySelector('#app[data-live]');
    });
  });
  await page.reload();
  await appReady(page);
  expect(await page.evaluate(() => window.__announcedBeforeApp)).toBe(true);
  await expect(page.getByText(NOTICE)).toBeVisible();
  await reloadNow(page);
  await worksWithData(page, 'second');
});

/**
 * A deployment broken by `spoil(files)` is refused: the new worker never
 * takes over, the caches stay as they were, and the visitor keeps a working
 * app with their data, with no notice of a new version.
 */
async function brokenDeploymentIsRefused(page, site, spoil) {
  await firstVisit(page);
  const caches = await cacheNames(page);
  await site.redeploy('broken', { spoil });
  expect(await tryUpdate(page)).toBe('redundant');
  expect(await cacheNames(page)).toEqual(caches);
  await page.reload();
  await appReady(page);
  await expect(page.getByText(NOTICE)).toHaveCount(0);
  await worksWithData(page, null);
}

test('a deployment whose page names a missing file does not take over', async ({ page, site }) => {
  await brokenDeploymentIsRefused(page, site,
    (files) => fs.rmSync(path.join(site.dir, files.find((f) => f.endsWith('.css')).slice(BASE.length))));
});

test('a deployment whose page names a file it does not list does not take over', async ({ page, site }) => {
  // The page served names a glue that is nowhere (its digest in sw.js is
  // right, so only the check of the page's names can catch it).
  await brokenDeploymentIsRefused(page, site, (files) => {
    const glue = files.find((f) => /leader-leader-[0-9a-f]+\.js$/.test(f));
    const index = path.join(site.dir, 'index.html');
    const digest = sha256(index);
    fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replaceAll(glue, glue.replace(/-[0-9a-f]+\.js$/, '-0000000000000000.js')));
    const sw = path.join(site.dir, 'sw.js');
    fs.writeFileSync(sw, fs.readFileSync(sw, 'utf8').replace(digest, sha256(index)));
  });
});

test('a page whose files are missing from the cache comes from the network', async ({ page, site }) => {
  await firstVisit(page);
  const before = pageFiles(site.dir);
  await site.redeploy('second');
  // The cache loses a file of its page (the old files are on no server now).
  const glue = before.find((f) => /leader-leader-[0-9a-f]+\.js$/.test(f));
  expect(await page.evaluate(async (url) => {
    const [name] = await caches.keys();
    return (await caches.open(name)).delete(url);
  }, glue)).toBe(true);
  await page.reload();
  await appReady(page);
  await worksWithData(page, 'second');
});

test('two deployments on one origin keep their own caches', async ({ page, site }) => {
  // The fork is made by rewriting the base path in the built pages, which
  // cannot be done for a site built for "/" (every path starts with it).
  test.skip(BASE === '/', 'needs a site built under a sub-path');
  // It copies and restamps the whole site, every language's folder with it,
  // twice.
  test.slow();
  const fork = copySite('/fork/');
  await site.add([['/fork/', fork]]);
  try {
    const origin = new URL(site.url).origin;
    // Caches of the versions before caches were named after the base path.
    await page.goto(`${origin}${BASE}robots.txt`);
    await page.evaluate(async (base) => {
      await (await caches.open('leader-leader-aaaa')).put(base, new Response('first deployment, old'));
      await (await caches.open('leader-leader-bbbb')).put('/fork/', new Response('the fork, old'));
    }, BASE);
    await page.goto(`${origin}${BASE}`);
    await appReady(page);
    await controlled(page, appReady);
    const mine = (await cacheNames(page)).filter((k) => k.startsWith(cacheName('')));
    expect(mine).toHaveLength(1);
    expect((await cacheNames(page)).sort()).toEqual(['leader-leader-bbbb', mine[0]]);

    await page.goto(`${origin}/fork/`);
    await appReady(page);
    await controlled(page, appReady);
    const theirs = (await cacheNames(page)).filter((k) => k.startsWith(cacheName('', '/fork/')));
    expect(theirs).toHaveLength(1);
    expect((await cacheNames(page)).sort()).toEqual([theirs[0], mine[0]].sort());

    // The fork updates: its old cache goes, the first deployment's stays.
    await site.redeploy('fork-2', { into: fork, base: '/fork/' });
    await update(page);
    await expect(page.getByText(NOTICE)).toBeVisible({ timeout: 15_000 });
    await reloadNow(page);
    expect(await deployed(page)).toBe('fork-2');
    const now = await cacheNames(page);
    expect(now).toContain(mine[0]);
    expect(now).not.toContain(theirs[0]);
    expect(now).toHaveLength(2);

    // And the first deployment still opens with no network.
    await page.context().setOffline(true);
    await page.goto(`${origin}${BASE}practice`);
    await appReady(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice tools');
    await page.context().setOffline(false);
  } finally {
    fs.rmSync(fork, { recursive: true, force: true });
  }
});
