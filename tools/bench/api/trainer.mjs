// The trainer's views over HTTP, at the sizes of issue 13: a group report for 30 learners × 40
// lessons (target p95 < 200 ms) and the live view of 10 groups × 10 learners, all ten trainers
// polling at once (target p95 < 100 ms per update). Called by run.mjs (npm run bench:api); runs the
// built API as `npm start` does (real accounts, sessions and access checks) on a database of its
// own in the benchmark's MongoDB server, seeded through the API itself: trainers invited, groups
// created with their plans, learners joined with a code, progress recorded as the player records it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import YAML from 'yaml';

export const LESSONS = 40;
const REPORT_LEARNERS = 30;
const LIVE_GROUPS = 10;
const LIVE_LEARNERS = 10;
const REPORT_SAMPLES = 60;
const LIVE_ROUNDS = 40;
const t = (text) => ({ ro: text, ru: text, uk: text, pl: text, en: text });

/** A course of 40 lessons, each a reading, a four-question quiz and a summary. Returns the lesson ids. */
export function writeBenchCourse(dir) {
  const folder = join(dir, 'bench-course');
  mkdirSync(join(folder, 'lessons'), { recursive: true });
  const ids = Array.from({ length: LESSONS }, (_, i) => `lesson-${String(i + 1).padStart(2, '0')}`);
  writeFileSync(
    join(folder, 'course.yaml'),
    YAML.stringify({
      id: 'bench-course',
      title: t('Bench course'),
      summary: t('Forty lessons'),
      audience: 'seniors',
      languages: ['ro', 'ru', 'uk', 'pl', 'en'],
      fallbackLocale: 'ro',
      estimatedMinutes: LESSONS * 10,
      modules: [{ id: 'main', title: t('Main'), lessons: ids }],
    }),
  );
  for (const id of ids) {
    const questions = Array.from({ length: 4 }, (_, q) => ({
      id: `q${q + 1}`,
      kind: 'single-choice',
      prompt: t(`Question ${q + 1}`),
      options: [
        { id: 'a', text: t('Right') },
        { id: 'b', text: t('Wrong') },
        { id: 'c', text: t('Also wrong') },
      ],
      correct: 'a',
    }));
    writeFileSync(
      join(folder, 'lessons', `${id}.yaml`),
      YAML.stringify({
        id,
        title: t(`Lesson ${id}`),
        estimatedMinutes: 10,
        steps: [
          { id: 'read', kind: 'reading', title: t('Read'), body: t('Some text to read.') },
          { id: 'check', kind: 'quiz', title: t('Check'), questions },
          { id: 'done', kind: 'summary', title: t('Done'), body: t('Well done.') },
        ],
      }),
    );
  }
  return ids;
}

export function percentile(sorted, p) {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

/** A port nobody listens on (other checkouts may run their benchmarks at the same time). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port: free } = server.address();
      server.close(() => resolve(free));
    });
  });
}

let port = 0;

/** A browser: its own session cookie, its own address (the API throttles sign-ins per address). */
class Client {
  static next = 1;
  constructor() {
    this.cookie = null;
    this.ip = `10.9.${Math.floor(Client.next / 250)}.${(Client.next++ % 250) + 1}`;
  }

  async graphql(query, variables = {}) {
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': this.ip,
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) this.cookie = setCookie.split(';')[0];
    const reply = await response.json();
    if (reply.errors) throw new Error(`${query.slice(0, 60)}: ${JSON.stringify(reply.errors).slice(0, 300)}`);
    return reply.data;
  }
}

const INVITE = `mutation ($email: String!) { inviteTrainer(email: $email) { url } }`;
const ACCEPT = `mutation ($token: String!, $name: String!, $password: String!) { acceptInvitation(token: $token, name: $name, password: $password) { id } }`;
const CREATE = `mutation ($input: GroupPlanInput!) { createPlannedGroup(input: $input) { id joinCode } }`;
const JOIN = `mutation ($input: JoinGroupInput!) { joinGroup(input: $input) { id } }`;
const RECORD = `mutation ($input: RecordProgressInput!) { recordProgress(input: $input) { stored } }`;
const REPORT = `query ($groupId: ID!) { groupReport(groupId: $groupId, locale: ro) { lessons { lessonId completed inProgress notStarted meanScore meanTimeMs } learners { learnerId lessonsCompleted meanScore timeMs lastSeenAt attendance { present held } stuck } mostMissed { questionId prompt learnersWrong commonWrongAnswers { text count } } } }`;
const LIVE = `query ($groupId: ID!) { groupLive(groupId: $groupId, locale: ro) { at cards { learnerId name status lessonTitle stepTitle stepNumber stepCount timeOnStepMs wrongAttempts hintsUsed checkpoint stuckReason unsynced } } }`;

