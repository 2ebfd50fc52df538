// npm run bench:api — the API's throughput and latency under load from this (second) process on
// loopback, with a plain node:http + mongodb floor doing the same work against the same database.
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { paced } from './paced.mjs';
import { trainerBench } from './trainer.mjs';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'punte-bench-api-'));
const content = join(work, 'content');
cpSync(join(root, 'content/courses'), content, { recursive: true });
cpSync(join(root, 'apps/api/test/fixtures/player-courses/player-sampler'), join(content, 'player-sampler'), {
  recursive: true,
});
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const LEARNERS = 300;
const children = [];

function start(command, args, env) {
  const child = spawn(command, args, {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('ready')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}`)));
  });
}

const stopAll = () => children.forEach((child) => child.exitCode === null && child.kill('SIGTERM'));
process.on('exit', stopAll);

/** Stops the servers in order (API and floor first, the database last) and waits for each. */
async function stopAndWait() {
  for (const child of [...children].reverse()) {
    if (child.exitCode !== null) continue;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  }
}

// The embedded database as its own server with a journal on disk (durable writes), shared by both.
const dbPort = 27400 + Math.floor(Math.random() * 500);
const db = spawn(
  'node',
  [
    ...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROFILE] : []),
    join(root, 'libs/mongo-embedded/dist/cli.js'),
    '--port',
    String(dbPort),
    '--dbpath',
    join(work, 'db'),
  ],
  {
    stdio: ['ignore', 'pipe', 'inherit'],
  },
);
children.push(db);
await new Promise((resolve) => setTimeout(resolve, 1500));
const MONGODB_URI = `mongodb://127.0.0.1:${dbPort}/punte?directConnection=true`;

const punteServer = await start(
  'node',
  [
    ...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROFILE] : []),
    join(root, 'tools/bench/api/bench-server.cjs'),
  ],
  {
    PORT: '4601',
    MONGODB_URI,
    CONTENT_DIR: content,
    DATA_DIR: join(work, 'data'),
  },
);
const floorServer = await start('node', [join(root, 'tools/bench/api/floor-server.mjs')], {
  PORT: '4602',
  MONGODB_URI,
});
const serverOf = { 4601: punteServer, 4602: floorServer };

/**
 * CPU seconds a process has used (Linux /proc; user + system). Per request, it is the figure a busy
 * machine disturbs least: latency waits for the CPU, the CPU a request costs does not.
 */
function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return NaN;
  }
}

const RECORD = `mutation ($input: RecordProgressInput!) { recordProgress(input: $input) { results { id status code verdict { correct attemptsLeft } } lesson { stepNumber } stored } }`;
let counter = 0;
const id = () => `bench${(counter++).toString(36).padStart(10, '0')}`;
const event = (type, fields = {}) => ({ id: id(), at: Date.now(), type, ...fields });
const body = (events) =>
  JSON.stringify({
    query: RECORD,
    variables: { input: { courseSlug: 'player-sampler', lessonId: 'tour', locale: 'ro', events } },
  });

async function post(port, learner, events) {
  const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-bench-learner': learner },
    body: body(events),
  });
  return response.json();
}

// Each learner is walked to the quiz and past its first question; the benchmark's answers then go to
// the second question, which has no attempt limit, so every batch is taken and written.
for (let n = 0; n < LEARNERS; n++) {
  const walk = [
    event('video.progress', { watchedShare: 1 }),
    event('step.next'),
    event('step.next'),
    event('checkpoint.reach', { toolEvent: 'compose.opened' }),
    event('checkpoint.reach', { toolEvent: 'message.sent', toolData: { to: 'ana.rusu@example.org' } }),
    event('step.next'),
    event('answer.submit', { questionId: 'q-single', answer: { kind: 'single_choice', optionId: 'mail' } }),
  ];
  const reply = await post(4601, `learner-${n}`, walk);
  if (reply.errors || reply.data.recordProgress.results.some((r) => r.status !== 'accepted'))
    throw new Error(`warm-up failed: ${JSON.stringify(reply).slice(0, 400)}`);
  await post(4602, `learner-${n}`, walk);
}

/** Three events, one graded answer among them: a wrong answer, a hint request (taken once), a step.next the quiz refuses. */
function batches() {
  let n = 0;
  // A fresh batch (new event ids) for each request, from the learners in turn.
  return () => ({
    headers: { 'content-type': 'application/json', 'x-bench-learner': `learner-${n++ % LEARNERS}` },
    body: body([
      event('answer.submit', {
        questionId: 'q-multi',
        answer: { kind: 'multiple_choice', optionIds: ['stamp'] },
      }),
      event('hint.request', { questionId: 'q-multi' }),
      event('step.next'),
    ]),
  });
}

function progressRequests(port) {
  const next = batches();
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => ({ ...request, ...next() }),
      },
    ],
  };
}

function graphqlGet(query) {
  return {
    url: 'http://127.0.0.1:4601/graphql',
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query }),
  };
}

