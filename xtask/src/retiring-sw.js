// Development build: nothing is kept offline. This removes the worker and
// the caches a release build served at this address may have left.
self.addEventListener('install', () => self.skipWaiting());
self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('disputa-')) await caches.delete(key);
    }
    await self.registration.unregister();
  })());
});
