// Measures the release site as a first-time visitor on a mid-range phone
// would meet it, and compares the figures with bench/budget.json.
//
// Usage (after scripts/build.sh target/bench-site): node scripts/bench.mjs
//   BENCH_SITE  folder of the built site (default target/bench-site)
//   BENCH_RUNS  cold loads to take the median of (default 7)
//   BENCH_PORT  port of the local server (default: one from 4300 to 4399)
//   BENCH_PLAIN folder for the plain copies of the pages (default target/bench-plain)
// Prints a report, writes bench/results.json, exits 1 if a budget is exceeded.
//
// What is measured:
// - bytes of every file a cold load of the home page requests (as recorded
//   by the browser, over all the runs): raw, gzip -9, brotli; the first
//   load (the page and what it links: styles, scripts, main wasm, split
//   loader, icon; what scripts/size_check.py counts, and what the budget
//   holds) apart from the pieces of wasm the app then fetches to build the
//   page and take over (the page is already painted by then);
// - over BENCH_RUNS cold loads (fresh profile, no cache, no service worker,
//   4x CPU slowdown, 10 Mbit/s, 40 ms round trip): first contentful paint,
//   largest contentful paint, cumulative layout shift, time until the app has
//   mounted (the 'app-mounted' mark), JS heap after mounting; medians;
//   then the first visit to the self-assessment: time from the click until
//   its heading shows, and the bytes of the pieces fetched for it;
// - the answer page opened cold from an invitation link (/answer#LLI1-…,
//   what a colleague opens from a chat, often on a phone), with the same
//   throttling: every file it fetches (bytes, requests), first contentful
//   paint, and the time until it is usable (its first statement's scale is
//   on screen);
// - the home page and deep links (a step, the stories, the self-assessment,
//   the answer page from an invitation link) opened cold on the phone
//   profile of issue 15 (412 px wide, 4x CPU slowdown, 1.6 Mbit/s, 150 ms
//   round trips): first and largest contentful paint, layout shift, time
//   until the app has taken over ('app-mounted'), when the stylesheet
//   arrived; and in the same runs the same page with no script at all (the
//   built page with its scripts and preloads taken out: the physical limit
//   for a first paint). The budget: the app's page paints first within
//   fcp_vs_plain_max times the plain page's (medians), and shifts by less
//   than cls, on every address;
// - the time to apply a checklist tick with a large saved state (median of
//   40 ticks, from the click until the page has updated and saved);
// - Lighthouse scores, if bench/node_modules has Lighthouse (scripts/bench.sh
//   installs it from bench/package-lock.json).
import { spawn } from 'node:child_process';
import { webcrypto } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { chromium } from '@playwright/test';

const SITE = process.env.BENCH_SITE || 'target/bench-site';
const RUNS = Number(process.env.BENCH_RUNS || 7);
const PORT = Number(process.env.BENCH_PORT) || 4300 + Math.floor(Math.random() * 100);
const BASE = `http://127.0.0.1:${PORT}/leader-leader/`;
// The plain copies of the measured pages (`plainPages`), served by the same
// server under a prefix of their own; their stylesheet and icon still come
// from the site, as the pages name them by absolute path.
const PLAIN_DIR = process.env.BENCH_PLAIN || 'target/bench-plain';
const PLAIN_BASE = `http://127.0.0.1:${PORT}/leader-leader-plain/`;
// The phone profile of issue 15: 412 px wide, 4x CPU slowdown, 1.6 Mbit/s
// down (750 kbit/s up), 150 ms round trips, applied by DevTools to each
// request (Lighthouse's "slow 4G" figures, unadjusted).
const PHONE = {
  width: 412, height: 823, cpu: 4, latency: 150,
  down: (1.6 * 1024 * 1024) / 8, up: (750 * 1024) / 8,
};
// The addresses measured on it: the home page and deep links a visitor is
// sent (the answer page's fragment, an invitation, is added in `main`).
const ROUTES = [
  { name: 'home', path: '' },
  { name: 'step 3 (genetic code)', path: 'steps/genetic-code' },
  { name: 'stories', path: 'stories' },
  { name: 'self-assessment', path: 'assess/' },
  { name: 'answer (invitation link)', path: 'answer' },
];
// The app's localStorage key is named after the base path (src/storage.rs).
const KEY = 'leader-leader@/leader-leader/';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function sizes(files) {
  return files.map((name) => {
    const buf = fs.readFileSync(path.join(SITE, name));
    return {
      file: name,
      raw: buf.length,
      gzip: zlib.gzipSync(buf, { level: 9 }).length,
      brotli: zlib.brotliCompressSync(buf, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 },
      }).length,
    };
  });
}

