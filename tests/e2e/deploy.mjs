// Copies of the built site on servers of their own, "redeployed" with real
// changes: for the update tests (update.spec.mjs, pwa.spec.mjs).
import { execFileSync, spawn } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export const SITE = process.env.E2E_SITE || 'target/e2e-site';
import { BASE_PATH } from '../../playwright.config.mjs';

// The sub-path the site under test was built for.
export const BASE = BASE_PATH;
/** The name of this base's cache of the given version (web/sw.js). */
export const cacheName = (version, base = BASE) => `leader-leader@${base}:${version}`;

/** A copy of the built site in a folder of its own, optionally moved to another base path. */
export function copySite(base = BASE) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'll-site-'));
  fs.cpSync(SITE, dir, { recursive: true });
  if (base !== BASE) {
    // Every address has a page of its own: each names the base.
    for (const file of fs.readdirSync(dir, { recursive: true })) {
      if (!String(file).endsWith('.html')) continue;
      const page = path.join(dir, String(file));
      fs.writeFileSync(page, fs.readFileSync(page, 'utf8').replaceAll(BASE, base));
    }
    restamp(dir, base);
  }
  return dir;
}

/**
 * Starts scripts/pages_server.py (GitHub Pages' headers) for `sites`, a list
 * of [prefix, folder] served from one origin. Port 0 picks a free port.
 * `slow`: [regex, seconds] holds back the matching responses.
 */
export async function startServer(sites, { port = 0, slow } = {}) {
  const [[prefix, root], ...more] = sites;
  const args = ['scripts/pages_server.py', root, '--prefix', prefix, '--port', String(port)];
  for (const [p, r] of more) args.push('--also', p, r);
  if (slow) args.push('--slow', slow[0], String(slow[1]));
  const child = spawn('python3', args, { stdio: ['ignore', 'pipe', 'inherit'] });
  const chosen = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`pages_server.py exited (${code})`)));
  });
  return {
    port: chosen,
    origin: `http://127.0.0.1:${chosen}`,
    stop: () => new Promise((resolve) => {
      if (child.exitCode !== null) { resolve(); return; }
      child.on('exit', resolve);
      child.kill();
    }),
  };
}

/** The same names the finished build uses: post_build.py --restamp. */
export function restamp(dir, base = BASE) {
  execFileSync('python3', ['scripts/post_build.py', '--restamp', dir, base]);
}

function leb128(n) {
  const out = [];
  do {
    let byte = n & 0x7f;
    n >>>= 7;
    if (n) byte |= 0x80;
    out.push(byte);
  } while (n);
  return Buffer.from(out);
}

/** A wasm custom section (id 0): size, name, bytes. */
export function customSection(name, bytes) {
  const body = Buffer.concat([leb128(Buffer.byteLength(name)), Buffer.from(name), Buffer.from(bytes)]);
  return Buffer.concat([Buffer.from([0]), leb128(body.length), body]);
}

function only(dir, re) {
  const found = fs.readdirSync(dir).filter((n) => re.test(n));
  if (found.length !== 1) throw new Error(`expected one ${re} in ${dir}: ${found}`);
  return path.join(dir, found[0]);
}

/**
 * A new deployment of the copy in `dir`: the page's static text, the
 * stylesheet (`--deployed` on the root element), the JavaScript glue
 * (`window.__leaderLeaderDeployed`), the main wasm and a piece change, and
 * the build's finishing steps name and list the files again.
 * Returns the new page's file names.
 */
export function redeploy(dir, mark, base = BASE) {
  const index = path.join(dir, 'index.html');
  const html = fs.readFileSync(index, 'utf8');
  const lead = 'Everything stays in this browser.';
  if (!html.includes(lead)) throw new Error('the page has changed: update redeploy()');
  fs.writeFileSync(index, html.replace(lead, `${lead} (${mark})`));
  fs.appendFileSync(only(dir, /^main-[0-9a-f]+\.css$/), `:root{--deployed:"${mark}"}`);
  fs.appendFileSync(only(dir, /^leader-leader-[0-9a-f]+\.js$/), `\nwindow.__leaderLeaderDeployed = ${JSON.stringify(mark)};\n`);
  fs.appendFileSync(only(dir, /^leader-leader-[0-9a-f]+_bg\.wasm$/), customSection('deployed', mark));
  const pieces = only(dir, /^split-[0-9a-f]+$/);
  fs.appendFileSync(path.join(pieces, 'split_practice.wasm'), customSection('deployed', mark));
  restamp(dir, base);
  return pageFiles(dir, base);
}

/** The site's files the page names (as post_build.page_files finds them). */
export function pageFiles(dir, base = BASE) {
  const html = fs.readFileSync(path.join(dir, 'index.html'), 'utf8');
  return [...html.matchAll(/["']([^"'\s<>]+\.[a-z]+)["']/g)].map((m) => m[1]).filter((u) => u.startsWith(base));
}

export function sha256(file) {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}

/** Which deployment the page runs: its mark, or null for the first build. */
export function deployed(page) {
  return page.evaluate(() => window.__leaderLeaderDeployed ?? null);
}

/** Waits until a service worker controls the page (reloading once if needed). */
export async function controlled(page, appReady) {
  await page.evaluate(() => navigator.serviceWorker.ready);
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await appReady(page);
  }
  await page.waitForFunction(() => !!navigator.serviceWorker.controller);
}
