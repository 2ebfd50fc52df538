// npm run bench:web — Lighthouse (mobile preset) against the production build with the system
// Chromium: course list, course page, a quiz lesson, a video lesson; gzipped JavaScript measured
// by compressing each script the page loaded.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'punte-bench-web-'));
const content = join(work, 'content');
cpSync(join(root, 'content/courses'), content, { recursive: true });
cpSync(join(root, 'apps/api/test/fixtures/player-courses/player-sampler'), join(content, 'player-sampler'), {
  recursive: true,
});
const children = [];
// The machine is shared: the load average goes beside the figures (Lighthouse's timings follow it).
const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');
const loadAtStart = load();

async function start(args, env, url) {
  const child = spawn('node', args, { cwd: root, env: { ...process.env, ...env }, stdio: 'ignore' });
  children.push(child);
  for (let i = 0; i < 200; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return child;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${args.join(' ')} did not start`);
}
process.on('exit', () => children.forEach((child) => child.kill('SIGTERM')));

await start(
  ['apps/api/dist/main.js'],
  { PORT: '4701', DATA_DIR: join(work, 'data'), CONTENT_DIR: content, NODE_ENV: 'production' },
  'http://127.0.0.1:4701/health',
);
await start(
  ['apps/web/build/index.js'],
  {
    PORT: '3701',
    HOST: '127.0.0.1',
    API_URL: 'http://127.0.0.1:4701/graphql',
    ORIGIN: 'http://127.0.0.1:3701',
  },
  'http://127.0.0.1:3701/',
);

const BASE = 'http://127.0.0.1:3701';
const PAGES = [
  { name: 'course list', path: '/?lang=ro' },
  { name: 'course page', path: '/courses/online-communication?lang=ro' },
  { name: 'quiz lesson', path: '/courses/player-sampler/lessons/second?lang=ro', lesson: true },
  { name: 'video lesson', path: '/courses/player-sampler/lessons/tour?lang=ro', video: true },
];

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});

/** Gzipped size of every script the page loaded (the site may send brotli; the target is set on gzip). */
async function gzippedScripts(lhr) {
  const requests = lhr.audits['network-requests'].details.items.filter(
    (item) => item.resourceType === 'Script',
  );
  let total = 0;
  const byUrl = {};
  for (const { url } of requests) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    const size = gzipSync(body, { level: 9 }).length;
    byUrl[url] = size;
    total += size;
  }
  return { total, byUrl };
}

const rows = [];
const kb = (bytes) => Math.round(bytes / 102.4) / 10;
let lessonScripts;
let videoScripts;
for (const page of PAGES) {
  const runs = [];
  // The median of three runs: one Lighthouse run on a shared machine is noisy.
  for (let i = 0; i < 3; i++) {
    const { lhr } = await lighthouse(`${BASE}${page.path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
    });
    runs.push(lhr);
  }
  runs.sort((a, b) => a.categories.performance.score - b.categories.performance.score);
  const lhr = runs[1];
  const js = await gzippedScripts(lhr);
  if (page.lesson) lessonScripts = js;
  if (page.video) videoScripts = js;
  rows.push({
    page: page.name,
    score: Math.round(lhr.categories.performance.score * 100),
    'LCP s': Math.round(lhr.audits['largest-contentful-paint'].numericValue / 10) / 100,
    CLS: Math.round(lhr.audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
    'TBT ms': Math.round(lhr.audits['total-blocking-time'].numericValue),
    'JS gz kB': kb(js.total),
  });
}
await chrome.kill();
console.table(rows);
console.log(`load average (1, 5, 15 min): ${loadAtStart} at the start, ${load()} at the end`);

const lesson = rows.find((row) => row.page === 'quiz lesson');
const check = (label, ok) => console.log(`${ok ? 'MET    ' : 'NOT MET'} ${label}`);
console.log('Targets for a lesson without video (quiz lesson):');
check(`JavaScript on first load ${lesson['JS gz kB']} kB gzipped ≤ 80 kB`, lesson['JS gz kB'] <= 80);
check(`performance score ${lesson.score} ≥ 95`, lesson.score >= 95);
check(`LCP ${lesson['LCP s']} s < 2.0 s`, lesson['LCP s'] < 2);
check(`CLS ${lesson.CLS} < 0.05`, lesson.CLS < 0.05);
check(`TBT ${lesson['TBT ms']} ms < 150 ms`, lesson['TBT ms'] < 150);
const extra = Object.entries(videoScripts.byUrl)
  .filter(([url]) => !(url in lessonScripts.byUrl))
  .reduce((sum, [, size]) => sum + size, 0);
const videoJsLoadedOnQuiz = Object.keys(lessonScripts.byUrl).some((url) => /video/i.test(url));
check(`video.js not loaded by the lesson without video`, !videoJsLoadedOnQuiz);
check(`a video step adds ${kb(extra)} kB gzipped ≤ 90 kB`, kb(extra) <= 90);
const coursePage = rows.find((row) => row.page === 'course page');
check(`course page CLS ${coursePage.CLS} < 0.05`, coursePage.CLS < 0.05);

children.forEach((child) => child.kill('SIGTERM'));
rmSync(work, { recursive: true, force: true });
process.exit(0);
