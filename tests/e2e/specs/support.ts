// What every journey needs: the locale texts, a console-error guard and an axe scan.
import { test as base, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';

export type Lang = 'en' | 'es';
export const LANGS: Lang[] = ['en', 'es'];

const locales: Record<Lang, any> = {
  en: JSON.parse(readFileSync(new URL('../../../locales/en.json', import.meta.url), 'utf8')),
  es: JSON.parse(readFileSync(new URL('../../../locales/es.json', import.meta.url), 'utf8')),
};

/** The text of a locale key such as `home.title`, with `{{ name }}` left as is. */
export function text(lang: Lang, key: string): string {
  const value = key.split('.').reduce((node, part) => node?.[part], locales[lang]);
  if (typeof value !== 'string') throw new Error(`no text ${key} in ${lang}`);
  return value;
}

const buttonsSource = readFileSync(new URL('../../../src/i18n/buttons.rs', import.meta.url), 'utf8');

/** AliExpress's own words (`MyOrders`, `OpenDispute`…), from the one table the app quotes them from. */
export function aliWord(lang: Lang, name: string): string {
  const match = buttonsSource.match(new RegExp(`word\\(\\s*AliButton::${name},\\s*"([^"]*)",\\s*"([^"]*)"`));
  if (!match) throw new Error(`no ${name} in ALIEXPRESS_WORDS`);
  return lang === 'en' ? match[1] : match[2];
}

/** A path of AliExpress's buttons as the texts write it: “My Orders” → “View details”. */
export function aliPath(lang: Lang, names: string[]): string {
  const [open, close] = lang === 'en' ? ['“', '”'] : ['«', '»'];
  return names.map((name) => `${open}${aliWord(lang, name)}${close}`).join(' → ');
}

/** What the browser refused under the Content-Security-Policy, and where. */
export type CspViolation = { directive: string; blocked: string; page: string; sample: string };

/**
 * A test that fails on any console error or uncaught exception of its page,
 * and on any Content-Security-Policy violation in any page of its context
 * (the listener is installed before the app's scripts in every document,
 * after every navigation). A test that provokes either on purpose empties
 * the list after checking it.
 */
export const test = base.extend<{ consoleErrors: string[]; cspViolations: CspViolation[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') errors.push(msg.text());
      });
      page.on('pageerror', (err) => errors.push(String(err)));
      await use(errors);
      expect(errors, 'console errors').toEqual([]);
    },
    { auto: true },
  ],
  cspViolations: [
    async ({ context }, use) => {
      const violations: CspViolation[] = [];
      await context.exposeBinding('__disputaCspViolation', (_source, violation: CspViolation) => {
        violations.push(violation);
      });
      await context.addInitScript(() => {
        document.addEventListener(
          'securitypolicyviolation',
          (event) => {
            (window as any).__disputaCspViolation({
              directive: event.effectiveDirective,
              blocked: event.blockedURI,
              page: event.documentURI,
              sample: event.sample,
            });
          },
          true,
        );
      });
      await use(violations);
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * Opens a path in a language and waits for the app to replace the loading
 * shell, or the page rendered at build time (whose buttons do nothing yet).
 */
export async function open(page: Page, path: string, lang: Lang) {
  const sep = path.includes('?') ? '&' : '?';
  await page.goto(`${path}${sep}lang=${lang}`);
  await waitForApp(page);
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  await expect(page.locator('main h1')).toBeVisible();
}

/** Waits until the app runs the page: mounted, in place of what the host served. */
export async function waitForApp(page: Page) {
  await page.waitForFunction(() => performance.getEntriesByName('disputa-mounted').length > 0);
}

/** The addresses of the pages rendered at build time, from the app's table. */
export { PRERENDERED } from '../app-pages.mjs';

export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, 'axe violations').toEqual([]);
}
