// Trainer views at the sizes issue 13 sets: a group report for 30 learners × 40 lessons (target p95
// < 200 ms) and the live view of 10 groups × 10 learners all polling at once (target p95 < 100 ms per
// update). Runs the built API (`npx nx run api:build` first) with the embedded database in a
// temporary folder, seeds the progress store's documents from real engine replays, and times the
// services the resolvers call (the same figures over HTTP, through the resolvers and access checks:
// tools/bench/api/trainer.mjs, part of npm run bench:api). Usage: node apps/api/bench/trainer-views.mjs
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LESSONS, percentile, writeBenchCourse } from '../../../tools/bench/api/trainer.mjs';

const require = createRequire(import.meta.url);
const dist = new URL('../dist/', import.meta.url).pathname;
const { startApi } = require(join(dist, 'bootstrap.js'));
const { loadConfig } = require(join(dist, 'config/env.js'));
const { ReportService } = require(join(dist, 'modules/reports/report.service.js'));
const { LiveService } = require(join(dist, 'modules/live/live.service.js'));
const { HelpMarksRepository } = require(join(dist, 'modules/live/help-marks.repository.js'));
const { GroupSessionsService } = require(join(dist, 'modules/schedules/group-sessions.service.js'));
const { getModelToken } = require('@nestjs/mongoose');
const engine = require('@punte/course-engine');

const REPORT_LEARNERS = 30;
const LIVE_GROUPS = 10;
const LIVE_LEARNERS = 10;

/** A learner's lesson as the progress store keeps it: engine snapshot and log with verdicts. */
function progressDoc(definition, learnerId, lessonId, startedAt, wrong) {
  const lesson = engine.toPublicLesson(definition);
  const events = [{ id: `${learnerId}-${lessonId}-r`, at: startedAt + 30_000, event: { type: 'step.next' } }];
  for (let q = 1; q <= 4; q += 1) {
    const optionId = q <= wrong ? 'b' : 'a';
    events.push({
      id: `${learnerId}-${lessonId}-q${q}`,
      at: startedAt + 30_000 + q * 20_000,
      event: { type: 'answer.submit', questionId: `q${q}`, answer: { kind: 'single-choice', optionId } },
    });
    if (optionId === 'b')
      events.push({
        id: `${learnerId}-${lessonId}-q${q}b`,
        at: startedAt + 40_000 + q * 20_000,
        event: {
          type: 'answer.submit',
          questionId: `q${q}`,
          answer: { kind: 'single-choice', optionId: 'a' },
        },
      });
  }
  const actor = engine.replay(lesson, events, {
    seed: learnerId,
    startedAt,
    answerKey: engine.answerKeyOf(definition),
  });
  const snapshot = engine.persistLesson(actor, events.at(-1).id);
  const last = events.at(-1).at;
  return {
    learnerId,
    courseSlug: 'bench-course',
    lessonId,
    status: actor.getSnapshot().context.currentStepId === null ? 'completed' : 'in-progress',
    lastActivityAt: new Date(last),
    snapshot,
    events: events.map((e) => ({
      ...e,
      receivedAt: new Date(e.at),
      ...(e.event.type === 'answer.submit' ? { verdict: { correct: e.event.answer.optionId === 'a' } } : {}),
    })),
  };
}

