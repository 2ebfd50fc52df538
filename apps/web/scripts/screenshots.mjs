#!/usr/bin/env node
// `npm run screenshots`: each practice tool's main states, for a reviewer to look at, at 1280×800
// and with text at 200%: the start, the hint, then the state after each "show me" until the task
// is complete. Written to tmp/screenshots/ (ignored by git). Needs the built API and web app
// (the root script builds them); set SCREENSHOTS_BASE_URL to use servers already running.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../../..');
const out = resolve(root, process.env.SCREENSHOTS_DIR ?? 'tmp/screenshots');
const tools = (process.env.SCREENSHOTS_TOOLS ?? 'email,e-government-portal,video-call,social-privacy').split(
  ',',
);
const lang = process.env.SCREENSHOTS_LANG ?? 'en';
const chromiumPath = ['/usr/bin/chromium', '/usr/bin/chromium-browser', process.env.CHROME_PATH].find(
  Boolean,
);

// Other checkouts may run their servers at the same time: the ports can be moved.
const webPort = process.env.SCREENSHOTS_WEB_PORT ?? '3197';
const apiPort = process.env.SCREENSHOTS_API_PORT ?? '4197';
const webOrigin = `http://127.0.0.1:${webPort}`;

const children = [];
async function startServers() {
  const dataDir = mkdtempSync(join(tmpdir(), 'punte-shots-'));
  const spawnNode = (args, env) => {
    const child = spawn(process.execPath, args, {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, ...env },
    });
    children.push(child);
  };
  spawnNode([join(root, 'apps/api/dist/main.js')], {
    PORT: apiPort,
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    CONTENT_DIR: join(root, 'content/courses'),
  });
  spawnNode([join(root, 'apps/web/build/index.js')], {
    PORT: webPort,
    HOST: '127.0.0.1',
    API_URL: `http://127.0.0.1:${apiPort}/graphql`,
    ORIGIN: webOrigin,
    PUNTE_DEV_PAGES: '1',
    PUNTE_CONTENT_DIR: join(root, 'content/courses'),
  });
  for (let i = 0; i < 240; i++) {
    const ok = await fetch(`${webOrigin}/dev/simulations/email`).then(
      (r) => r.ok,
      () => false,
    );
    const api = await fetch(`http://127.0.0.1:${apiPort}/health`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok && api) return webOrigin;
    await delay(500);
  }
  throw new Error('the API or the web app did not start (are they built? npm run build)');
}

async function shootTask(browser, base, tool, href, scale) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const url = new URL(href, `${base}/dev/simulations/${tool}`);
  url.searchParams.set('lang', lang);
  url.searchParams.set('hintMs', '1500');
  await page.goto(url.href);
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  if (scale !== 1) {
    await page.evaluate((s) => {
      const r = document.documentElement;
      r.style.fontSize = `${parseFloat(getComputedStyle(r).fontSize) * s}px`;
    }, scale);
  }
  const task = url.searchParams.get('step');
  const dir = join(out, tool, `${task}-${scale === 1 ? '100' : '200'}pct`);
  mkdirSync(dir, { recursive: true });
  const shot = (name) => page.screenshot({ path: join(dir, `${name}.png`), fullPage: true });
  await page.getByTestId('sim-show-me').waitFor();
  await shot('01-start');
  await page.getByTestId('sim-hint').waitFor({ timeout: 5000 });
  await shot('02-hint');
  for (let n = 3; n < 20; n++) {
    const showMe = page.getByTestId('sim-show-me');
    if (!(await showMe.isVisible()) || !(await showMe.isEnabled())) break;
    await showMe.click();
    await page.locator('.sim-turn').waitFor({ timeout: 30_000 });
    await shot(`${String(n).padStart(2, '0')}-after-show-me`);
  }
  await page.close();
}

async function main() {
  rmSync(out, { recursive: true, force: true });
  const base = process.env.SCREENSHOTS_BASE_URL ?? (await startServers());
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const tool of tools) {
      const page = await browser.newPage();
      await page.goto(`${base}/dev/simulations/${tool}?lang=${lang}`);
      const hrefs = await page
        .locator('nav[aria-label="Practice tasks"] a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      await page.close();
      for (const href of hrefs) for (const scale of [1, 2]) await shootTask(browser, base, tool, href, scale);
      process.stdout.write(`${tool}: ${hrefs.length} tasks\n`);
    }
  } finally {
    await browser.close();
    for (const c of children) c.kill();
  }
  process.stdout.write(`screenshots written to ${out}\n`);
}

main().catch((e) => {
  for (const c of children) c.kill();
  process.stderr.write(`screenshots: ${e.message}\n`);
  process.exit(1);
});
