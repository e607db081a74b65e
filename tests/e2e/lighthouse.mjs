// Lighthouse on the release build, served gzip-compressed on 127.0.0.1, in
// Debian's Chromium, with the mobile and the desktop presets. It prints a
// table of scores and exits 1 only when an accessibility score is below 100
// (or a page could not be audited); the other targets are reported as met or
// missed.
//
// What runs, 21 audits (about 5 minutes on 2 cores with other builds running):
//   every route in English and in Spanish, mobile preset: accessibility,
//     best practices and SEO, and performance for the English home page,
//     My cases and a case page;
//   those three pages in English, desktop preset: all four categories.
// The header, footer and menu are the same on every page, so the desktop
// layout is checked on three of them. --full runs every category on every
// route, language and preset (36 audits, for the figures in docs/performance.md).
//
// Before the audits the browser's storage gets a few cases in every stage
// (seed-cases.mjs), so My cases shows a list and a case page has a case;
// Lighthouse leaves localStorage alone between runs.
//
// --vitals measures what a first visit on a phone waits for instead: the
// mobile preset's performance on every route in both languages, --runs times
// each (3 by default), and prints the median Largest Contentful Paint, Cumulative
// Layout Shift and Total Blocking Time of each against their targets (LCP
// ≤ 1.8 s on the pages rendered at build time, ≤ 2.5 s on the others; CLS
// ≤ 0.1; TBT ≤ 200 ms). It reports; it fails nothing.
//
// Usage: node lighthouse.mjs [--full | --vitals [--runs N]] [--dist DIR] [--port N] [--json FILE]
//   --json  also write every score and failed audit to FILE
// It first waits, at most two minutes, for the machine's load average to fall
// below 2, as the scores depend on what else the machine is doing.
import { readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from '@playwright/test';
import { serveBuild } from './build-server.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';
import { benchCases, STATE_KEY } from './seed-cases.mjs';
import { PRERENDERED } from './app-pages.mjs';

const { values: options } = parseArgs({
  options: {
    full: { type: 'boolean', default: false },
    vitals: { type: 'boolean', default: false },
    runs: { type: 'string', default: '3' },
    dist: { type: 'string', default: '../../dist' },
    port: { type: 'string', default: '4332' },
    json: { type: 'string' },
  },
});

const SEEDED = benchCases(12);
/** A case with a dispute open: deadlines, evidence, moves and timeline on one page. */
const CASE_ID = SEEDED.find((c) => c.dispute && !c.dispute.closed_on && !c.dispute.escalated_on).id;

const ROUTES = ['/', '/before-you-buy', '/protection', '/eligibility', '/file', '/returns', '/cases', `/cases/${CASE_ID}`, '/settings'];
const PERFORMANCE_ROUTES = ['/', '/cases', `/cases/${CASE_ID}`];
const LANGS = ['en', 'es'];
const PRESETS = { mobile: undefined, desktop: desktopConfig };
const TARGETS = {
  accessibility: { mobile: 100, desktop: 100 },
  'best-practices': { mobile: 95, desktop: 95 },
  performance: { mobile: 90, desktop: 95 },
  seo: { mobile: 100, desktop: 100 },
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

const VITALS = {
  lcp: { audit: 'largest-contentful-paint', target: (route) => (PRERENDERED.includes(route) ? 1800 : 2500), unit: 'ms' },
  cls: { audit: 'cumulative-layout-shift', target: () => 0.1, unit: '' },
  tbt: { audit: 'total-blocking-time', target: () => 200, unit: 'ms' },
};

/** Every audit to run: route, language, preset and categories. */
function plan() {
  const runs = [];
  if (options.vitals) {
    for (const route of ROUTES) {
      for (const lang of LANGS) {
        for (let i = 0; i < Number(options.runs); i++) runs.push({ route, lang, preset: 'mobile', categories: ['performance'] });
      }
    }
    return runs;
  }
  for (const preset of Object.keys(PRESETS)) {
    for (const route of ROUTES) {
      for (const lang of LANGS) {
        const measured = lang === 'en' && PERFORMANCE_ROUTES.includes(route);
        if (!options.full && preset === 'desktop' && !measured) continue;
        const categories = options.full || measured ? CATEGORIES : CATEGORIES.slice(1);
        runs.push({ route, lang, preset, categories });
      }
    }
  }
  return runs;
}

/** Puts the seeded cases in the browser's storage for the served origin. */
async function seed(port, url) {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${port}`);
  try {
    const page = await browser.contexts()[0].newPage();
    await page.goto(`${url}/?lang=en`);
    await page.waitForFunction(() => performance.getEntriesByName('disputa-mounted').length > 0);
    await page.evaluate(
      ([key, cases]) => {
        const state = { format: 'disputa.state', version: 1, revision: 1, saved_at: new Date().toISOString(), cases, settings: {} };
        localStorage.setItem(key, JSON.stringify(state));
      },
      [STATE_KEY, SEEDED],
    );
    await page.close();
  } finally {
    await browser.close();
  }
}

/** The audits of `category` that cost it points, as `id (score)`. */
function failures(lhr, category) {
  return lhr.categories[category].auditRefs
    .filter((ref) => ref.weight > 0)
    .map((ref) => lhr.audits[ref.id])
    .filter((audit) => audit.score !== null && audit.score < 1)
    .map((audit) => `${audit.id} (${Math.round(audit.score * 100)})`);
}

const score = (lhr, category) => {
  const value = lhr.categories[category]?.score;
  return value === null || value === undefined ? null : Math.round(value * 100);
};

// Lighthouse derives its timings from what it measures here, so audits begun
// while the steps before (builds, the end-to-end tests) still load the
// machine score lower than the app is. Wait, at most two minutes, for the
// one-minute load average to fall below 2.
const SETTLED_LOAD = 2;
const settleStart = Date.now();
while (loadavg()[0] >= SETTLED_LOAD && Date.now() - settleStart < 120_000) {
  await new Promise((done) => setTimeout(done, 5_000));
}
if (Date.now() - settleStart > 1_000) {
  console.log(`waited ${Math.round((Date.now() - settleStart) / 1000)} s for the machine to settle (load average ${loadavg()[0].toFixed(2)})`);
}

const server = await serveBuild(options.dist, Number(options.port));
const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH || CHROMIUM_PATH,
  chromeFlags: [...CHROMIUM_FLAGS, '--headless=new', '--no-sandbox'],
});
const results = [];
const started = Date.now();
try {
  await seed(chrome.port, server.url);
  const runs = plan();
  const version = JSON.parse(readFileSync(new URL('./node_modules/lighthouse/package.json', import.meta.url))).version;
  console.log(`Lighthouse ${version} on ${server.url}, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
  console.log(`${runs.length} audits; load average before: ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
  console.log(`${'route'.padEnd(30)}${'lang'.padEnd(6)}${'preset'.padEnd(9)}${'perf'.padStart(6)}${'a11y'.padStart(6)}${'bp'.padStart(6)}${'seo'.padStart(6)}`);
  for (const run of runs) {
    const url = `${server.url}${run.route}?lang=${run.lang}`;
    const flags = { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: run.categories };
    const { lhr } = await lighthouse(url, flags, PRESETS[run.preset]);
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, run.categories.includes(c) ? score(lhr, c) : undefined]));
    const missed = Object.fromEntries(
      run.categories
        .filter((c) => scores[c] === null || scores[c] < TARGETS[c][run.preset])
        .map((c) => [c, lhr.runtimeError ? [lhr.runtimeError.message] : failures(lhr, c)]),
    );
    const vitals = Object.fromEntries(Object.entries(VITALS).map(([name, { audit }]) => [name, lhr.audits[audit]?.numericValue]));
    results.push({ ...run, url, scores, missed, vitals });
    const cell = (c) => String(scores[c] === undefined ? '' : scores[c] ?? 'error').padStart(6);
    const notes = Object.entries(missed).map(([c, audits]) => `${c}: ${audits.join(', ')}`).join('; ');
    const measured = options.vitals
      ? `  LCP ${Math.round(vitals.lcp)} ms, CLS ${vitals.cls?.toFixed(3)}, TBT ${Math.round(vitals.tbt)} ms`
      : `  ${notes}`;
    console.log(`${run.route.padEnd(30)}${run.lang.padEnd(6)}${run.preset.padEnd(9)}${cell('performance')}${cell('accessibility')}${cell('best-practices')}${cell('seo')}${measured}`);
  }
} finally {
  await chrome.kill();
  server.stop();
}

console.log(`\n${results.length} audits in ${Math.round((Date.now() - started) / 1000)} s; load average after: ${loadavg().map((n) => n.toFixed(2)).join(' ')}`);
console.log('Targets:');
for (const category of CATEGORIES) {
  for (const preset of Object.keys(PRESETS)) {
    const scored = results.filter((r) => r.preset === preset && r.scores[category] !== undefined);
    if (scored.length === 0) continue;
    const values = scored.map((r) => r.scores[category] ?? 0);
    const target = TARGETS[category][preset];
    const met = values.every((v) => v >= target);
    console.log(`  ${category} ${preset} ≥ ${target}: ${met ? 'met' : 'missed'} (lowest ${Math.min(...values)}, ${scored.length} pages)`);
  }
}
if (options.vitals) {
  const median = (values) => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  };
  console.log(`\nMedians of ${options.runs} first visits, mobile preset (target in brackets; * missed):`);
  console.log(`${'route'.padEnd(30)}${'lang'.padEnd(6)}${'LCP ms'.padStart(16)}${'CLS'.padStart(14)}${'TBT ms'.padStart(14)}`);
  for (const route of ROUTES) {
    for (const lang of LANGS) {
      const runs = results.filter((r) => r.route === route && r.lang === lang);
      const cells = Object.entries(VITALS).map(([name, { target }]) => {
        const value = median(runs.map((r) => r.vitals[name]));
        const shown = name === 'cls' ? value.toFixed(3) : String(Math.round(value));
        return `${shown} (${target(route)})${value > target(route) ? '*' : ' '}`.padStart(name === 'lcp' ? 16 : 14);
      });
      console.log(`${route.padEnd(30)}${lang.padEnd(6)}${cells.join('')}`);
    }
  }
}
if (options.json) writeFileSync(options.json, JSON.stringify(results, null, 2));

const inaccessible = results.filter((r) => r.scores.accessibility === null || r.scores.accessibility < 100);
if (inaccessible.length > 0) {
  console.error(`accessibility below 100 on: ${inaccessible.map((r) => `${r.route}?lang=${r.lang} (${r.preset})`).join(', ')}`);
  process.exit(1);
}
