import { defineConfig } from '@playwright/test';

// The release build (trunk build --release) served on 127.0.0.1 with an index fallback.
// DISPUTA_DIST and DISPUTA_PORT serve another build, or run two suites side by side.
const port = Number(process.env.DISPUTA_PORT ?? 4173);
const dist = process.env.DISPUTA_DIST ?? '../../dist';

export default defineConfig({
  testDir: './specs',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'en-US',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: [
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `node serve.mjs ${dist} ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 20_000,
  },
});