/** The file of the site a path under it is served from, as pages_server.py does. */
function fileOf(rel) {
  if (rel === '' || rel.endsWith('/')) return `${rel}index.html`;
  if (fs.existsSync(path.join(SITE, rel)) && fs.statSync(path.join(SITE, rel)).isFile()) return rel;
  return fs.existsSync(path.join(SITE, `${rel}.html`)) ? `${rel}.html` : null;
}

/** The site file a request URL stands for. */
function siteFile(url) {
  const { pathname } = new URL(url);
  if (!pathname.startsWith('/leader-leader/')) return null;
  return fileOf(decodeURIComponent(pathname.slice('/leader-leader/'.length)));
}

/**
 * The physical limit of each measured page: the built page itself with no
 * script at all (every <script>, and the modulepreload and preload links of
 * the app's code, taken out; the stylesheet, icon and markup kept), written
 * under PLAIN_DIR at the same relative path.
 */
function plainPages() {
  fs.rmSync(PLAIN_DIR, { recursive: true, force: true });
  for (const route of ROUTES) {
    const file = fileOf(route.path);
    if (!file) throw new Error(`no page for /${route.path} in ${SITE}`);
    const html = fs.readFileSync(path.join(SITE, file), 'utf8')
      .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
      .replace(/<link\b[^>]*\brel="(?:modulepreload|preload)"[^>]*>/g, '');
    if (/<script|preload/.test(html) || !/<link rel="stylesheet"/.test(html)) {
      throw new Error(`the plain copy of ${file} still has a script or lost its stylesheet`);
    }
    fs.mkdirSync(path.dirname(path.join(PLAIN_DIR, file)), { recursive: true });
    fs.writeFileSync(path.join(PLAIN_DIR, file), html);
  }
}

async function serve() {
  const server = spawn('python3', ['scripts/pages_server.py', SITE, '--port', String(PORT),
    '--also', '/leader-leader-plain/', PLAIN_DIR], { stdio: 'ignore' });
  for (let i = 0; i < 50; i += 1) {
    const ok = await fetch(BASE).then((r) => r.ok).catch(() => false);
    if (ok) return server;
    await new Promise((r) => setTimeout(r, 100));
  }
  server.kill();
  throw new Error('the test server did not start');
}

async function coldLoad(browser) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 40, downloadThroughput: (10 * 1024 * 1024) / 8, uploadThroughput: (5 * 1024 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  await cdp.send('Performance.enable');
  // Every file the page asks for: the page, its styles, scripts and wasm
  // (the first load), and the pieces the app loads to take over (`main`
  // counts them apart).
  const requested = new Set();
  page.on('request', (req) => {
    const file = siteFile(req.url());
    if (file) requested.add(file);
  });
  await page.addInitScript(() => {
    window.__lcp = 0;
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(BASE);
  await page.waitForFunction(() => performance.getEntriesByName('app-mounted').length > 0, null, { timeout: 60_000 });
  await page.waitForTimeout(1000);
  const m = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    lcp: window.__lcp,
    cls: window.__cls,
    mounted: performance.getEntriesByName('app-mounted')[0].startTime,
  }));
  const { metrics } = await cdp.send('Performance.getMetrics');
  m.heap = metrics.find((x) => x.name === 'JSHeapUsedSize')?.value ?? NaN;
  m.files = [...requested].sort();
  // Then the first visit to the largest page, the self-assessment, whose code
  // comes in pieces of its own: the time from the click until its heading
  // shows (same throttling), and the files fetched for it.
  requested.clear();
  m.assessOpen = await page.evaluate(() => new Promise((resolve) => {
    const t0 = performance.now();
    [...document.querySelectorAll('nav a')].find((a) => a.textContent.trim() === 'Assess').click();
    const check = () => (document.querySelector('main h1')?.textContent === 'Self-assessment'
      ? resolve(performance.now() - t0) : requestAnimationFrame(check));
    check();
  }));
  m.assessFiles = [...requested].sort();
  await context.close();
  return m;
}

