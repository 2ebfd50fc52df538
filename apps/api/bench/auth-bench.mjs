// npm run bench:auth — staff sign-ins per second (argon2id dominates) and, in the same run, the
// median time of a signed-in GraphQL request against the same request made anonymously: the
// difference is what the session lookup (one indexed read of a hashed token) adds.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { startApi } = require('../dist/bootstrap.js');
const { loadConfig } = require('../dist/config/env.js');
const { ARGON2_OPTIONS, hashSecret } = require('../dist/modules/accounts/password-hasher.js');
const { SessionsService } = require('../dist/modules/sessions/sessions.service.js');

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1000);
const silent = { log() {}, warn() {}, error() {} };

async function graphql(url, query, variables = {}, cookie) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return { body, setCookie: response.headers.get('set-cookie') };
}

async function rate(concurrency, op) {
  let count = 0;
  const until = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) {
        await op();
        count++;
      }
    }),
  );
  return count / SECONDS;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function timed(op) {
  const start = performance.now();
  await op();
  return performance.now() - start;
}

const dataDir = mkdtempSync(join(tmpdir(), 'punte-bench-auth-'));
mkdirSync(join(dataDir, 'courses'));
const api = await startApi(
  loadConfig({ NODE_ENV: 'test', PORT: '0', DATA_DIR: dataDir, CONTENT_DIR: join(dataDir, 'courses') }),
  silent,
);
try {
  // Wall time grows with whatever else the machine runs; processor time is the hash's own cost.
  const hashes = [];
  const hashCpu = [];
  for (let i = 0; i < 20; i++) {
    const cpuBefore = process.cpuUsage();
    hashes.push(await timed(() => hashSecret('a long enough password')));
    const cpu = process.cpuUsage(cpuBefore);
    hashCpu.push((cpu.user + cpu.system) / 1000);
  }

  const admin = { name: 'Bench Admin', email: 'bench@example.org', password: 'a bench password 2026' };
  await graphql(api.url, 'mutation ($input: NewAccountInput!) { createFirstAdmin(input: $input) { id } }', {
    input: admin,
  });
  const signIn = () =>
    graphql(api.url, 'mutation ($input: SignInInput!) { signIn(input: $input) { id } }', {
      input: { email: admin.email, password: admin.password, keepSignedIn: false },
    });
  const sequential = await rate(1, signIn);
  const parallel = await rate(4, signIn);

  const { setCookie } = await signIn();
  const cookie = setCookie.split(';')[0];
  const query = '{ setupStatus { openSignUp } }';
  const anonymous = [];
  const signedIn = [];
  for (let i = 0; i < 100; i++) await graphql(api.url, query, {}, i % 2 ? cookie : undefined);
  // Interleaved, so both meet the same machine load.
  for (let i = 0; i < REQUESTS; i++) {
    anonymous.push(await timed(() => graphql(api.url, query)));
    signedIn.push(await timed(() => graphql(api.url, query, {}, cookie)));
  }
  const added = median(signedIn) - median(anonymous);
  // The lookup alone, in process: what a request pays for its cookie, without HTTP's noise.
  const sessions = api.app.get(SessionsService);
  const token = decodeURIComponent(cookie.split('=')[1]);
  const lookups = [];
  for (let i = 0; i < REQUESTS; i++) lookups.push(await timed(() => sessions.viewerOf(token)));
  console.log(
    `argon2id hash (${ARGON2_OPTIONS.memoryCost / 1024} MiB, t=${ARGON2_OPTIONS.timeCost}, p=${ARGON2_OPTIONS.parallelism}): median ${median(hashes).toFixed(1)} ms wall, ` +
      `${median(hashCpu).toFixed(1)} ms of processor time (target 20–50 ms)`,
  );
  console.log(
    `staff sign-ins: ${sequential.toFixed(1)}/s one at a time, ${parallel.toFixed(1)}/s four at a time`,
  );
  console.log(
    `GraphQL request median over ${REQUESTS}: anonymous ${median(anonymous).toFixed(3)} ms, ` +
      `signed in ${median(signedIn).toFixed(3)} ms, session lookup adds ${added.toFixed(3)} ms ` +
      `(target < 1 ms: ${added < 1 ? 'met' : 'NOT met'})`,
  );
  console.log(`session lookup alone (in process): median ${median(lookups).toFixed(3)} ms`);
} finally {
  await api.close();
  rmSync(dataDir, { recursive: true, force: true });
}
