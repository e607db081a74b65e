// The pages rendered at build time (xtask prerender): their content is in
// the HTML the host serves, in the buyer's language, before the wasm has
// arrived; the app then takes their place with nothing moved and nothing
// the buyer did lost. Elsewhere the loading shell shows, as before.
import type { Page, Route } from '@playwright/test';
import { test, expect, text, waitForApp, LANGS, PRERENDERED, type Lang } from './support';

const PHONE = { width: 390, height: 844 };

/** Holds every wasm file until `release()`: the page as it is before the app runs. */
async function holdTheApp(page: Page) {
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  await page.route(/\.wasm$/, async (route: Route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** What the buyer sees of the page: every shown element of #app with its box and its own text. */
function layout(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('#app *')]
      .filter((el) => el.getClientRects().length > 0)
      .map((el) => {
        const box = el.getBoundingClientRect();
        const own = [...el.childNodes]
          .filter((node) => node.nodeType === Node.TEXT_NODE)
          .map((node) => node.textContent)
          .join('')
          .replace(/\s+/g, ' ')
          .trim();
        const round = (n: number) => Math.round(n * 2) / 2;
        return `${el.tagName} ${round(box.x)},${round(box.y)} ${round(box.width)}×${round(box.height)} ${own}`;
      }),
  );
}

const rendered = (page: Page) => page.locator('[data-prerendered-lang]');

// A service worker would answer the wasm requests that these tests hold.
test.use({ serviceWorkers: 'block' });

for (const at of PRERENDERED) {
  for (const lang of LANGS) {
    test.describe(`${at} in ${lang}, from the browser's language`, () => {
      test.use({ locale: lang === 'es' ? 'es-ES' : 'en-GB', viewport: PHONE });

      test('shows before the wasm arrives, and the app takes its place with nothing moved', async ({ page }) => {
        const release = await holdTheApp(page);
        await page.goto(at, { waitUntil: 'domcontentloaded' });
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        await expect(page.locator('html')).toHaveAttribute('data-prerendered', lang);
        await expect(rendered(page)).toHaveCount(1);
        await expect(rendered(page)).toHaveAttribute('data-prerendered-lang', lang);
        await expect(page.locator('main h1')).toBeVisible();
        await expect(page.locator('.shell')).toBeHidden();
        const heading = await page.locator('main h1').textContent();
        const title = await page.title();
        const description = await page.locator('meta[name="description"]').getAttribute('content');
        const before = await layout(page);
        // Each change to #app, as the app mounts beside the copy and then
        // takes its place: the page shows one main part all along.
        await page.evaluate(() => {
          const seen: number[] = ((window as unknown as { mainsShown: number[] }).mainsShown = []);
          new MutationObserver(() => seen.push([...document.querySelectorAll('main')].filter((main) => main.checkVisibility()).length)).observe(
            document.getElementById('app')!,
            { childList: true },
          );
        });

        release();
        await waitForApp(page);
        const mainsShown = await page.evaluate(() => (window as unknown as { mainsShown: number[] }).mainsShown);
        expect(mainsShown.length).toBeGreaterThan(0);
        expect(mainsShown.every((shown) => shown === 1), `main parts shown after each change: ${mainsShown}`).toBe(true);
        await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
        await expect(rendered(page)).toHaveCount(0);
        await expect(page.locator('html')).not.toHaveAttribute('data-prerendered');
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        expect(await layout(page)).toEqual(before);
        await expect(page.locator('main h1')).toHaveText(heading!);
        await expect(page).toHaveTitle(title);
        await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', description!);
      });
    });
  }
}

test.describe('a buyer who chose Spanish before, in an English browser', () => {
  test.use({ locale: 'en-US' });

  test('gets the Spanish page first, and ?lang=en still wins', async ({ page }) => {
    await page.goto('/protection?lang=es');
    await waitForApp(page);
    const release = await holdTheApp(page);
    await page.goto('/protection', { waitUntil: 'domcontentloaded' });
    await expect(page.locator('html')).toHaveAttribute('data-prerendered', 'es');
    await expect(page.locator('main h1')).toHaveText(text('es', 'protection.title'));
    await expect(page).toHaveTitle(`${text('es', 'protection.title')} · Disputa`);
    await page.goto('/protection?lang=en', { waitUntil: 'domcontentloaded' });
    await expect(page.locator('html')).toHaveAttribute('data-prerendered', 'en');
    await expect(page.locator('main h1')).toHaveText(text('en', 'protection.title'));
    release();
  });
});

// The app's code waits for a rendered page's first paint (its preloads are in
// a <template> the start-up script adds once the page has loaded); where the
// loading shell shows, there is nothing else to wait for, and it starts at
// once, with the page. The load event waits for preloads under way.
test.describe('when the app\'s code is fetched', () => {
  const timing = (page: Page) =>
    page.evaluate(() => {
      const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
      const wasm = performance.getEntriesByType('resource').filter((entry) => entry.name.endsWith('.wasm'));
      return { load: navigation.loadEventEnd, starts: wasm.map((entry) => entry.startTime) };
    });

  for (const address of ['/', '/protection?lang=es', '/eligibility']) {
    test(`${address}: once the rendered page has loaded`, async ({ page }) => {
      await page.goto(address);
      await waitForApp(page);
      const { load, starts } = await timing(page);
      expect(load).toBeGreaterThan(0);
      expect(starts.length).toBeGreaterThan(0);
      for (const start of starts) expect(start).toBeGreaterThanOrEqual(load);
      await expect(page.locator('template#disputa-code')).toHaveCount(0);
    });
  }

  for (const address of ['/cases', '/settings', '/?ground=damaged']) {
    test(`${address}: at once, with the loading shell`, async ({ page }) => {
      await page.goto(address);
      await waitForApp(page);
      const { load, starts } = await timing(page);
      expect(starts.length).toBeGreaterThan(0);
      for (const start of starts) expect(start).toBeLessThan(load);
      await expect(page.locator('template#disputa-code')).toHaveCount(0);
    });
  }
});

test.describe('where the app would show something else, the loading shell shows', () => {
  test('an address with no page of its own, a query, or answers kept in the browser', async ({ page }) => {
    await page.goto('/returns?lang=en');
    await waitForApp(page);
    await page.evaluate(() => {
      sessionStorage.setItem('disputa.session.returns', '{}');
      localStorage.setItem('disputa.draft.eligibility', '{}');
    });
    const release = await holdTheApp(page);
    for (const address of ['/settings', '/cases/no-such-case', '/file?ground=damaged', '/returns', '/eligibility']) {
      await page.goto(address, { waitUntil: 'domcontentloaded' });
      await expect(page.locator('.shell__loading'), address).toBeVisible();
      await expect(rendered(page), address).toHaveCount(0);
      await expect(page.locator('html'), address).not.toHaveAttribute('data-prerendered');
      await expect(page.locator('h1'), address).toHaveCount(0);
    }
    release();
    await waitForApp(page);
    await expect(page.locator('main h1')).toHaveText(text('en', 'pages.eligibility.title'));
  });
});

for (const lang of LANGS) {
  test.describe(`what the buyer did before the app ran, in ${lang}`, () => {
    test.use({ viewport: PHONE });

    test('a choice and a number typed carry over, and the app takes them in', async ({ page }) => {
      const release = await holdTheApp(page);
      await page.goto(`/returns?lang=${lang}`, { waitUntil: 'domcontentloaded' });
      const listing = page
        .getByRole('group', { name: text(lang, 'returns.check.listing'), exact: true })
        .getByRole('radio', { name: text(lang, 'returns.yes'), exact: true });
      await listing.check();
      release();
      await waitForApp(page);
      await expect(listing).toBeChecked();
      // The app took the answer in: it keeps it for the tab.
      await expect
        .poll(() => page.evaluate(() => sessionStorage.getItem('disputa.session.returns')))
        .toContain('"listing_offers":"yes"');

      const releaseAgain = await holdTheApp(page);
      await page.evaluate(() => sessionStorage.clear());
      await page.goto(`/before-you-buy?lang=${lang}`, { waitUntil: 'domcontentloaded' });
      const feedback = page.getByLabel(text(lang, 'buy.seller.feedback'));
      await feedback.fill('120');
      releaseAgain();
      await waitForApp(page);
      await expect(feedback).toHaveValue('120');
      await expect(page.getByText(text(lang, 'buy.number.percent_too_large'))).toBeVisible();
    });

    test('an answer and a tap on Next in the eligibility check are answered once the app runs', async ({ page, cspViolations }) => {
      const release = await holdTheApp(page);
      await page.goto(`/eligibility?lang=${lang}`, { waitUntil: 'domcontentloaded' });
      await page.getByRole('radio', { name: text(lang, 'labels.delivery_status.marked_delivered'), exact: true }).check();
      // A form submits nothing before the app runs (the policy would refuse it anyway).
      await page.getByRole('button', { name: text(lang, 'wizard.next'), exact: true }).click();
      await expect(page.locator('#wizard-heading')).toHaveText(text(lang, 'wizard.status.question'));
      expect(page.url()).toMatch(/\/eligibility\?lang=/);
      release();
      await waitForApp(page);
      await expect(page.locator('#wizard-heading')).toHaveText(text(lang, 'wizard.dates.question'));
      await expect(page.locator('html')).not.toHaveAttribute('data-prerendered-tap');
      expect(cspViolations).toEqual([]);
    });

    test('the scroll and the focus stay where they were', async ({ page }) => {
      const release = await holdTheApp(page);
      await page.goto(`/returns?lang=${lang}`, { waitUntil: 'domcontentloaded' });
      await page.locator('main input').last().focus();
      await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight / 2, behavior: 'instant' }));
      // Where the page settles, a frame later.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const scrolled = await page.evaluate(() => window.scrollY);
      expect(scrolled).toBeGreaterThan(0);
      const focused = await page.evaluate(() => document.activeElement?.outerHTML);
      release();
      await waitForApp(page);
      expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
      expect(await page.evaluate(() => document.activeElement?.outerHTML)).toBe(focused);
    });

    test('a ground chosen on the filing guide opens its steps once the app runs', async ({ page }) => {
      const release = await holdTheApp(page);
      await page.goto(`/file?lang=${lang}`, { waitUntil: 'domcontentloaded' });
      await page.getByLabel(text(lang, 'filing.choose.label')).selectOption('damaged');
      release();
      await waitForApp(page);
      await expect(page).toHaveURL(/[?&]ground=damaged/);
      await expect(page.getByLabel(text(lang, 'filing.choose.label'))).toHaveValue('damaged');
      await expect(page.locator('.filing-hint')).toHaveCount(0);
    });
  });
}