/**
 * An invitation as the app writes it (src/model/rounds/codes.rs, text.rs):
 * about a person in a leadership role, named "Sam", with a fresh P-256 key.
 */
async function invitation() {
  const crc32 = (bytes) => {
    let c = ~0;
    for (const b of bytes) {
      c ^= b;
      for (let k = 0; k < 8; k += 1) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
    }
    return ~c >>> 0;
  };
  const pair = await webcrypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const raw = [...new Uint8Array(await webcrypto.subtle.exportKey('raw', pair.publicKey))];
  const round = [...webcrypto.getRandomValues(new Uint8Array(8))];
  const name = [...Buffer.from('Sam')];
  const body = [...round, 1, name.length, ...name, 0, 0, ...raw];
  const total = body.length + 6;
  const framed = [total >> 8, total & 255, ...body];
  const crc = crc32(framed);
  framed.push((crc >>> 24) & 255, (crc >>> 16) & 255, (crc >>> 8) & 255, crc & 255);
  return `LLI1-${Buffer.from(framed).toString('base64url')}`;
}

/**
 * A colleague opening an invitation link cold: fresh profile, same
 * throttling as `coldLoad`. Usable = the first statement's scale is in the
 * page on screen (in #app, not yet in the #app-next the app builds out of
 * sight; recorded by a MutationObserver, so polling adds no delay).
 */
async function coldAnswer(browser, link) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 412, height: 823 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: 40, downloadThroughput: (10 * 1024 * 1024) / 8, uploadThroughput: (5 * 1024 * 1024) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const requested = [];
  page.on('request', (req) => {
    const file = siteFile(req.url());
    if (file) requested.push(file);
  });
  await page.addInitScript(() => {
    window.__usable = 0;
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
    const seen = () => {
      if (!window.__usable && document.querySelector('#app main fieldset.question input[type=radio]')) {
        window.__usable = performance.now();
      }
    };
    new MutationObserver(seen).observe(document, { childList: true, subtree: true });
  });
  await page.goto(link);
  await page.waitForFunction(() => window.__usable > 0, null, { timeout: 60_000 });
  await page.waitForTimeout(500);
  const m = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    mounted: performance.getEntriesByName('app-mounted')[0]?.startTime ?? NaN,
    usable: window.__usable,
    cls: window.__cls,
  }));
  m.requests = requested.length;
  m.files = [...new Set(requested)].sort();
  await context.close();
  return m;
}

/**
 * One cold load of `url` on the phone profile (fresh profile, no HTTP cache,
 * no service worker): first and largest contentful paint, layout shift, and,
 * for the app's page, the time until it has taken over (the 'app-mounted'
 * mark). Also when the page and its stylesheet had arrived (resource
 * timing), which is what holds the first paint back on a static page.
 */
async function phoneLoad(browser, url, app) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: PHONE.width, height: PHONE.height } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false, latency: PHONE.latency, downloadThroughput: PHONE.down, uploadThroughput: PHONE.up,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpu });
  await page.addInitScript(() => {
    window.__lcp = 0;
    window.__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__lcp = e.startTime;
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
  if (app) {
    await page.waitForFunction(() => performance.getEntriesByName('app-mounted').length > 0, null, { timeout: 120_000 });
  }
  // Pieces of the app's code may still arrive after it has taken over; a
  // shift they cause counts.
  await page.waitForLoadState('networkidle', { timeout: 120_000 }).catch(() => {});
  await page.waitForTimeout(1000);
  const m = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    const fetched = performance.getEntriesByType('resource');
    const css = fetched.find((e) => /\/main-[0-9a-f]+\.css$/.test(e.name));
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
    return {
      fcp,
      lcp: window.__lcp,
      cls: window.__cls,
      mounted: performance.getEntriesByName('app-mounted')[0]?.startTime ?? NaN,
      html: nav.responseEnd,
      css: css ? css.responseEnd : NaN,
      css_fetch: css ? css.responseEnd - css.startTime : NaN,
      // What was on the wire while the page waited for its first paint.
      before_fcp: fetched.filter((e) => e.startTime < fcp)
        .map((e) => ({ file: e.name.replace(/^.*\/leader-leader\//, ''), start: e.startTime, end: e.responseEnd, bytes: e.transferSize })),
    };
  });
  await context.close();
  return m;
}

async function tickTimes(browser, state) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(BASE);
  await page.evaluate(([k, s]) => localStorage.setItem(k, JSON.stringify(s)), [KEY, state]);
  const savedBytes = JSON.stringify(state).length;
  await page.goto(`${BASE}checklist`);
  await page.waitForFunction(() => performance.getEntriesByName('app-mounted').length > 0);
  // The checklist page arrives in its own piece of the wasm, after mounting.
  await page.waitForSelector('main input[type=checkbox]');
  const times = await page.evaluate(async (key) => {
    const yieldToPage = () => new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    });
    const boxes = [...document.querySelectorAll('main input[type=checkbox]')];
    const out = [];
    for (let i = 0; i < 40; i += 1) {
      const box = boxes[i % boxes.length];
      const before = localStorage.getItem(key);
      const t0 = performance.now();
      box.click();
      await yieldToPage();
      const t1 = performance.now();
      if (localStorage.getItem(key) === before) throw new Error('a tick was not saved');
      out.push(t1 - t0);
    }
    return out;
  }, KEY);
  await context.close();
  return { times, savedBytes };
}