function summary(label, samples, target) {
  const sorted = [...samples].sort((a, b) => a - b);
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(sorted, p).toFixed(1));
  const ok = Number(p95) < target ? 'meets' : 'MISSES';
  console.log(
    `${label}: p50 ${p50} ms, p95 ${p95} ms, p99 ${p99} ms (n=${samples.length}; target p95 < ${target} ms: ${ok})`,
  );
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'punte-bench-'));
  const contentDir = mkdtempSync(join(tmpdir(), 'punte-bench-content-'));
  const lessonIds = writeBenchCourse(contentDir);
  const api = await startApi(
    loadConfig({
      NODE_ENV: 'production',
      PORT: '0',
      DATA_DIR: dataDir,
      CONTENT_DIR: contentDir,
      LOG_FORMAT: 'json',
    }),
  );
  try {
    const app = api.app;
    const progress = app.get(getModelToken('LessonProgressView')).collection;
    // The progress store's unique index (its module creates it where that module is present).
    await progress.createIndex({ learnerId: 1, courseSlug: 1, lessonId: 1 }, { unique: true });
    const lessons = app.get(getModelToken('LessonRecord'));
    const definitions = new Map(
      (await lessons.find({ courseSlug: 'bench-course' }).lean().exec()).map((l) => [
        l.lessonId,
        l.definition,
      ]),
    );
    const start = Date.parse('2027-03-02T08:00:00Z');
    const schedule = {
      weekdays: [2, 4],
      startTime: '10:00',
      endTime: '11:30',
      firstDate: '2027-03-02',
      lastDate: '2027-04-08',
      timeZone: 'Europe/Chisinau',
    };

    // Report: 30 learners, each with all 40 lessons.
    const reportMembers = Array.from({ length: REPORT_LEARNERS }, (_, i) => ({
      learnerId: `r${i}`,
      name: `Learner ${i}`,
    }));
    const docs = [];
    for (const member of reportMembers)
      lessonIds.forEach((lessonId, i) =>
        docs.push(
          progressDoc(definitions.get(lessonId), member.learnerId, lessonId, start + i * 86_400_000, i % 3),
        ),
      );
    await progress.insertMany(docs);
    await app.get(GroupSessionsService).plan('bench-report', schedule, []);
    const reportScope = {
      groupId: 'bench-report',
      courseSlugs: ['bench-course'],
      members: reportMembers,
      timeZone: 'Europe/Chisinau',
    };

    // Live: 10 groups of 10, each learner in the middle of one lesson.
    const liveScopes = [];
    const liveDocs = [];
    for (let g = 0; g < LIVE_GROUPS; g += 1) {
      const members = Array.from({ length: LIVE_LEARNERS }, (_, i) => ({
        learnerId: `g${g}-l${i}`,
        name: `Learner ${i}`,
      }));
      for (const [i, member] of members.entries())
        for (const lessonId of lessonIds.slice(0, 3))
          liveDocs.push(
            progressDoc(definitions.get(lessonId), member.learnerId, lessonId, start + i * 1000, (i + g) % 4),
          );
      liveScopes.push({
        groupId: `bench-live-${g}`,
        courseSlugs: ['bench-course'],
        members,
        timeZone: 'Europe/Chisinau',
      });
      await app
        .get(HelpMarksRepository)
        .markHelped(`bench-live-${g}`, members[0].learnerId, 'trainer', new Date(start));
    }
    await progress.insertMany(liveDocs);

    const reports = app.get(ReportService);
    const live = app.get(LiveService);
    const now = new Date(start + 45 * 86_400_000);

    const cold = performance.now();
    const first = await reports.groupReport(reportScope, 'ro', now);
    const coldMs = performance.now() - cold;
    if (first.learners.length !== REPORT_LEARNERS || first.lessons.length !== LESSONS)
      throw new Error(`report covers ${first.learners.length} learners × ${first.lessons.length} lessons`);
    for (let i = 0; i < 5; i += 1) await reports.groupReport(reportScope, 'ro', now);
    const reportTimes = [];
    for (let i = 0; i < 40; i += 1) {
      const t0 = performance.now();
      await reports.groupReport(reportScope, 'ro', now);
      reportTimes.push(performance.now() - t0);
    }

    // During a session: between two reports five learners moved on (their documents were rewritten).
    const changingTimes = [];
    for (let i = 0; i < 20; i += 1) {
      for (let k = 0; k < 5; k += 1) {
        const learnerId = `r${(i * 5 + k) % REPORT_LEARNERS}`;
        await progress.updateOne(
          { learnerId, courseSlug: 'bench-course', lessonId: lessonIds[i % LESSONS] },
          { $inc: { revision: 1 }, $set: { lastActivityAt: new Date(now.getTime() - 1000 + i) } },
        );
      }
      const t0 = performance.now();
      await reports.groupReport(reportScope, 'ro', now);
      changingTimes.push(performance.now() - t0);
    }

    const liveNow = new Date(start + 200_000);
    for (const scope of liveScopes) await live.board(scope, 'ro', liveNow);
    const liveTimes = [];
    for (let round = 0; round < 40; round += 1) {
      await Promise.all(
        liveScopes.map(async (scope) => {
          const t0 = performance.now();
          const cards = await live.board(scope, 'ro', liveNow);
          liveTimes.push(performance.now() - t0);
          if (cards.length !== LIVE_LEARNERS) throw new Error('live board lost learners');
        }),
      );
    }

    // The same polls one after another: the cost of one update when trainers' polls do not coincide.
    const aloneTimes = [];
    for (let round = 0; round < 10; round += 1)
      for (const scope of liveScopes) {
        const t0 = performance.now();
        await live.board(scope, 'ro', liveNow);
        aloneTimes.push(performance.now() - t0);
      }

    // The machine is shared: a load average above the core count inflates every figure below.
    const load = loadavg()
      .map((l) => l.toFixed(1))
      .join(' ');
    console.log(`Trainer views (service level, embedded database, load average ${load})`);
    console.log(`group report, first computation of the group's rows: ${coldMs.toFixed(1)} ms (once)`);
    summary(`group report, ${REPORT_LEARNERS} learners × ${LESSONS} lessons`, reportTimes, 200);
    summary('group report while five learners move on between reports', changingTimes, 200);
    summary(
      `live view, ${LIVE_GROUPS} groups × ${LIVE_LEARNERS} learners polling at once, per update`,
      liveTimes,
      100,
    );
    summary('live view, the same polls one at a time, per update', aloneTimes, 100);
  } finally {
    await api.close();
    rmSync(dataDir, { recursive: true, force: true });
    rmSync(contentDir, { recursive: true, force: true });
  }
}

await main();
