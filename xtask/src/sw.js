const KEPT = new Set(FILES.map((path) => new URL(path, self.location.origin).href));

self.addEventListener('install', (event) => {
  // 'reload': the files as the host has them now, not as an HTTP cache kept them.
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(FILES.map((path) => new Request(path, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(
        keys.filter((key) => key.startsWith('disputa-') && key !== CACHE).map((key) => caches.delete(key)),
      ))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // The network's page when online, so a new build shows at once; when
    // offline, the kept copy of the page rendered at build time at this
    // address, or else of the one page that serves every address.
    const rendered = `${url.pathname.replace(/\/+$/, '')}/index.html`;
    event.respondWith(
      fetch(request).catch(() => caches.open(CACHE)
        .then((cache) => cache.match(rendered).then((kept) => kept ?? cache.match(INDEX)))
        .then((kept) => kept ?? Response.error())),
    );
    return;
  }
  // The build's files never change under their names: the kept copy first.
  // Anything else, sw.js included, goes to the network untouched.
  if (KEPT.has(url.origin + url.pathname)) {
    event.respondWith(
      caches.open(CACHE).then((cache) => cache.match(request, { ignoreSearch: true }))
        .then((kept) => kept ?? fetch(request)),
    );
  }
});
