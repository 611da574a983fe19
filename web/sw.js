// Leader-Leader's service worker: keeps the app's files so that, after one
// visit, it opens and works with no network. scripts/post_build.py fills in
// this build's version and file list. Only the app's own files are cached;
// the visitor's data lives in localStorage and is never touched here.
const VERSION = '__VERSION__';
const BASE = '__BASE__';
const CACHE = `leader-leader-${VERSION}`;
const ASSETS = __ASSETS__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys().then((keys) => Promise.all(
      keys.filter((k) => k.startsWith('leader-leader-') && k !== CACHE).map((k) => caches.delete(k)),
    )).then(() => self.clients.claim()),
  );
});

// The page asks the waiting worker to take over when the visitor chooses to
// load the new version.
self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  if (request.mode === 'navigate') {
    // Every page of the app is the same document: answer from the cache,
    // and fall back to the network if the cache is missing it.
    event.respondWith(
      caches.match(BASE, { cacheName: CACHE }).then((hit) => hit || fetch(request)),
    );
    return;
  }
  event.respondWith(
    caches.match(request, { cacheName: CACHE }).then((hit) => hit || fetch(request)),
  );
});