function percentile(sorted, p) {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

const ms = (value) => Math.round(value * 10) / 10;

/** CPU the API (or floor) and the database spent per request while `work` ran. */
async function withCpu(port, work) {
  const server = serverOf[port] ?? punteServer;
  const before = [cpuSeconds(server.pid), cpuSeconds(db.pid)];
  const { requests, ...row } = await work();
  const per = (start, pid) => Math.round(((cpuSeconds(pid) - start) * 1e5) / Math.max(1, requests)) / 100;
  return { ...row, 'CPU ms/req': per(before[0], server.pid), 'DB CPU ms/req': per(before[1], db.pid) };
}

/** Evenly spaced requests at `rate`, latency from each one's due time (see paced.mjs). */
function measurePaced(name, port, rate) {
  return withCpu(port, async () => {
    const { latencies, errors, seconds } = await paced({
      url: `http://127.0.0.1:${port}/graphql`,
      rate,
      seconds: SECONDS,
      connections: 64,
      next: batches(),
    });
    return {
      name,
      rate: `${rate}/s, even`,
      'req/s': Math.round(latencies.length / seconds),
      'p50 ms': ms(percentile(latencies, 50)),
      'p95 ms': ms(percentile(latencies, 95)),
      'p99 ms': ms(percentile(latencies, 99)),
      errors,
      requests: latencies.length,
    };
  });
}

/** Latencies of every response, so p95 is exact (autocannon's summary has p90 and p97.5). */
async function measure(name, options, rate, label) {
  const port = new URL(options.url).port;
  return withCpu(port, async () => {
    const times = [];
    const instance = autocannon({
      ...options,
      duration: SECONDS,
      connections: rate ? Math.max(10, Math.ceil(rate / 20)) : 64,
      pipelining: 1,
      ...(rate ? { overallRate: rate } : {}),
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
    const result = await instance;
    times.sort((a, b) => a - b);
    return {
      name,
      rate: label ?? (rate ? `${rate}/s` : 'saturation'),
      'req/s': Math.round(result.requests.average),
      'p50 ms': ms(percentile(times, 50)),
      'p95 ms': ms(percentile(times, 95)),
      'p99 ms': ms(percentile(times, 99)),
      errors: result.non2xx + result.errors + result.timeouts,
      requests: result.requests.total,
    };
  });
}

const rows = [];
/**
 * Saturation in alternating rounds (Punte, floor, Punte, floor, …): on a machine shared with other
 * work, one measure of each taken a minute apart compares two different loads. Each round's ratio
 * compares neighbours; the median of the rounds is reported.
 */
async function saturationRounds(rounds) {
  const pairs = [];
  for (let round = 0; round < rounds; round++) {
    const punteRound = await measure('recordProgress (3 events)', progressRequests(4601));
    const floorRound = await measure('floor: node:http + mongodb', progressRequests(4602));
    pairs.push({ punte: punteRound, floor: floorRound, ratio: punteRound['req/s'] / floorRound['req/s'] });
  }
  pairs.sort((a, b) => a.ratio - b.ratio);
  return { median: pairs[Math.floor(pairs.length / 2)], ratios: pairs.map((pair) => pair.ratio) };
}

rows.push(await measurePaced('recordProgress (3 events)', 4601, 100));
rows.push(await measurePaced('recordProgress (3 events)', 4601, 300));
rows.push(await measurePaced('floor: node:http + mongodb', 4602, 300));
// autocannon's "rate" for comparison with earlier runs: each second's requests sent as one burst.
rows.push(await measure('recordProgress (3 events)', progressRequests(4601), 300, '300/s, 1-s bursts'));
rows.push(await measure('floor: node:http + mongodb', progressRequests(4602), 300, '300/s, 1-s bursts'));
const saturation = await saturationRounds(Number(process.env.BENCH_ROUNDS ?? 3));
const { punte, floor } = saturation.median;
rows.push(punte, floor);
const onlyProgress = process.env.BENCH_ONLY === 'progress';
if (!onlyProgress) {
  const lesson = `{ lesson(courseSlug: "player-sampler", lessonId: "tour", locale: ro) { title content } }`;
  rows.push(await measure('lesson query', graphqlGet(lesson)));
  rows.push(
    await measure('catalogue query', graphqlGet(`{ courses(locale: ro) { slug title lessonCount } }`)),
  );
}

console.table(rows.map(({ requests, ...row }) => (void requests, row)));
const at300 = rows[1];
const bursts = rows[3];
const ratio = saturation.median.ratio;
console.log(
  `saturation rounds (Punte ÷ floor, each pair measured back to back): ${saturation.ratios.map((r) => `${(r * 100).toFixed(0)}%`).join(', ')}`,
);
console.log(
  `recordProgress p95 at 300 req/s, evenly spaced: ${at300['p95 ms']} ms (target < 50 ms) ${at300['p95 ms'] < 50 ? 'MET' : 'NOT MET'}; the floor's p95 at 300 req/s in this run: ${rows[2]['p95 ms']} ms`,
);
console.log(
  `  (autocannon's 300/s, sent as one burst each second: Punte p95 ${bursts['p95 ms']} ms, floor ${rows[4]['p95 ms']} ms)`,
);
console.log(
  `saturated throughput (median round): Punte ${punte['req/s']} req/s, floor ${floor['req/s']} req/s, ratio ${(ratio * 100).toFixed(0)}% (target ≥ 35%) ${ratio >= 0.35 ? 'MET' : 'NOT MET'}`,
);
// BENCH_ONLY=progress: the progress figures alone (a quick loop while working on them).
if (!onlyProgress) await trainerBench({ root, work, dbPort });
await stopAndWait();
rmSync(work, { recursive: true, force: true });
process.exit(0);
