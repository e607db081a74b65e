// The speed benchmark of the release build in Debian's Chromium: the median,
// minimum and maximum of several loads of each figure, next to its target.
//
//   first render      navigation start to the app's first render: the
//                     `disputa-mounted` mark that `mount()` sets right after
//                     mounting. A fresh browser context per load, so the HTML,
//                     JavaScript and wasm are downloaded and compiled each time.
//                     Reported with the first contentful paint of the same
//                     loads: the home page rendered at build time, which the
//                     buyer reads before the app has taken its place.
//   My cases          1,000 stored cases; on the home page, from the click on
//                     the "My cases" link (an in-app navigation) to the first
//                     frame painted with all 1,000 rows in the DOM. Timed
//                     inside the page: performance.now() before the click, a
//                     MutationObserver for the rows, then requestAnimationFrame
//                     and a message posted from it, which runs once that frame
//                     has painted. Start-up (reading and decoding the stored
//                     cases, and assessing them once the browser is idle)
//                     is done before the click and not counted.
//   /cases full load  1,000 stored cases, a fresh context: navigation start
//                     to the first frame painted with the 1,000 rows, timed
//                     the same way by a script the page runs before its own.
//
// Every load checks that all 1,000 rows are shown, so stored cases the app
// rejected fail the run. Timings depend on the machine's load: the load
// average is printed before and after.
//
// Usage: node bench.mjs [--check] [--runs N] [--only FIGURE] [--cpu] [--dist DIR] [--port N] [--profile FILE]
//   --check    exit 1 when a median misses its target
//   --runs     loads per figure (default 10), after one load not counted
//   --dist     the build to serve (default ../../dist)
//   --port     where to serve it on 127.0.0.1 (default 4331)
//   --only     one figure: first-render, my-cases or cases-load
//   --cpu      also trace each "My cases" click and report the renderer's
//              main-thread CPU time for it, which other processes on the
//              machine change far less than the wall time (tracing adds a
//              little to the wall time)
//   --profile  instead of the benchmark, record a CPU profile of one "My
//              cases" click into FILE (open it in Chromium's DevTools) and
//              print the functions that took the most time. Function names
//              need a build whose wasm kept its name section.
import { execSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { serveBuild } from './build-server.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.mjs';
import { storedState, STATE_KEY } from './seed-cases.mjs';

const { values: options } = parseArgs({
  options: {
    check: { type: 'boolean', default: false },
    runs: { type: 'string', default: '10' },
    dist: { type: 'string', default: '../../dist' },
    port: { type: 'string', default: '4331' },
    profile: { type: 'string' },
    only: { type: 'string' },
    cpu: { type: 'boolean', default: false },
  },
});
const runs = Number(options.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number above 0, not ${options.runs}`);

const FIGURES = ['first-render', 'my-cases', 'cases-load'];
if (options.only && !FIGURES.includes(options.only)) throw new Error(`--only takes one of ${FIGURES.join(', ')}`);
const wanted = (figure) => !options.only || options.only === figure;

const CASES = 1000;
const TIMEOUT = 30_000;

/** Resolves in the page once `mount()` has set its mark. */
async function mounted(page) {
  await page.waitForFunction(() => performance.getEntriesByName('disputa-mounted').length > 0, null, {
    timeout: TIMEOUT,
  });
  return page.evaluate(() => performance.getEntriesByName('disputa-mounted')[0].startTime);
}

/** A fresh context (empty cache), its localStorage holding `state` when given. */
async function freshPage(browser, url, state) {
  const storageState = state
    ? { cookies: [], origins: [{ origin: url, localStorage: [{ name: STATE_KEY, value: state }] }] }
    : undefined;
  const context = await browser.newContext({ locale: 'en-US', storageState });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  return { context, page, errors };
}

function failOn(errors, what) {
  if (errors.length > 0) throw new Error(`${what}: the page reported errors:\n${errors.join('\n')}`);
}

async function firstRender(browser, url) {
  const { context, page, errors } = await freshPage(browser, url);
  await page.goto(`${url}/?lang=en`);
  const ms = await mounted(page);
  const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime);
  failOn(errors, 'first render');
  await context.close();
  return { mounted: ms, paint };
}

/** Times the "My cases" click; `around`, if given, is told before and after it. */
async function casesInApp(browser, url, state, around) {
  const { context, page, errors } = await freshPage(browser, url, state);
  await page.goto(`${url}/?lang=en`);
  await mounted(page);
  // Let start-up settle: two frames after mounting, then the first moment the
  // browser is idle, when the app prepares the overview of the cases (as it
  // has long done by the time a buyer's finger reaches the link).
  await page.evaluate(
    () =>
      new Promise((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => requestIdleCallback(done, { timeout: 2000 }))),
      ),
  );
  await around?.before(context, page);
  const timing = await page.evaluate(
    ({ expected, timeout }) =>
      new Promise((resolve, reject) => {
        const rows = document.getElementsByClassName('case-row');
        const link = document.querySelector('#site-nav a[href="/cases"]');
        if (!link) return reject(new Error('no "My cases" link in the site navigation'));
        if (rows.length > 0) return reject(new Error('case rows shown before the click'));
        let start = 0;
        const observer = new MutationObserver(() => {
          if (rows.length < expected) return;
          observer.disconnect();
          const dom = performance.now() - start;
          requestAnimationFrame(() => {
            const channel = new MessageChannel();
            channel.port1.onmessage = () => resolve({ dom, painted: performance.now() - start, rows: rows.length });
            channel.port2.postMessage(null);
          });
        });
        observer.observe(document.body, { childList: true, subtree: true });
        setTimeout(() => reject(new Error(`${rows.length} case rows after ${timeout} ms`)), timeout);
        start = performance.now();
        link.click();
      }),
    { expected: CASES, timeout: TIMEOUT },
  );
  await around?.after(context, page);
  failOn(errors, 'My cases');
  if (timing.rows !== CASES) throw new Error(`My cases showed ${timing.rows} rows, not ${CASES}`);
  if (new URL(page.url()).pathname !== '/cases') throw new Error(`the click led to ${page.url()}`);
  await context.close();
  return timing;
}

async function casesFullLoad(browser, url, state) {
  const { context, page, errors } = await freshPage(browser, url, state);
  await page.addInitScript((expected) => {
    const rows = document.getElementsByClassName('case-row');
    const observer = new MutationObserver(() => {
      if (rows.length < expected) return;
      observer.disconnect();
      const dom = performance.now();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          window.__disputaRowsShown = { dom, painted: performance.now(), rows: rows.length };
        };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  }, CASES);
  await page.goto(`${url}/cases?lang=en`);
  await page.waitForFunction(() => window.__disputaRowsShown !== undefined, null, { timeout: TIMEOUT });
  const timing = await page.evaluate(() => window.__disputaRowsShown);
  timing.mounted = await mounted(page);
  failOn(errors, '/cases full load');
  if (timing.rows !== CASES) throw new Error(`/cases showed ${timing.rows} rows, not ${CASES}`);
  await context.close();
  return timing;
}

/** Traces the click and adds the renderer main thread's CPU time to the timing. */
function cpuTrace(browser) {
  return {
    async before(context, page) {
      await browser.startTracing(page, { categories: ['toplevel', 'disabled-by-default-devtools.timeline'] });
    },
    async after() {
      const trace = JSON.parse((await browser.stopTracing()).toString());
      const events = trace.traceEvents ?? trace;
      const main = new Set(
        events
          .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
          .map((e) => `${e.pid}:${e.tid}`),
      );
      this.cpu = events
        .filter((e) => e.ph === 'X' && e.name === 'RunTask' && main.has(`${e.pid}:${e.tid}`))
        .reduce((sum, e) => sum + (e.tdur ?? 0) / 1000, 0);
    },
  };
}

/** Runs `measure` once untimed, then `runs` times. */
async function repeat(measure) {
  await measure();
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await measure());
  return results;
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1) };
}

function git(command) {
  try {
    return execSync(`git ${command}`, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

const load = () => loadavg().map((n) => n.toFixed(2)).join(' ');

/** Records a CPU profile around the "My cases" click and prints where the time went. */
async function profileCasesClick(browser, url, state, file) {
  let cdp;
  const around = {
    async before(context, page) {
      cdp = await context.newCDPSession(page);
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
      await cdp.send('Profiler.start');
    },
    async after() {
      const { profile } = await cdp.send('Profiler.stop');
      writeFileSync(file, JSON.stringify(profile));
      const interval = (profile.endTime - profile.startTime) / 1000 / profile.samples.length;
      const self = new Map();
      for (const node of profile.nodes) {
        const { functionName, url: source } = node.callFrame;
        const name = functionName || `(anonymous ${source.split('/').at(-1)})`;
        self.set(name, (self.get(name) ?? 0) + (node.hitCount ?? 0) * interval);
      }
      console.log(`CPU profile written to ${file}; self time by function:`);
      for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 30)) {
        console.log(`${ms.toFixed(1).padStart(8)} ms  ${name.slice(0, 110)}`);
      }
    },
  };
  const timing = await casesInApp(browser, url, state, around);
  console.log(`click → rows painted: ${Math.round(timing.painted)} ms while profiling`);
}

const commit = git('rev-parse --short HEAD') || 'unknown';
const dirty = git('status --porcelain') ? ' with uncommitted changes' : '';
const server = await serveBuild(options.dist, Number(options.port));
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS });
const state = storedState(CASES);

if (options.profile) {
  try {
    await profileCasesClick(browser, server.url, state, options.profile);
  } finally {
    await browser.close();
    server.stop();
  }
  process.exit(0);
}

console.log(`Disputa speed benchmark, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC`);
console.log(`build ${options.dist} of commit ${commit}${dirty}; Chromium ${browser.version()}; ${cpus().length} cores`);
console.log(`${runs} loads per figure after one not counted; load average before: ${load()}`);

const rows = [];
const fmt = (ms) => `${Math.round(ms)} ms`.padStart(8);
function report(name, values, target) {
  const { median, min, max } = stats(values);
  const verdict = target === undefined ? '' : `≤ ${target} ms  ${median <= target ? 'met' : 'MISSED'}`;
  rows.push({ name, median, target });
  console.log(`${name.padEnd(44)}${fmt(median)}${fmt(min)}${fmt(max)}   ${verdict}`);
}

try {
  console.log(`\n${'figure'.padEnd(44)}${'median'.padStart(8)}${'min'.padStart(8)}${'max'.padStart(8)}   target`);
  if (wanted('first-render')) {
    const first = await repeat(() => firstRender(browser, server.url));
    report('first render (cold cache)', first.map((t) => t.mounted), 300);
    report('  first contentful paint of the same loads', first.map((t) => t.paint));
  }
  if (wanted('my-cases')) {
    const inApp = await repeat(async () => {
      const trace = options.cpu ? cpuTrace(browser) : undefined;
      const timing = await casesInApp(browser, server.url, state, trace);
      return { ...timing, cpu: trace?.cpu };
    });
    report('1,000 cases: My cases click → rows painted', inApp.map((t) => t.painted), 150);
    report('  of which: click → rows in the DOM', inApp.map((t) => t.dom));
    if (options.cpu) report('  main-thread CPU time, click → painted', inApp.map((t) => t.cpu));
  }
  if (wanted('cases-load')) {
    const full = await repeat(() => casesFullLoad(browser, server.url, state));
    report('1,000 cases: /cases load → rows painted', full.map((t) => t.painted));
    report('  of which: navigation → app mounted', full.map((t) => t.mounted));
  }
} finally {
  await browser.close();
  server.stop();
}
console.log(`\nload average after: ${load()}`);

const missed = rows.filter((row) => row.target !== undefined && row.median > row.target);
if (options.check && missed.length > 0) {
  console.error(`missed: ${missed.map((row) => row.name).join('; ')}`);
  process.exit(1);
}