async function lighthouse() {
  const bin = path.resolve('bench/node_modules/.bin/lighthouse');
  if (!fs.existsSync(bin)) return null;
  const out = path.resolve('target/lighthouse.json');
  const flags = ['--headless=new', ...FLAGS].join(' ');
  await new Promise((resolve, reject) => {
    const p = spawn(bin, [BASE, '--quiet', `--chrome-flags=${flags}`, '--output=json', `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices,seo'],
    { stdio: 'inherit', env: { ...process.env, CHROME_PATH: CHROMIUM } });
    p.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`lighthouse exited ${code}`))));
  });
  const report = JSON.parse(fs.readFileSync(out, 'utf8'));
  return Object.fromEntries(Object.entries(report.categories).map(([k, v]) => [k, Math.round(v.score * 100)]));
}

async function main() {
  const budget = JSON.parse(fs.readFileSync('bench/budget.json', 'utf8'));

  plainPages();
  const server = await serve();
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  let loads;
  let answers;
  let ticks;
  let phone;
  let scores = null;
  try {
    loads = [];
    for (let i = 0; i < RUNS; i += 1) loads.push(await coldLoad(browser));
    const link = `${BASE}answer#${await invitation()}`;
    answers = [];
    for (let i = 0; i < RUNS; i += 1) answers.push(await coldAnswer(browser, link));
    // Each address and its plain copy, one after the other in every run
    // (which goes first alternates), so both meet the same load on the machine.
    const fragment = link.slice(link.indexOf('#'));
    phone = ROUTES.map((route) => ({ ...route, app: [], plain: [] }));
    for (let i = 0; i < RUNS; i += 1) {
      for (const r of phone) {
        const tail = r.path + (r.path === 'answer' ? fragment : '');
        const order = i % 2 ? ['plain', 'app'] : ['app', 'plain'];
        for (const kind of order) {
          r[kind].push(await phoneLoad(browser, (kind === 'app' ? BASE : PLAIN_BASE) + tail, kind === 'app'));
        }
      }
    }
    ticks = await tickTimes(browser, (await import('./bench-state.mjs')).largeState());
    scores = await lighthouse();
  } finally {
    await browser.close();
    server.kill();
  }
  // The union over all cold loads, so a file fetched only sometimes counts.
  const isPiece = (f) => /^split-[^/]+\/(?!loader\.js$)/.test(f);
  const fetched = [...new Set(loads.flatMap((l) => l.files))];
  const files = sizes(fetched.filter((f) => !isPiece(f)));
  const homePieces = sizes(fetched.filter(isPiece));
  const sum = (fs) => fs.reduce((a, f) => ({ raw: a.raw + f.raw, gzip: a.gzip + f.gzip, brotli: a.brotli + f.brotli }),
    { raw: 0, gzip: 0, brotli: 0 });
  const total = sum(files);
  const assessFiles = sizes([...new Set(loads.flatMap((l) => l.assessFiles))]);
  const answerFiles = sizes([...new Set(answers.flatMap((l) => l.files))]);

  const results = {
    measured_at: new Date().toISOString(),
    runs: RUNS,
    first_load: { files, total },
    home_pieces_to_take_over: { files: homePieces.length, total: sum(homePieces) },
    cold_load_medians_ms: {
      first_contentful_paint: median(loads.map((l) => l.fcp)),
      largest_contentful_paint: median(loads.map((l) => l.lcp)),
      app_mounted: median(loads.map((l) => l.mounted)),
    },
    first_visit_to_assess: {
      median_ms: median(loads.map((l) => l.assessOpen)),
      files: assessFiles.length,
      total: sum(assessFiles),
    },
    answer_page_cold: {
      files: answerFiles,
      requests_median: median(answers.map((l) => l.requests)),
      total: sum(answerFiles),
      first_contentful_paint_median_ms: median(answers.map((l) => l.fcp)),
      app_mounted_median_ms: median(answers.map((l) => l.mounted)),
      usable_median_ms: median(answers.map((l) => l.usable)),
      cumulative_layout_shift_median: median(answers.map((l) => l.cls)),
    },
    cumulative_layout_shift_median: median(loads.map((l) => l.cls)),
    phone_routes: {
      profile: '412 px wide, 4x CPU slowdown, 1.6 Mbit/s down, 750 kbit/s up, 150 ms round trips; cold: no HTTP cache, no service worker',
      plain: 'the same built page with every script and the preloads of the app code taken out (the physical limit)',
      routes: phone.map((r) => {
        const med = (runs, k) => median(runs.map((x) => x[k]));
        const sum = (runs) => ({
          first_contentful_paint_ms: med(runs, 'fcp'),
          largest_contentful_paint_ms: med(runs, 'lcp'),
          cumulative_layout_shift: med(runs, 'cls'),
          page_arrived_ms: med(runs, 'html'),
          stylesheet_arrived_ms: med(runs, 'css'),
          stylesheet_fetch_ms: med(runs, 'css_fetch'),
          requests_before_fcp: med(runs, 'before_fcp_count'),
          fcp_runs_ms: runs.map((x) => Math.round(x.fcp)),
        });
        for (const x of [...r.app, ...r.plain]) x.before_fcp_count = x.before_fcp.length;
        const app = { ...sum(r.app), app_mounted_ms: med(r.app, 'mounted') };
        const plain = sum(r.plain);
        return {
          route: r.name,
          path: `/${r.path}${r.path === 'answer' ? '#LLI1-…' : ''}`,
          app,
          plain,
          fcp_ratio: app.first_contentful_paint_ms / plain.first_contentful_paint_ms,
          // The same, run by run (each app load over the plain load next to it).
          fcp_ratio_paired_median: median(r.app.map((x, i) => x.fcp / r.plain[i].fcp)),
          // One run of the app's page as an example: what was fetched before its first paint.
          app_fetched_before_fcp_example: r.app[Math.floor(r.app.length / 2)].before_fcp,
        };
      }),
    },
    js_heap_median_bytes: median(loads.map((l) => l.heap)),
    tick_with_large_state: {
      saved_state_bytes: ticks.savedBytes,
      median_ms: median(ticks.times),
      max_ms: Math.max(...ticks.times),
    },
    lighthouse: scores,
  };
  fs.writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);

  console.log('\nFirst load (bytes)');
  console.log('file'.padEnd(44), 'raw'.padStart(10), 'gzip'.padStart(10), 'brotli'.padStart(10));
  for (const f of [...files, { file: 'total', ...total }]) {
    console.log(f.file.padEnd(44), kb(f.raw).padStart(10), kb(f.gzip).padStart(10), kb(f.brotli).padStart(10));
  }
  const hp = results.home_pieces_to_take_over;
  console.log(`then, to take over: ${hp.files} pieces of wasm, ${kb(hp.total.raw)} raw, ${kb(hp.total.gzip)} gzipped, ${kb(hp.total.brotli)} brotli`);
  const c = results.cold_load_medians_ms;
  console.log(`\nCold loads (median of ${RUNS}; 4x CPU slowdown, 10 Mbit/s, 40 ms RTT)`);
  console.log(`  first contentful paint  ${c.first_contentful_paint.toFixed(0)} ms`);
  console.log(`  largest contentful paint ${c.largest_contentful_paint.toFixed(0)} ms`);
  console.log(`  app mounted             ${c.app_mounted.toFixed(0)} ms`);
  const a = results.first_visit_to_assess;
  console.log(`  then opening Assess     ${a.median_ms.toFixed(0)} ms (${a.files} files, ${kb(a.total.gzip)} gzipped)`);
  console.log(`  layout shift            ${results.cumulative_layout_shift_median.toFixed(4)}`);
  const w = results.answer_page_cold;
  console.log(`\nAnswer page opened cold from an invitation link (median of ${RUNS}, same throttling)`);
  console.log(`  fetched                 ${w.files.length} files, ${w.requests_median} requests, ${kb(w.total.gzip)} gzipped (brotli ${kb(w.total.brotli)})`);
  console.log(`  first contentful paint  ${w.first_contentful_paint_median_ms.toFixed(0)} ms`);
  console.log(`  app mounted             ${w.app_mounted_median_ms.toFixed(0)} ms`);
  console.log(`  usable (statements in)  ${w.usable_median_ms.toFixed(0)} ms`);
  console.log(`  layout shift            ${w.cumulative_layout_shift_median.toFixed(4)}`);
  console.log(`  JS heap                 ${kb(results.js_heap_median_bytes)}`);
  console.log(`\nTick with a large saved state (${kb(ticks.savedBytes)}): median ${results.tick_with_large_state.median_ms.toFixed(2)} ms, max ${results.tick_with_large_state.max_ms.toFixed(2)} ms`);
  console.log(`\nAddresses opened cold on the phone profile (median of ${RUNS}; 412 px, 4x CPU, 1.6 Mbit/s, 150 ms RTT)`);
  console.log('  app page / plain copy (no script)'.padEnd(36), 'FCP'.padStart(12), 'LCP'.padStart(12), 'CLS'.padStart(14),
    'mounted'.padStart(8), 'CSS in'.padStart(12), 'FCP ratio'.padStart(10), 'paired'.padStart(7));
  for (const r of results.phone_routes.routes) {
    const pair = (k, d = 0) => `${r.app[k].toFixed(d)}/${r.plain[k].toFixed(d)}`;
    console.log(`  ${r.path}`.padEnd(36), pair('first_contentful_paint_ms').padStart(12), pair('largest_contentful_paint_ms').padStart(12),
      pair('cumulative_layout_shift', 4).padStart(14), r.app.app_mounted_ms.toFixed(0).padStart(8),
      pair('stylesheet_arrived_ms').padStart(12), r.fcp_ratio.toFixed(2).padStart(10),
      r.fcp_ratio_paired_median.toFixed(2).padStart(7));
  }
  if (scores) console.log(`\nLighthouse: ${Object.entries(scores).map(([k, v]) => `${k} ${v}`).join(', ')}`);
  else console.log('\nLighthouse: not installed (scripts/bench.sh installs it)');

  const over = [];
  if (total.gzip > budget.first_load_gzip_bytes) over.push(`first load ${kb(total.gzip)} gzipped > ${kb(budget.first_load_gzip_bytes)}`);
  if (results.cumulative_layout_shift_median >= budget.cls) over.push(`layout shift ${results.cumulative_layout_shift_median.toFixed(4)} >= ${budget.cls}`);
  if (results.tick_with_large_state.median_ms >= budget.tick_ms) over.push(`tick ${results.tick_with_large_state.median_ms.toFixed(2)} ms >= ${budget.tick_ms} ms`);
  for (const r of results.phone_routes.routes) {
    if (r.fcp_ratio > budget.fcp_vs_plain_max) over.push(`${r.path}: first paint ${r.fcp_ratio.toFixed(2)}x the plain page's > ${budget.fcp_vs_plain_max}x`);
    if (r.app.cumulative_layout_shift >= budget.cls) over.push(`${r.path}: layout shift on the phone ${r.app.cumulative_layout_shift.toFixed(4)} >= ${budget.cls}`);
  }
  if (scores) {
    for (const [k, v] of Object.entries(scores)) if (v < budget.lighthouse_min_score) over.push(`Lighthouse ${k} ${v} < ${budget.lighthouse_min_score}`);
  }
  console.log(over.length ? `\nOVER BUDGET:\n  ${over.join('\n  ')}` : '\nAll budgets met.');
  console.log('Figures written to bench/results.json');
  process.exitCode = over.length ? 1 : 0;
}

main().catch((e) => { console.error(e); process.exit(2); });
