// Every route, in both languages, by deep link: the right heading and title,
// no accessibility violation, no console error; the language switch; not found.
import { benchCases, storedState, STATE_KEY } from '../seed-cases.mjs';
import { test, expect, open, expectAccessible, text, LANGS, waitForApp } from './support';

const ROUTES: [string, string][] = [
  ['/', 'home.title'],
  ['/before-you-buy', 'pages.before_you_buy.title'],
  ['/protection', 'protection.title'],
  ['/eligibility', 'pages.eligibility.title'],
  ['/file', 'pages.file.title'],
  ['/cases', 'pages.cases.title'],
  ['/cases/no-such-case', 'case.not_found_title'],
  ['/returns', 'pages.returns.title'],
  ['/settings', 'pages.settings.title'],
  ['/no-such-page', 'not_found.title'],
];

for (const lang of LANGS) {
  for (const [path, key] of ROUTES) {
    test(`${path} loads by deep link in ${lang}, titled and accessible`, async ({ page }) => {
      await open(page, path, lang);
      const heading = text(lang, key);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page).toHaveTitle(`${heading} · Disputa`);
      await expect(page.getByRole('contentinfo')).toContainText(text(lang, 'footer.not_affiliated'));
      await expectAccessible(page);
    });
  }
}

test('the unknown route says the page does not exist and links home', async ({ page }) => {
  await open(page, '/definitely/not/here', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'not_found.title'));
  await page.getByRole('main').getByRole('link', { name: text('en', 'not_found.home') }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'home.title'));
});

test('switching to Spanish changes every string at once and is remembered', async ({ page }) => {
  await open(page, '/protection', 'en');
  await page.getByRole('button', { name: 'Español' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('es', 'protection.title'));
  await expect(page.getByRole('navigation')).toContainText(text('es', 'nav.cases'));
  await expect(page.getByRole('contentinfo')).toContainText(text('es', 'footer.data_on_device'));
  await expect(page).toHaveTitle(`${text('es', 'protection.title')} · Disputa`);
  // A reload without ?lang= keeps the choice.
  await page.goto('/protection');
  await waitForApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('es', 'protection.title'));
});

