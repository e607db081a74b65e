// How the release page loads: the preloads of the JavaScript and the wasm
// come first in <head>, in the template the start-up script adds them from
// (at once, or once a page rendered at build time is painted: see
// prerender.spec.ts), and the styles come as one file, the source
// stylesheets joined in their order (xtask post-build), with a matching
// integrity.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { test, expect, open, expectAccessible, text, LANGS, type Lang, waitForApp } from './support';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '../../..');
/** The stylesheets index.html lists for trunk, in order. */
const sources = [...readFileSync(resolve(root, 'index.html'), 'utf8').matchAll(/<link data-trunk rel="css" href="([^"]+)">/g)].map(
  (m) => m[1],
);

test('the page preloads the script and the wasm, then links one stylesheet: the sources joined, integrity matching', async ({ request }) => {
  expect(sources.length, 'stylesheets in index.html').toBeGreaterThan(1);
  const html = await (await request.get('/')).text();
  const head = html.slice(0, html.indexOf('</head>'));
  const links = [...head.matchAll(/<link rel="([^"]+)" href="([^"]+)"[^>]*>/g)].map((m) => ({ rel: m[1], href: m[2], tag: m[0] }));
  const order = links.map((link) => link.rel).filter((rel) => ['modulepreload', 'preload', 'stylesheet'].includes(rel));
  expect(order).toEqual(['modulepreload', 'preload', 'stylesheet']);
  expect(links.find((link) => link.rel === 'preload')!.href).toMatch(/_bg\.wasm$/);
  // The preloads come before the scripts that add them and use them.
  const template = head.match(/<template id="disputa-code">([\s\S]*?)<\/template>/);
  expect(template).not.toBeNull();
  expect(template![1]).toContain('rel="modulepreload"');
  expect(template![1]).toContain('rel="preload"');
  expect(head.indexOf('<template')).toBeLessThan(head.indexOf('<script'));

  const stylesheet = links.find((link) => link.rel === 'stylesheet')!;
  expect(stylesheet.href).toMatch(/^\/app-[0-9a-f]{16}\.css$/);
  const body = await (await request.get(stylesheet.href)).body();
  expect(body.toString('utf8')).toBe(sources.map((source) => readFileSync(resolve(root, source), 'utf8')).join(''));
  const integrity = `sha384-${createHash('sha384').update(body).digest('base64')}`;
  expect(stylesheet.tag).toContain(`integrity="${integrity}"`);
});

for (const lang of LANGS) {
  test(`the one stylesheet applies to the running app (${lang})`, async ({ page }) => {
    await open(page, '/', lang);
    const sheets = await page.evaluate(() => [...document.styleSheets].map((sheet) => sheet.cssRules.length));
    expect(sheets).toHaveLength(1);
    expect(sheets[0]).toBeGreaterThan(100);
    // The header's colour comes from the stylesheet: without it, it is transparent.
    const background = await page.locator('.site-header').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe('rgba(0, 0, 0, 0)');
  });
}