async function trainer(admin, n) {
  const { inviteTrainer } = await admin.graphql(INVITE, { email: `bench-trainer-${n}@example.org` });
  const client = new Client();
  await client.graphql(ACCEPT, {
    token: inviteTrainer.url.split('/').pop(),
    name: `Trainer ${n}`,
    password: `bench-password-${n}-long-enough`,
  });
  return client;
}

async function groupWithLearners(owner, name, size) {
  const today = new Date().toISOString().slice(0, 10);
  const lastDate = new Date(Date.now() + 42 * 86_400_000).toISOString().slice(0, 10);
  const { createPlannedGroup } = await owner.graphql(CREATE, {
    input: {
      name,
      language: 'ro',
      courseSlugs: ['bench-course'],
      place: { library: 'Biblioteca municipală', room: 'Sala 1', address: '' },
      capacity: Math.max(size, 10),
      whatToBring: '',
      stuckAfterMinutes: 10,
      // Every day, all day: the benchmark runs during one of the group's sessions.
      schedule: {
        weekdays: [1, 2, 3, 4, 5, 6, 7],
        startTime: '00:00',
        endTime: '23:59',
        firstDate: today,
        lastDate,
        timeZone: 'UTC',
      },
    },
  });
  const learners = [];
  for (let i = 0; i < size; i += 1) {
    const learner = new Client();
    const pin = '2580';
    await learner.graphql(JOIN, {
      input: { code: createPlannedGroup.joinCode, firstName: `Cursant${i}`, pin, pinRepeat: pin },
    });
    learners.push(learner);
  }
  return { id: createPlannedGroup.id, learners };
}

let eventCount = 0;
const event = (type, fields = {}) => ({
  id: `bench-t-${(eventCount++).toString(36).padStart(8, '0')}`,
  at: Date.now(),
  type,
  ...fields,
});
const answer = (q, optionId) =>
  event('answer.submit', { questionId: `q${q}`, answer: { kind: 'single_choice', optionId } });

/** A lesson as a learner works through it: `wrong` questions answered wrong first; finished or not. */
function lessonEvents(wrong, finish) {
  const events = [event('step.next')];
  for (let q = 1; q <= 4; q += 1) {
    if (q <= wrong) events.push(answer(q, 'b'));
    events.push(answer(q, 'a'));
  }
  if (finish) events.push(event('step.next'), event('step.next'));
  return events;
}

async function inParallel(tasks, width) {
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < tasks.length) await tasks[next++]();
    }),
  );
}

async function waitForHealth() {
  for (let i = 0; i < 120; i += 1) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('the trainer benchmark API did not start');
}

function timesOf(label, samples, target) {
  const sorted = [...samples].sort((a, b) => a - b);
  const ms = (v) => Math.round(v * 10) / 10;
  return {
    name: label,
    n: samples.length,
    'p50 ms': ms(percentile(sorted, 50)),
    'p95 ms': ms(percentile(sorted, 95)),
    'p99 ms': ms(percentile(sorted, 99)),
    target: `p95 < ${target} ms`,
    result: percentile(sorted, 95) < target ? 'MET' : 'NOT MET',
  };
}

