// Offline and installable: after one visit the service worker keeps the
// build, so the app, the buyer's cases and every page open without a
// network, in both languages; a new build's cache replaces the old one; the
// web manifest names the app and its icons.
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, open, text, LANGS, type Lang, waitForApp } from './support';

/** The build under test, as playwright.config.ts serves it. */
const dist = resolve(fileURLToPath(new URL('..', import.meta.url)), process.env.DISPUTA_DIST ?? '../../dist');
const worker = readFileSync(join(dist, 'sw.js'), 'utf8');
const CACHE = worker.match(/const CACHE = '(disputa-[0-9a-f]{16})';/)?.[1];

/** Waits until a service worker controls the page and has kept the build. */
async function controlledByServiceWorker(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }));
    }
  });
}

function cacheNames(page: Page): Promise<string[]> {
  return page.evaluate(() => caches.keys());
}

function day(offset: number): string {
  const date = new Date();
  date.setDate(date.getDate() + offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A case made with the new-case form; returns its address. */
async function createCase(page: Page, lang: Lang, item: string): Promise<string> {
  await open(page, '/cases', lang);
  await page.getByRole('button', { name: text(lang, 'cases.new_button') }).click();
  await page.getByLabel(text(lang, 'case_form.item'), { exact: true }).fill(item);
  await page.getByLabel(text(lang, 'case_form.delivery_status')).selectOption('received');
  await page.getByLabel(text(lang, 'case_form.shipped_on')).fill(day(-30));
  await page.getByLabel(text(lang, 'case_form.delivered_on')).fill(day(-10));
  await page.getByLabel(text(lang, 'case_form.problem')).selectOption('damaged');
  await page.getByRole('button', { name: text(lang, 'cases.new_save') }).click();
  await expect(page).toHaveURL(/\/cases\/c-[0-9a-z]+-[0-9a-z]+$/);
  await expect(page.locator('main h1')).toHaveText(item);
  return new URL(page.url()).pathname;
}

const PAGES: [string, string][] = [
  ['/', 'home.title'],
  ['/eligibility', 'pages.eligibility.title'],
  ['/file?ground=damaged', 'pages.file.title'],
  ['/before-you-buy', 'pages.before_you_buy.title'],
  ['/protection', 'protection.title'],
  ['/returns', 'pages.returns.title'],
  ['/settings', 'pages.settings.title'],
  ['/no-such-page', 'not_found.title'],
];

test('the build has a service worker with a cache named after it', () => {
  expect(CACHE, 'the cache name in sw.js').toBeTruthy();
  // Every file of the build that a visit loads is kept.
  for (const path of ['/index.html', '/manifest.webmanifest', '/icon-192.png', '/icon-512.png', '/icon-maskable-512.png']) {
    expect(worker).toContain(`'${path}'`);
  }
  const index = readFileSync(join(dist, 'index.html'), 'utf8');
  const assets = [...new Set([...index.matchAll(/(?:href|from|module_or_path:) ?=?["']?(\/[^"' ]+\.(?:js|wasm|css|svg))/g)].map((m) => m[1]))];
  expect(assets.filter((a) => a.endsWith('.wasm'))).toHaveLength(1);
  for (const asset of assets) {
    expect(worker, `sw.js keeps ${asset}`).toContain(`'${asset}'`);
  }
});

for (const lang of LANGS) {
  test(`after one visit the app, the cases and every page open offline (${lang})`, async ({ page, context, consoleErrors }) => {
    await open(page, '/', lang);
    await controlledByServiceWorker(page);
    expect(await cacheNames(page)).toEqual([CACHE]);
    const item = lang === 'en' ? 'Offline kettle' : 'Hervidor sin conexión';
    const casePath = await createCase(page, lang, item);

    await context.setOffline(true);
    try {
      // The network is really gone, for the page and its service worker alike.
      const reached = await page.evaluate(() => fetch('/not-kept.txt').then(() => true, () => false));
      expect(reached, 'a file the worker does not keep').toBe(false);
      // That refusal is the only error the browser reports.
      await expect.poll(() => consoleErrors).toEqual([expect.stringContaining('ERR_INTERNET_DISCONNECTED')]);
      consoleErrors.length = 0;
      // A reload of the case page, then My cases with the case in it.
      await page.reload();
      await expect(page.locator('main h1')).toHaveText(item);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await page.goto('/cases');
      await expect(page.locator('main h1')).toHaveText(text(lang, 'pages.cases.title'));
      await page.getByRole('link', { name: item }).click();
      await expect(page).toHaveURL(casePath);
      await expect(page.locator('main h1')).toHaveText(item);

      // Every other page by deep link, and the language by address.
      for (const [path, key] of PAGES) {
        await page.goto(path);
        await waitForApp(page);
        await expect(page.locator('main h1')).toHaveText(text(lang, key));
      }
      const other: Lang = lang === 'en' ? 'es' : 'en';
      await open(page, '/eligibility', other);
      await expect(page.locator('main h1')).toHaveText(text(other, 'pages.eligibility.title'));
      await open(page, casePath, other);
      await expect(page.locator('main h1')).toHaveText(item);
    } finally {
      await context.setOffline(false);
    }
  });
}

test('sw.js is never kept, so a new one is always fetched from the host', async ({ page }) => {
  await open(page, '/', 'en');
  await controlledByServiceWorker(page);
  const kept = await page.evaluate(async (name) => {
    const cache = await caches.open(name);
    return (await cache.keys()).map((request) => new URL(request.url).pathname);
  }, CACHE!);
  expect(kept).toContain('/index.html');
  expect(kept).not.toContain('/sw.js');
  const worker = await page.evaluate(async () => {
    const response = await fetch('/sw.js', { cache: 'no-store' });
    return response.text();
  });
  expect(worker).toContain(`const CACHE = '${CACHE}';`);
});

/**
 * A host whose build can be swapped: the build under test as it is, then the
 * same files as a new build (a service worker with another cache name), as a
 * deployment would replace them.
 */
class SwappableHost {
  private server!: Server;
  version = 'first';
  url = '';
  /** The paths the host was asked for, in order. */
  requests: string[] = [];
  static readonly NEXT_CACHE = 'disputa-0000000000000001';

  async start() {
    const types: Record<string, string> = {
      '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
      '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.webmanifest': 'application/manifest+json',
    };
    this.server = createServer(async (req, res) => {
      const path = new URL(req.url ?? '/', 'http://host').pathname;
      this.requests.push(path);
      const file = join(dist, path);
      let body: Buffer;
      let name = file;
      try {
        if (!file.startsWith(dist) || path.endsWith('/')) throw new Error('not a file');
        body = await readFile(file);
      } catch {
        name = join(dist, 'index.html');
        body = await readFile(name);
      }
      if (path === '/sw.js' && this.version === 'next') {
        body = Buffer.from(body.toString('utf8').replace(CACHE!, SwappableHost.NEXT_CACHE));
      }
      res.writeHead(200, { 'content-type': types[extname(name)] ?? 'application/octet-stream', 'cache-control': 'no-cache' });
      res.end(body);
    });
    await new Promise<void>((done) => this.server.listen(0, '127.0.0.1', done));
    const address = this.server.address();
    if (!address || typeof address === 'string') throw new Error('no port');
    this.url = `http://127.0.0.1:${address.port}`;
  }

  async stop() {
    await new Promise((done) => this.server.close(done));
  }
}

test('online pages come from the host; a new build replaces the kept one, alone in the cache, and works offline', async ({ page, context }) => {
  const host = new SwappableHost();
  await host.start();
  try {
    await page.goto(`${host.url}/?lang=en`);
    await expect(page.locator('main h1')).toHaveText(text('en', 'home.title'));
    await controlledByServiceWorker(page);
    expect(await cacheNames(page)).toEqual([CACHE]);

    // Online, a page comes from the host first, so a new build shows at once.
    host.requests = [];
    await page.goto(`${host.url}/cases`);
    await expect(page.locator('main h1')).toHaveText(text('en', 'pages.cases.title'));
    expect(host.requests).toContain('/cases');

    host.version = 'next';
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      await registration.update();
    });
    // The new worker installs, takes over and drops the old cache.
    await expect.poll(() => cacheNames(page), { timeout: 15_000 }).toEqual([SwappableHost.NEXT_CACHE]);
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller?.state))
      .toBe('activated');

    await context.setOffline(true);
    try {
      await page.goto(`${host.url}/settings`);
      await expect(page.locator('main h1')).toHaveText(text('en', 'pages.settings.title'));
    } finally {
      await context.setOffline(false);
    }
  } finally {
    await host.stop();
  }
});

test('the web manifest makes the app installable: name, start, colours and icons', async ({ page, request }) => {
  await open(page, '/', 'en');
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute('href', '/manifest.webmanifest');
  const response = await request.get('/manifest.webmanifest');
  expect(response.ok()).toBe(true);
  const manifest = await response.json();
  expect(manifest).toMatchObject({
    name: 'Disputa',
    short_name: 'Disputa',
    start_url: '/',
    display: 'standalone',
    theme_color: '#1d5c63',
  });
  expect(await page.locator('meta[name="theme-color"]').getAttribute('content')).toBe(manifest.theme_color);
  expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/);
  const icons = manifest.icons as { src: string; sizes: string; type: string; purpose: string }[];
  expect(icons.map((i) => `${i.sizes} ${i.purpose}`).sort()).toEqual(
    ['192x192 any', '512x512 any', '512x512 maskable', 'any any'],
  );
  for (const icon of icons) {
    const file = await request.get(icon.src);
    expect(file.ok(), icon.src).toBe(true);
    expect(file.headers()['content-type']).toBe(icon.type);
    if (icon.type === 'image/png') {
      // The PNG header's width and height are the declared size.
      const png = await file.body();
      const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
      expect(`${width}x${height}`, icon.src).toBe(icon.sizes);
    }
  }
});
