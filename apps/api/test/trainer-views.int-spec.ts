import { getModelToken } from '@nestjs/mongoose';
import {
  answerKeyOf,
  persistLesson,
  replay,
  toPublicLesson,
  type LearnerEvent,
  type LessonDefinition,
} from '@punte/course-engine';
import { parse } from 'csv-parse/sync';
import { type Model } from 'mongoose';
import { LessonRecord } from '../src/modules/catalog/catalog.schema';
import { LiveService } from '../src/modules/live/live.service';
import { type GroupScope } from '../src/modules/reports/group-scope';
import { LessonProgressView } from '../src/modules/reports/progress-view.schema';
import { ReportService } from '../src/modules/reports/report.service';
import { GroupSessionsService } from '../src/modules/schedules/group-sessions.service';
import { ApiHarness } from './support/api-harness';

const start = Date.parse('2027-03-02T08:05:00Z');
const at = (seconds: number) => start + seconds * 1000;
const answer = (id: string, seconds: number, value: boolean): LearnerEvent => ({
  id,
  at: at(seconds),
  event: { type: 'answer.submit', questionId: 'left-button', answer: { kind: 'true-false', value } },
});
const read: LearnerEvent = { id: 'r', at: at(20), event: { type: 'step.next' } };

const scope: GroupScope = {
  groupId: 'g-views',
  courseSlugs: ['first-steps'],
  timeZone: 'Europe/Chisinau',
  members: [
    { learnerId: 'ana', name: 'Ana Știrbu' },
    { learnerId: 'ion', name: 'Иван' },
    { learnerId: 'petru', name: 'Petru' },
  ],
};

