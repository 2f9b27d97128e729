// Jenjang's service worker: the app works offline after one visit.
//
// Install: precache the page and every hashed build asset (the list below is written into
// dist/sw.js at build time by scripts/pasca-build.py, a trunk post_build hook, together with a
// version hash of the whole build). Fetch: cache first, the network only for what is not cached.
// Activate: delete the caches of older builds. A new build waits until the page asks it to take
// over (the "Versi baru tersedia" banner posts "skipWaiting"), then the page reloads.
//
// This file, unprocessed (e.g. copied by hand), has an empty list: it then caches nothing.

const VERSI = /*@VERSI@*/ "dev";
const BERKAS = /*@BERKAS@*/ [];
const AWALAN = "jenjang-";
const CACHE = AWALAN + VERSI;

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE).then((cache) =>
      // `reload`: past the HTTP cache, so a new build never stores a stale copy.
      cache.addAll(BERKAS.map((berkas) => new Request(berkas, { cache: "reload" })))
    )
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((nama) =>
        Promise.all(
          nama.filter((n) => n.startsWith(AWALAN) && n !== CACHE).map((n) => caches.delete(n))
        )
      )
      .then(() => self.clients.claim())
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "skipWaiting") {
    self.skipWaiting();
  }
});

self.addEventListener("fetch", (event) => {
  const req = event.request;
  if (req.method !== "GET" || new URL(req.url).origin !== self.location.origin) {
    return;
  }
  // Every page address (`./`, `index.html#/pegawai`, …) is the one page: routing is by hash.
  const kunci = req.mode === "navigate" ? "index.html" : req;
  event.respondWith(
    caches
      .open(CACHE)
      .then((cache) => cache.match(kunci, { ignoreSearch: true }))
      .then((jawab) => jawab || fetch(req))
  );
});
