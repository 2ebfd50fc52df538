import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

// Libraries run whatever Chromium their distribution ships; Playwright's own download needs internet.
function systemChromium(): string {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ].filter((p): p is string => Boolean(p));
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found; install one (Debian: `apt-get install chromium`) or set CHROME_PATH.',
    );
  }
  return found;
}

const here = fileURLToPath(new URL('.', import.meta.url));

// Ports can be moved (E2E_WEB_PORT, E2E_API_PORT) so that two checkouts can run their browser tests at once.
const webPort = process.env.E2E_WEB_PORT ?? '3100';
const apiPort = process.env.E2E_API_PORT ?? '4100';
process.env.E2E_WEB_ORIGIN = `http://127.0.0.1:${webPort}`;
process.env.E2E_API_URL = `http://127.0.0.1:${apiPort}/graphql`;

// A fresh data directory per run, so tests never see a previous run's learners.
const dataDir = mkdtempSync(join(tmpdir(), 'punte-e2e-'));

// The courses, and the player's sample course (every step kind, a short video with captions).
const contentDir = mkdtempSync(join(tmpdir(), 'punte-e2e-content-'));
cpSync(resolve(here, '../../content/courses'), contentDir, { recursive: true });
cpSync(
  resolve(here, '../api/test/fixtures/player-courses/player-sampler'),
  join(contentDir, 'player-sampler'),
  {
    recursive: true,
  },
);

export default defineConfig({
  testDir: './e2e',
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [['list'], [resolve(here, '../../tools/playwright-summary-reporter.cjs')]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${webPort}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: systemChromium(),
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-quic',
            '--no-first-run',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      command: 'node ../api/dist/main.js',
      url: `http://127.0.0.1:${apiPort}/health`,
      env: {
        PORT: apiPort,
        HOST: '127.0.0.1',
        DATA_DIR: dataDir,
        CONTENT_DIR: contentDir,
        // The address printed on join handouts and in links: this run's web app.
        PUBLIC_URL: `http://127.0.0.1:${webPort}`,
      },
      reuseExistingServer: false,
      // Generous: on a loaded 2-core machine the API alone has taken two minutes to start.
      timeout: 300_000,
      stdout: 'pipe',
    },
    {
      command: 'node build/index.js',
      url: `http://127.0.0.1:${webPort}`,
      env: {
        PORT: webPort,
        HOST: '127.0.0.1',
        API_URL: `http://127.0.0.1:${apiPort}/graphql`,
        ORIGIN: `http://127.0.0.1:${webPort}`,
        // The simulations preview (/dev/simulations/<tool>) is what their browser tests drive.
        PUNTE_DEV_PAGES: '1',
      },
      reuseExistingServer: false,
      timeout: 300_000,
    },
  ],
});
