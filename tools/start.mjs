#!/usr/bin/env node
// `npm start`: builds what is needed (Nx cache makes repeat starts fast), starts the API and the
// web app, and prints the one URL to open. Ctrl+C stops both.
import { spawn, spawnSync } from 'node:child_process';
import { setTimeout as delay } from 'node:timers/promises';

const apiPort = Number(process.env.API_PORT ?? 4000);
const webPort = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const apiUrl = `http://${host}:${apiPort}`;
const webUrl = `http://${host}:${webPort}`;

function fail(message) {
  process.stderr.write(`punte: ${message}\n`);
  process.exit(1);
}

const build = spawnSync(
  'npx',
  ['nx', 'run-many', '-t', 'build', '-p', 'api', 'web', '--output-style=static'],
  {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NX_DAEMON: 'false' },
  },
);
if (build.status !== 0) fail('the build failed (see above)');

const children = [];
function run(name, args, env) {
  const child = spawn(process.execPath, args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, ...env },
  });
  child.on('exit', (code) => {
    if (!stopping) fail(`${name} stopped unexpectedly (exit code ${code}); see its message above`);
  });
  children.push(child);
  return child;
}

let stopping = false;
function stop() {
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  setTimeout(() => process.exit(0), 3000).unref();
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

async function waitFor(url, what) {
  for (let i = 0; i < 240; i += 1) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await delay(250);
  }
  fail(`${what} did not become ready at ${url} within 60 s`);
}

run('the API', ['apps/api/dist/main.js'], { PORT: String(apiPort), HOST: host });
await waitFor(`${apiUrl}/health`, 'the API');
run('the web app', ['apps/web/build/index.js'], {
  PORT: String(webPort),
  HOST: host,
  API_URL: `${apiUrl}/graphql`,
  ORIGIN: process.env.ORIGIN ?? webUrl,
});
await waitFor(webUrl, 'the web app');
process.stdout.write(`\nPunte is running: open ${webUrl}\n(API: ${apiUrl}/graphql · stop with Ctrl+C)\n\n`);