// The release build is split (xtask link): the first view fetches the
// main module only (home, My cases and what all pages share), and each group
// of other pages comes on the first visit to one of them. The service worker
// is blocked so that every fetch is the page's own.
test.describe('pages loaded on their first visit', () => {
  test.use({ serviceWorkers: 'block' });

  const nav = (page: Page, lang: Lang) =>
    page.getByRole('navigation', { name: text(lang, 'app.nav_label') }).getByRole('link', { name: text(lang, 'nav.eligibility') });

  test('the first view fetches one wasm; the eligibility check fetches its group of pages on the first visit', async ({ page }) => {
    const wasm: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('.wasm')) wasm.push(new URL(request.url()).pathname);
    });
    await open(page, '/', 'en');
    await page.waitForLoadState('networkidle');
    expect(wasm).toHaveLength(1);
    // trunk names the main module after a 64-bit hash written without its
    // leading zeros, so the name holds up to 16 hex digits.
    expect(wasm[0]).toMatch(/^\/disputa-[0-9a-f]{1,16}_bg\.wasm$/);

    await nav(page, 'en').click();
    await expect(page.locator('main h1')).toHaveText(text('en', 'pages.eligibility.title'));
    expect(wasm.some((path) => /^\/split_disputes-[0-9a-f]{16}\.wasm$/.test(path))).toBe(true);
    // Nothing of the other groups came with it.
    expect(wasm.some((path) => /split_(cases|guides)/.test(path))).toBe(false);
  });

  // An address opened directly starts its group's files with the app's: an
  // inline script in <head> preloads them, and the loader's fetches use those
  // preloads (a fetch that did not would show as a second request).
  for (const [path, group] of [['/cases/some-case', 'cases'], ['/settings', 'cases'], ['/eligibility/', 'disputes'], ['/protection', 'guides'], ['/', null]]) {
    test(`${path} opened by its address preloads ${group ? `the ${group} group, each file fetched once` : 'no page group'}`, async ({ page }) => {
      const wasm: string[] = [];
      const warnings: string[] = [];
      page.on('request', (request) => {
        if (request.url().endsWith('.wasm')) wasm.push(new URL(request.url()).pathname);
      });
      page.on('console', (message) => {
        if (message.type() === 'warning' && /preload/i.test(message.text()) && !/integrity/.test(message.text())) warnings.push(message.text());
      });
      await open(page, path, 'en');
      await page.waitForLoadState('networkidle');
      const preloads = await page.evaluate(() =>
        [...document.querySelectorAll('head link[rel="preload"][as="fetch"]')].map((link) => ({
          path: new URL((link as HTMLLinkElement).href).pathname,
          crossOrigin: (link as HTMLLinkElement).crossOrigin,
        })),
      );
      const pages = preloads.filter((link) => !link.path.endsWith('_bg.wasm'));
      if (group === null) {
        expect(pages).toEqual([]);
        expect(wasm).toHaveLength(1);
        return;
      }
      expect(pages[0].path).toMatch(new RegExp(`^/split_${group}-[0-9a-f]{16}\\.wasm$`));
      expect(pages.slice(1).every((link) => /^\/chunk_\d+-[0-9a-f]{16}\.wasm$/.test(link.path))).toBe(true);
      expect(pages.every((link) => link.crossOrigin === 'anonymous')).toBe(true);
      // The main module and the group's files, each fetched once, and nothing else.
      expect([...wasm].sort()).toEqual([...new Set(wasm)].sort());
      expect(wasm.filter((file) => !file.endsWith('_bg.wasm')).sort()).toEqual(pages.map((link) => link.path).sort());
      expect(warnings).toEqual([]);
    });
  }

  test('opened by its address, a page whose preloaded code does not arrive says so, and Try again opens it', async ({ page, consoleErrors }) => {
    await page.route(/split_disputes/, (route) => route.abort('internetdisconnected'));
    await open(page, '/eligibility', 'en');
    await expect(page.locator('main h1')).toHaveText(text('en', 'page_not_loaded.title'));
    expect(consoleErrors.every((error) => /split_disputes|Failed to fetch|ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(error))).toBe(true);
    consoleErrors.length = 0;

    await page.unroute(/split_disputes/);
    // Try again reloads the address: the app runs it afresh.
    await Promise.all([
      page.waitForEvent('load'),
      page.getByRole('button', { name: text('en', 'page_not_loaded.retry') }).click(),
    ]);
    await waitForApp(page);
    await expect(page.locator('main h1')).toHaveText(text('en', 'pages.eligibility.title'));
  });

  for (const path of ['/eligibility', '/returns', '/settings']) {
    test(`${path} opened by its address shows with the layout, nothing shifting`, async ({ page }) => {
      await page.setViewportSize({ width: 412, height: 823 });
      await page.addInitScript(() => {
        const shifts: number[] = [];
        (window as any).__shifts = shifts;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) shifts.push((entry as any).value);
        }).observe({ type: 'layout-shift', buffered: true });
      });
      await open(page, path, 'en');
      await expect(page.locator('footer')).toBeAttached();
      await page.waitForLoadState('networkidle');
      const shifts: number[] = await page.evaluate(() => (window as any).__shifts);
      expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01);
    });
  }

  for (const lang of LANGS) {
    test(`a page whose code is slow to come says it is opening, then shows it (${lang})`, async ({ page }) => {
      await page.route(/split_disputes/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        await route.continue();
      });
      await open(page, '/', lang);
      // The live region is there before it speaks, so that its words are announced.
      await expect(page.locator('main > .page-opening[role="status"]')).toBeAttached();
      await expect(page.locator('main > .page-opening')).toHaveText('');
      await nav(page, lang).click();
      const status = page.getByRole('status').filter({ hasText: text(lang, 'app.opening_page') });
      await expect(status).toBeVisible();
      await expectAccessible(page);
      await expect(page.locator('main h1')).toHaveText(text(lang, 'pages.eligibility.title'));
      await expect(status).toBeHidden();
    });

    test(`a page whose code does not arrive says so, and Try again opens it (${lang})`, async ({ page, consoleErrors }) => {
      await page.route(/split_disputes/, (route) => route.abort('internetdisconnected'));
      await open(page, '/', lang);
      await nav(page, lang).click();
      await expect(page.locator('main h1')).toHaveText(text(lang, 'page_not_loaded.title'));
      await expect(page.getByText(text(lang, 'page_not_loaded.body'))).toBeVisible();
      await expect(page).toHaveURL(/\/eligibility/);
      await expectAccessible(page);
      // The browser and the loader report the failed fetch; nothing else failed.
      expect(consoleErrors.length).toBeGreaterThan(0);
      expect(consoleErrors.every((error) => /split_disputes|Failed to fetch|ERR_INTERNET_DISCONNECTED|Failed to load resource/.test(error))).toBe(true);
      consoleErrors.length = 0;

      await page.unroute(/split_disputes/);
      await Promise.all([
        page.waitForEvent('load'),
        page.getByRole('button', { name: text(lang, 'page_not_loaded.retry') }).click(),
      ]);
      await waitForApp(page);
      await expect(page.locator('main h1')).toHaveText(text(lang, 'pages.eligibility.title'));
    });
  }
});