describe('reports and the live view over stored progress', () => {
  const harness = new ApiHarness();
  let reports: ReportService;
  let live: LiveService;
  let definition: LessonDefinition;

  /** Stores a learner's lesson the way the progress store does: snapshot, log with verdicts, receipt times. */
  async function store(
    learnerId: string,
    events: LearnerEvent[],
    definition: LessonDefinition,
  ): Promise<void> {
    const lesson = toPublicLesson(definition);
    const actor = replay(lesson, events, {
      seed: learnerId,
      startedAt: start,
      answerKey: answerKeyOf(definition),
    });
    const snapshot = persistLesson(actor, events.at(-1)?.id);
    const model = harness.api!.app.get<Model<LessonProgressView>>(getModelToken(LessonProgressView.name));
    await model.collection.insertOne({
      learnerId,
      courseSlug: 'first-steps',
      lessonId: 'the-mouse',
      status: actor.getSnapshot().context.currentStepId === null ? 'completed' : 'in-progress',
      lastActivityAt: new Date(events.at(-1)!.at + 300),
      snapshot,
      events: events.map((e) => ({
        id: e.id,
        at: e.at,
        receivedAt: new Date(e.at + 300),
        event: e.event,
        ...(e.event.type === 'answer.submit'
          ? { verdict: { correct: (e.event.answer as { value: boolean }).value === true } }
          : {}),
      })),
    });
  }

  beforeAll(async () => {
    const api = await harness.start();
    reports = api.app.get(ReportService);
    live = api.app.get(LiveService);
    // The progress store's own unique index (its module creates it; this suite stores documents directly).
    await api.app
      .get<Model<LessonProgressView>>(getModelToken(LessonProgressView.name))
      .collection.createIndex({ learnerId: 1, courseSlug: 1, lessonId: 1 }, { unique: true });
    const lessons = api.app.get<Model<LessonRecord>>(getModelToken(LessonRecord.name));
    const record = await lessons.findOne({ courseSlug: 'first-steps', lessonId: 'the-mouse' }).lean().exec();
    definition = record!.definition as unknown as LessonDefinition;
    await store(
      'ana',
      [
        read,
        answer('a1', 40, false),
        answer('a2', 50, true),
        { id: 'a3', at: at(55), event: { type: 'step.next' } },
      ],
      definition,
    );
    await store(
      'ion',
      [read, answer('i1', 40, false), answer('i2', 50, false), answer('i3', 60, false)],
      definition,
    );
    await store('olena', [read], definition);
    await api.app.get(GroupSessionsService).plan(
      scope.groupId,
      {
        weekdays: [2],
        startTime: '10:00',
        endTime: '11:30',
        firstDate: '2027-03-02',
        lastDate: '2027-03-09',
        timeZone: 'Europe/Chisinau',
      },
      [],
    );
  });
  afterAll(() => harness.dispose());

  it('reports completion, scores, the most-missed question with its wrong answer, and attendance', async () => {
    const report = await reports.groupReport(scope, 'ro', new Date('2027-03-05T00:00:00Z'));
    expect(report.lessons).toEqual([
      expect.objectContaining({ lessonId: 'the-mouse', completed: 1, inProgress: 1, notStarted: 1 }),
    ]);
    expect(report.mostMissed).toEqual([
      expect.objectContaining({
        questionId: 'left-button',
        prompt: 'Pentru a deschide ceva, apăsăm butonul din stânga.',
        learnersWrong: 2,
        wrongAttempts: 4,
        commonWrongAnswers: [{ text: 'Fals', count: 4 }],
      }),
    ]);
    const byName = Object.fromEntries(report.learners.map((l) => [l.name, l]));
    expect(byName['Ana Știrbu']).toMatchObject({ lessonsCompleted: 1, attendance: { present: 1, held: 1 } });
    expect(byName['Petru']).toMatchObject({ lessonsStarted: 0, attendance: { present: 0, held: 1 } });
  });

  it("gives a learner's report step by step", async () => {
    const rows = await reports.learnerReport(scope, 'ana', 'en', new Date('2027-03-05T00:00:00Z'));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ lessonId: 'the-mouse', status: 'completed', attempts: 2 });
    expect(rows[0].steps.map((s) => [s.stepId, s.status])).toEqual([
      ['read', 'completed'],
      ['check', 'passed'],
    ]);
  });

  it('exports a CSV with a byte-order mark, a row per learner and lesson, and Cyrillic intact', async () => {
    const csv = await reports.csv(scope, 'uk', new Date('2027-03-05T00:00:00Z'));
    const [header, ...rows] = parse(csv, { delimiter: ';', bom: true }) as string[][];
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(header[0]).toBe('Слухач');
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual([
      ['Ana Știrbu', "Перші кроки за комп'ютером", 'пройдено'],
      ['Иван', "Перші кроки за комп'ютером", 'триває'],
      ['Petru', "Перші кроки за комп'ютером", 'не розпочато'],
    ]);
  });

  it('sees progress made after the last report: the kept rows are refreshed where the documents changed', async () => {
    const now = new Date('2027-03-05T00:00:00Z');
    await reports.groupReport(scope, 'ro', now);
    const model = harness.api!.app.get<Model<LessonProgressView>>(getModelToken(LessonProgressView.name));
    await model.collection.deleteOne({ learnerId: 'ion', lessonId: 'the-mouse' });
    await store(
      'ion',
      [
        read,
        answer('i1', 40, false),
        answer('i4', 70, true),
        { id: 'i5', at: at(80), event: { type: 'step.next' } },
      ],
      definition,
    );
    const report = await reports.groupReport(scope, 'ro', now);
    expect(report.lessons[0]).toMatchObject({ completed: 2, inProgress: 0, notStarted: 1 });
    expect(report.mostMissed[0]).toMatchObject({ wrongAttempts: 2, learnersWrong: 2 });
    await model.collection.deleteOne({ learnerId: 'ion', lessonId: 'the-mouse' });
    await store(
      'ion',
      [read, answer('i1', 40, false), answer('i2', 50, false), answer('i3', 60, false)],
      definition,
    );
  });

  it("flags a learner without progress after the group's own number of minutes", async () => {
    const olena = { ...scope, members: [{ learnerId: 'olena', name: 'Олена' }] };
    const now = new Date(at(20 + 5 * 60));
    expect((await live.board(olena, 'uk', now))[0]).toMatchObject({ status: 'offline', stuckReason: null });
    const [card] = await live.board({ ...olena, stuckAfterMs: 2 * 60_000 }, 'uk', now);
    expect(card).toMatchObject({ status: 'stuck', stuckReason: 'no-progress' });
  });

  it('puts the stuck learner first in the live view, and "helped" clears the flag', async () => {
    const now = new Date(at(70));
    const board = await live.board(scope, 'ru', now);
    expect(board.map((c) => [c.name, c.status])).toEqual([
      ['Иван', 'stuck'],
      ['Petru', 'not-started'],
      ['Ana Știrbu', 'finished'],
    ]);
    expect(board[0]).toMatchObject({
      lessonTitle: expect.any(String),
      stepTitle: 'Проверка',
      wrongAttempts: 3,
    });
    await live.markHelped(scope, 'ion', 'trainer-1', now);
    expect((await live.board(scope, 'ru', now))[0]).toMatchObject({ name: 'Иван', status: 'working' });
    await expect(live.markHelped(scope, 'stranger', 'trainer-1', now)).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});
