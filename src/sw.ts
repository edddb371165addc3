/// <reference lib="webworker" />
/**
 * The hosted build's service worker: it keeps every file of its build, so the game opens and
 * plays offline after one visit. Not part of the game's bundle: the build compiles it on its
 * own (scripts/serviceWorkerPlugin.ts) with the two constants below filled in, so a new build
 * is a new worker with its own cache, which waits until the game is next opened (see
 * services/offline.ts).
 */

/** Filled in by the build: a name for this build's content, and every file it serves. */
declare const BUILD_VERSION: string;
declare const BUILD_FILES: readonly string[];
// The game's own types see `self` as a window; in this file it is the worker's scope.
declare const self: ServiceWorkerGlobalScope;

const PREFIX = 'on-the-record-';
const CACHE = `${PREFIX}${BUILD_VERSION}`;

self.addEventListener('install', (e) => e.waitUntil(caches.open(CACHE).then((c) => c.addAll([...BUILD_FILES]))));

// Older builds' caches go once this one takes over; other sites' caches on the origin stay.
self.addEventListener('activate', (e) =>
  e.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith(PREFIX) && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  ),
);

// ignoreVary: the server varies on Origin, and module scripts are fetched with one.
self.addEventListener('fetch', (e) => {
  if (e.request.method !== 'GET' || !e.request.url.startsWith(self.registration.scope)) return;
  e.respondWith(
    caches
      .open(CACHE)
      .then((c) => c.match(e.request, { ignoreSearch: true, ignoreVary: true }))
      .then((hit) => hit || fetch(e.request)),
  );
});

export type {};
