// Leader-Leader's service worker: keeps the app's files so that, after one
// visit, it opens and works with no network. scripts/post_build.py fills in
// this build's version and its files with the SHA-256 of each, computed from
// the files as deployed. Only the app's own files are cached; the visitor's
// data lives in localStorage and is never touched here.
const VERSION = '__VERSION__';
const BASE = '__BASE__';
// Several deployments of the app can share an origin (project sites on
// <user>.github.io): each one's caches are named after its base path.
const PREFIX = `leader-leader@${BASE}:`;
const CACHE = PREFIX + VERSION;
const ASSETS = __ASSETS__;
// The pages among them: every address of the app has its own page, kept
// under that address ("steps/" for steps/index.html), and 404.html.
const PAGES = __PAGES__;
const NOT_FOUND = BASE + '404.html';
// The other languages' folders under this one's scope (the English build's
// worker only): each has its own worker, files and caches.
const OTHER_LANGUAGES = __OTHER_LANGUAGES__;

const hex = (buffer) => Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, '0')).join('');

// Installing fetches every file past the browser's HTTP cache (GitHub Pages
// lets it keep a file ten minutes, so it could hold the previous page) and
// takes a version only if it hangs together: every file present with the
// digest of this build, and the page naming no file outside it. Otherwise
// the install fails, the worker in charge keeps serving its own complete
// version, and the browser tries again at a later visit.
async function install() {
  const cache = await caches.open(CACHE);
  try {
    await Promise.all(Object.entries(ASSETS).map(async ([path, digest]) => {
      const response = await fetch(path, { cache: 'reload' });
      if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
      const copy = response.clone();
      if (hex(await crypto.subtle.digest('SHA-256', await response.arrayBuffer())) !== digest) {
        throw new Error(`${path} is not from this version`);
      }
      await cache.put(path, copy);
    }));
    for (const key of PAGES) {
      const page = await (await cache.match(key)).text();
      for (const [, url] of page.matchAll(/["']([^"'\s<>]+\.[a-z]+)["']/g)) {
        const path = new URL(url, self.registration.scope).pathname;
        if (path.startsWith(BASE) && !(path in ASSETS)) throw new Error(`${key} names ${path}, not in this version`);
      }
    }
  } catch (error) {
    await caches.delete(CACHE);
    throw error;
  }
}

self.addEventListener('install', (event) => event.waitUntil(install()));

// Taking over: this deployment's older caches go, and caches of versions
// before caches were named after the base path, if they hold this
// deployment's page. Another deployment's caches stay.
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key === CACHE) continue;
      if (key.startsWith(PREFIX)
        || (key.startsWith('leader-leader-') && await (await caches.open(key)).match(BASE))) {
        await caches.delete(key);
      }
    }
    await self.clients.claim();
  })());
});

// The page asks the waiting worker to take over when the visitor chooses to
// load the new version.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

// Whether this version's cache holds every one of its files: it can lose
// them if it is deleted from outside (by the browser's tools, or by an
// earlier version of this worker serving another deployment on the origin).
async function cacheComplete() {
  if (!(await caches.has(CACHE))) return false;
  const held = new Set((await (await caches.open(CACHE)).keys()).map((r) => new URL(r.url).pathname));
  return Object.keys(ASSETS).every((path) => held.has(path));
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  if (OTHER_LANGUAGES.some((folder) => url.pathname.startsWith(folder))) return;
  if (request.mode === 'navigate') {
    // Each address is answered with its own page ("/steps" with the page
    // of "/steps/", which GitHub Pages would redirect to), from the cache
    // only when every file of this version is there; otherwise from the
    // network (and from the cache if the network fails). An address that
    // is no page of the app gets 404.html, where the app shows the page
    // (a team round's) or says it does not exist. At the root of a
    // <name>.github.io site the scope takes in the account's project sites
    // (/<repo>/) too: there only the app's own addresses come from the
    // cache first, and any other address from the network.
    const path = url.pathname;
    const key = PAGES.includes(path) ? path : PAGES.includes(path + '/') ? path + '/' : null;
    event.respondWith((async () => {
      const page = () => caches.match(key || NOT_FOUND, { cacheName: CACHE });
      const hit = (key || BASE !== '/') && (await cacheComplete()) && await page();
      return hit || fetch(request).catch(async (error) => (await page()) || Promise.reject(error));
    })());
    return;
  }
  event.respondWith(
    caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetch(request)),
  );
});
