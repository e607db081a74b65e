// The app's tables the test scripts need, read from its source, so that a
// page added there is covered here without a second list.
import { readFileSync } from 'node:fs';

/** The addresses of the pages rendered at build time: `at` of `app::PRERENDERED`. */
export const PRERENDERED = (() => {
  const app = readFileSync(new URL('../../src/app.rs', import.meta.url), 'utf8');
  const start = app.indexOf('pub const PRERENDERED');
  if (start < 0) throw new Error('src/app.rs has no PRERENDERED table');
  return [...app.slice(start, app.indexOf('];', start)).matchAll(/at: "([^"]+)"/g)].map((m) => m[1]);
})();
