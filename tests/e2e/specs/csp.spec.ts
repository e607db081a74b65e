// The Content-Security-Policy of the release build: declared first in the
// page, with the hash of trunk's inline loader computed here independently of
// the build; the app renders under it with no inline style; and it is really
// enforced. Every other spec fails on any violation (support.ts).
import { createHash } from 'node:crypto';
import { test, expect, open, text, LANGS } from './support';

const EXPECTED: Record<string, string[]> = {
  'default-src': ["'none'"],
  'style-src': ["'self'"],
  'connect-src': ["'self'"],
  'img-src': ["'self'"],
  'manifest-src': ["'self'"],
  'worker-src': ["'self'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

test('the release page declares the policy before any script, with the hash of each inline script', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const meta = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/);
  expect(meta, 'the policy <meta>').toBeTruthy();
  const before = html.slice(0, meta!.index);
  expect(before).toContain('<head>');
  expect(before).not.toMatch(/<script|<link|<style/);

  const directives = Object.fromEntries(
    meta![1].split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]),
  );
  const { 'script-src': scriptSrc, ...others } = directives;
  expect(others).toEqual(EXPECTED);

  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  expect(inline.length, 'trunk’s inline loader').toBeGreaterThan(0);
  const hashes = inline.map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  expect(scriptSrc).toEqual(["'self'", ...hashes, "'wasm-unsafe-eval'"]);
  expect(html).not.toMatch(/\sstyle=/);
});

for (const lang of LANGS) {
  test(`the app renders under the policy and no page carries an inline style (${lang})`, async ({ page }) => {
    const routes = ['/', '/before-you-buy', '/protection', '/eligibility', '/file?ground=damaged', '/cases', '/returns', '/settings'];
    for (const path of routes) {
      await open(page, path, lang);
      await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveCount(1);
      expect(await page.locator('[style]').count(), `elements with a style attribute on ${path}`).toBe(0);
    }
    await expect(page.locator('main h1')).toHaveText(text(lang, 'pages.settings.title'));
  });
}

test('the policy is enforced: an injected inline script and an inline style are refused and reported', async ({ page, cspViolations, consoleErrors }) => {
  await open(page, '/', 'en');
  const result = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.body.append(script);
    const styled = document.createElement('p');
    styled.setAttribute('style', 'color: rgb(255, 0, 0)');
    document.body.append(styled);
    return { ran: (window as any).__inlineRan ?? false, color: getComputedStyle(styled).color };
  });
  expect(result.ran).toBe(false);
  expect(result.color).not.toBe('rgb(255, 0, 0)');
  await expect.poll(() => cspViolations.map((v) => v.directive).sort()).toEqual(['script-src-elem', 'style-src-attr']);
  await expect.poll(() => consoleErrors.length).toBe(2);
  expect(consoleErrors.every((e) => e.includes('Content Security Policy'))).toBe(true);
  // Provoked on purpose: the guard of every test stays for the others.
  cspViolations.length = 0;
  consoleErrors.length = 0;
});