test.describe('a Spanish browser', () => {
  test.use({ locale: 'es-MX' });
  test('gets Spanish by default, and ?lang=en wins and is remembered', async ({ page }) => {
    await page.goto('/');
    await waitForApp(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('es', 'home.title'));
    await page.goto('/?lang=en');
    // The app remembers the choice once it runs the page.
    await waitForApp(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', 'home.title'));
    await page.goto('/cases');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('each page describes itself in the page\'s language, and robots.txt lets every page be indexed', async ({ page, request }) => {
  const description = page.locator('meta[name="description"]');
  await open(page, '/protection', 'es');
  await expect(description).toHaveAttribute('content', text('es', 'meta.protection'));
  await open(page, '/returns', 'en');
  await expect(description).toHaveAttribute('content', text('en', 'meta.returns'));
  await open(page, '/cases/no-such-case', 'en');
  await expect(description).toHaveAttribute('content', text('en', 'meta.cases'));
  const robots = await request.get('/robots.txt');
  expect(robots.ok()).toBe(true);
  expect(await robots.text()).toMatch(/^User-agent: \*$/m);
});

test('the navigation reaches every section and marks the current one', async ({ page }) => {
  await open(page, '/', 'en');
  const nav = page.getByRole('navigation', { name: text('en', 'app.nav_label') });
  for (const [key, titleKey] of [
    ['nav.before_you_buy', 'pages.before_you_buy.title'],
    ['nav.protection', 'protection.title'],
    ['nav.eligibility', 'pages.eligibility.title'],
    ['nav.file', 'pages.file.title'],
    ['nav.cases', 'pages.cases.title'],
    ['nav.returns', 'pages.returns.title'],
    ['nav.settings', 'pages.settings.title'],
  ]) {
    const link = nav.getByRole('link', { name: text('en', key) });
    await link.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('en', titleKey));
    await expect(link).toHaveAttribute('aria-current', 'page');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  }
});

test('home leads each situation to its section', async ({ page }) => {
  await open(page, '/', 'en');
  await page.getByRole('link', { name: new RegExp(text('en', 'home.changed_mind.title')) }).click();
  await expect(page).toHaveURL(/\/returns$/);
  await page.goBack();
  await page.getByRole('link', { name: new RegExp(text('en', 'home.waiting_refund.title')) }).click();
  await expect(page).toHaveURL(/\/cases$/);
});

test('protection cites its rules: the rule in a sentence, then its source and confidence', async ({ page }) => {
  await open(page, '/protection', 'es');
  // The section on how long protection lasts (the glossary below cites BP2 again).
  const cite = page.locator('section[aria-labelledby="bp2"] details.cite', { hasText: 'BP2' });
  await cite.locator('summary').click();
  await expect(cite.locator('.cite__rule')).toHaveText(text('es', 'rules.bp2.summary').replace('{{ days }}', '60'));
  await expect(cite).toContainText(text('es', 'citation.source'));
  await expect(cite).toContainText(text('es', 'rules.bp2.source'));
  await expect(cite).toContainText(text('es', 'confidence.medium'));
  const chat = page.locator('section:not([aria-labelledby="words"]) details.cite', { hasText: 'BP5' });
  await chat.locator('summary').click();
  await expect(chat.locator('.cite__rule')).toHaveText(text('es', 'rules.bp5.summary'));
  // Each rule of the page is cited once in the sections about it (the glossary
  // below cites some of them again).
  const sections = page.locator('main section:not([aria-labelledby="words"])');
  for (const id of ['BP1', 'BP2', 'BP3', 'BP4', 'BP5', 'F1', 'F2', 'F3']) {
    await expect(sections.locator('details.cite summary', { hasText: id })).toHaveCount(1);
  }
});

for (const lang of LANGS) {
  test(`protection explains the words AliExpress uses, each with its rule (${lang})`, async ({ page }) => {
    await open(page, '/protection', lang);
    const words = page.getByRole('region', { name: text(lang, 'protection.words.title') });
    await expect(words.locator('dl.glossary > dt')).toHaveText(
      ['dispute_term', 'claim_term', 'case_team_term', 'confirm_term', 'protection_term', 'stages_term']
        .map((key) => text(lang, `protection.words.${key}`)),
    );
    await expect(words.locator('dl.glossary > dd details.cite')).toHaveCount(6);
    await expect(words).toContainText(text(lang, 'protection.words.claim'));
    await expect(words).toContainText(text(lang, 'protection.words.case_team'));
    // The dispute button by both its names, the newer first, in the page's quotation marks.
    await expect(words.locator('dl.glossary > dd').first()).toContainText(
      lang === 'en' ? '“Returns/refunds” (older versions: “Open Dispute”)' : '«Reembolsos y devoluciones» (en versiones anteriores: «Abrir disputa»)',
    );
    // S1: only a parcel the buyer refused is excluded; S2: held until receipt or the end of protection.
    await expect(page.locator('main')).toContainText(text(lang, 'protection.not_covered.customs'));
    await expect(page.locator('.lead')).toHaveText(text(lang, 'protection.lead'));
    await expectAccessible(page);
  });
}

// Every page, and the page of a case in every stage, with every folded
// section opened: nothing is wider than a 320 px screen (the width WCAG's
// reflow criterion asks for, narrower than most phones), in either language,
// with store and item names as long and unbroken as AliExpress's.
for (const lang of LANGS) {
  test(`every page is readable 320 px wide without sideways scrolling (${lang})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 320, height: 740 });
    await page.addInitScript(
      ([key, state]) => {
        if (!localStorage.getItem(key)) localStorage.setItem(key, state);
      },
      [STATE_KEY, storedState(12, lang)],
    );
    const cases = benchCases(12);
    expect(cases.every(({ store }) => /^\S{60,}$/.test(store))).toBe(true);
    expect(cases.filter(({ item }) => /^\S{60,}$/.test(item))).toHaveLength(6);
    const paths = [
      ...ROUTES.map(([path]) => path),
      ...cases.map(({ id }) => `/cases/${id}`),
      // The messages to the seller, filled with the names of a case.
      `/file?ground=damaged&case=${cases[4].id}`,
    ];
    for (const path of paths) {
      await open(page, path, lang);
      await expect(page.locator('.later--pending')).toHaveCount(0);
      for (const summary of await page.locator('main details:not([open]) > summary').all()) {
        if (await summary.isVisible()) await summary.click();
      }
      const wide = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5)
          .map((el) => `${el.tagName.toLowerCase()} in .${el.closest('[class]')?.classList[0] ?? 'body'}`),
      );
      expect(wide, path).toEqual([]);
      const { scrollWidth, clientWidth } = await page.evaluate(() => {
        const { scrollWidth, clientWidth } = document.documentElement;
        return { scrollWidth, clientWidth };
      });
      expect(scrollWidth, path).toBeLessThanOrEqual(clientWidth);
    }
  });
}

test('on a phone the sections fold behind a menu button that closes after a choice', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, '/', 'es');
  const nav = page.getByRole('navigation', { name: text('es', 'app.nav_label') });
  await expect(nav).toBeHidden();
  const menu = page.getByRole('button', { name: text('es', 'nav.menu') });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await nav.getByRole('link', { name: text('es', 'nav.cases') }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(text('es', 'pages.cases.title'));
  await expect(nav).toBeHidden();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expectAccessible(page);
});
