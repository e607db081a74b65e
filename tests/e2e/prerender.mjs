// Renders pages of a release build as a first-time visitor sees them, for
// `xtask prerender`: for each address and language, a fresh browser opens it
// with ?lang=, waits for the app to have mounted and settled, and reads the
// app's markup, the page's title and its description. The app's own
// components, run by the app, make the markup; nothing is typed or stored
// beforehand, so it holds only the app's own texts.
//
// Usage: node prerender.mjs --dist DIR [--port N] --lang en --lang es PATH...
// Prints one JSON object: { pages: [{ at, lang, title, description, markup }] }.
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { serveBuild } from './build-server.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';

const { values: options, positionals: paths } = parseArgs({
  allowPositionals: true,
  options: {
    dist: { type: 'string', default: '../../dist' },
    port: { type: 'string', default: '4339' },
    lang: { type: 'string', multiple: true, default: ['en'] },
  },
});

const server = await serveBuild(options.dist, Number(options.port));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
const pages = [];
try {
  for (const at of paths) {
    for (const lang of options.lang) {
      // A fresh context: no stored cases, answers or language; no service worker.
      const context = await browser.newContext({ locale: lang, serviceWorkers: 'block' });
      const page = await context.newPage();
      const errors = [];
      page.on('pageerror', (error) => errors.push(String(error)));
      page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
      await page.goto(`${server.url}${at}?lang=${lang}`, { waitUntil: 'networkidle' });
      await page.waitForFunction(() => performance.getEntriesByName('disputa-mounted').length > 0);
      // Two frames: every effect of the first render has run and painted.
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const rendered = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        title: document.title,
        description: document.querySelector('meta[name="description"]')?.content ?? '',
        markup: (() => {
          // The i18n provider's empty <script>, a placeholder for translations
          // that a server would embed, stays out: as markup it would run.
          const app = document.getElementById('app').cloneNode(true);
          for (const script of app.querySelectorAll('script')) {
            if (script.textContent.replace(/<!---->/g, '').trim() !== '') throw new Error('a script with content');
            script.remove();
          }
          return app.innerHTML;
        })(),
      }));
      if (errors.length > 0) throw new Error(`${at} in ${lang}: ${errors.join('; ')}`);
      if (rendered.lang !== lang) throw new Error(`${at} shows ${rendered.lang}, not ${lang}`);
      if (!rendered.markup.includes('<h1')) throw new Error(`${at} in ${lang} has no heading`);
      pages.push({ at, lang, title: rendered.title, description: rendered.description, markup: rendered.markup });
      await context.close();
    }
  }
} finally {
  await browser.close();
  server.stop();
}
process.stdout.write(JSON.stringify({ pages }));