/** Seeds, measures and prints the two figures beside their targets. */
export async function trainerBench({ root, work, dbPort }) {
  const content = join(work, 'trainer-content');
  const lessonIds = writeBenchCourse(content);
  port = await freePort();
  // BENCH_PROFILE=<dir>: a CPU profile of the API (and of the database when run alone) for the flame chart.
  const profile = process.env.BENCH_PROFILE
    ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROFILE]
    : [];
  const api = spawn('node', [...profile, join(root, 'apps/api/dist/main.js')], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_FORMAT: 'json',
      PORT: String(port),
      HOST: '127.0.0.1',
      MONGODB_URI: `mongodb://127.0.0.1:${dbPort}/punte-trainer-bench?directConnection=true`,
      CONTENT_DIR: content,
      DATA_DIR: join(work, 'trainer-data'),
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    await waitForHealth();
    const admin = new Client();
    await admin.graphql(`mutation ($input: NewAccountInput!) { createFirstAdmin(input: $input) { id } }`, {
      input: { name: 'Bench Admin', email: 'bench-admin@example.org', password: 'bench-admin-password-long' },
    });

    const seeding = performance.now();
    const reportTrainer = await trainer(admin, 'report');
    const reportGroup = await groupWithLearners(reportTrainer, 'Raport 30 × 40', REPORT_LEARNERS);
    const tasks = reportGroup.learners.flatMap((learner, l) =>
      lessonIds.map(
        (lessonId, i) => () =>
          learner.graphql(RECORD, {
            input: {
              courseSlug: 'bench-course',
              lessonId,
              locale: 'ro',
              events: lessonEvents((i + l) % 3, (i + l) % 5 !== 0),
            },
          }),
      ),
    );
    const liveTrainers = [];
    const liveGroups = [];
    for (let g = 0; g < LIVE_GROUPS; g += 1) {
      const owner = await trainer(admin, `live-${g}`);
      const group = await groupWithLearners(owner, `Live ${g}`, LIVE_LEARNERS);
      liveTrainers.push(owner);
      liveGroups.push(group);
      group.learners.forEach((learner, i) =>
        tasks.push(() =>
          learner.graphql(RECORD, {
            input: {
              courseSlug: 'bench-course',
              lessonId: lessonIds[i % 3],
              locale: 'ro',
              events: lessonEvents(i % 4, false).slice(0, 3 + (i % 4)),
            },
          }),
        ),
      );
    }
    await inParallel(tasks, 6);
    const seededIn = Math.round((performance.now() - seeding) / 1000);

    // The group report: the first one computes and keeps every row; later ones re-read only what changed.
    const cold = performance.now();
    const first = await reportTrainer.graphql(REPORT, { groupId: reportGroup.id });
    const coldMs = Math.round(performance.now() - cold);
    if (first.groupReport.learners.length !== REPORT_LEARNERS || first.groupReport.lessons.length !== LESSONS)
      throw new Error('the report does not cover 30 learners × 40 lessons');
    for (let i = 0; i < 5; i += 1) await reportTrainer.graphql(REPORT, { groupId: reportGroup.id });
    const reportTimes = [];
    for (let i = 0; i < REPORT_SAMPLES; i += 1) {
      // Between two reports a learner moves on, as during a session.
      if (i % 3 === 0)
        await reportGroup.learners[i % REPORT_LEARNERS].graphql(RECORD, {
          input: {
            courseSlug: 'bench-course',
            lessonId: lessonIds[(i * 7) % LESSONS],
            locale: 'ro',
            events: [event('step.next')],
          },
        });
      const t0 = performance.now();
      await reportTrainer.graphql(REPORT, { groupId: reportGroup.id });
      reportTimes.push(performance.now() - t0);
    }

    // The live view: all ten trainers poll at the same moment; each response is one update.
    for (const [g, owner] of liveTrainers.entries()) await owner.graphql(LIVE, { groupId: liveGroups[g].id });
    const liveTimes = [];
    for (let round = 0; round < LIVE_ROUNDS; round += 1) {
      await Promise.all(
        liveTrainers.map(async (owner, g) => {
          const t0 = performance.now();
          const { groupLive } = await owner.graphql(LIVE, { groupId: liveGroups[g].id });
          liveTimes.push(performance.now() - t0);
          if (groupLive.cards.length !== LIVE_LEARNERS) throw new Error('a live board misses learners');
        }),
      );
    }

    console.log(
      `\ntrainer views over HTTP (seeded in ${seededIn} s; first report ${coldMs} ms; load average ${loadavg()
        .map((v) => v.toFixed(1))
        .join(' ')})`,
    );
    const rows = [
      timesOf('groupReport, 30 learners × 40 lessons', reportTimes, 200),
      timesOf('groupLive, 10 groups × 10 polling at once', liveTimes, 100),
    ];
    console.table(rows);
    for (const row of rows)
      console.log(`${row.name}: p95 ${row['p95 ms']} ms (target ${row.target}) ${row.result}`);
    return rows;
  } finally {
    const exited = new Promise((resolve) => api.once('exit', resolve));
    api.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
  }
}

// Alone (node tools/bench/api/trainer.mjs, after `npx nx run api:build`): with its own database server.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const work = mkdtempSync(join(tmpdir(), 'punte-bench-trainer-'));
  const dbPort = await freePort();
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
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  try {
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await trainerBench({ root, work, dbPort });
  } finally {
    db.kill('SIGTERM');
    await new Promise((resolve) => db.once('exit', resolve));
    rmSync(work, { recursive: true, force: true });
  }
}
