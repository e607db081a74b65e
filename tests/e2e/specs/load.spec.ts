// How the release page loads: the JavaScript and the wasm are preloaded
// first in <head>, and the styles come as one file, the source stylesheets
// joined in their order (hooks/post-build.sh), with a matching integrity.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, open, LANGS } from './support';

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
  // The preloads come before the loader script that uses them.
  expect(head.indexOf('rel="preload"')).toBeLessThan(head.indexOf('<script'));

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
