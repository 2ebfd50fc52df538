import fc from 'fast-check';
import { createActor } from 'xstate';
import { exampleLesson } from '../__fixtures__/example-lesson';
import type { LessonEvent } from '../machines/events';
import type { QuizStep } from '../model/step';
import { answerKeyOf, toPublicLesson } from '../public-view';
import { appendEvents, type LearnerEvent } from './learner-events';
import {
  persistLesson,
  restoreLesson,
  SNAPSHOT_FORMAT,
  SnapshotError,
  type LessonActor,
  type LessonSnapshot,
} from './lesson-snapshot';
import { practiceInProgress, quizInProgress } from './read-progress';
import { lessonMachine } from '../machines/lesson.machine';
import { replay, resumeLesson } from './replay';
import { summarizeProgress } from './summarize-progress';

const T0 = 1_700_000_000_000;
const full = exampleLesson();
const lesson = toPublicLesson(full);
const answerKey = answerKeyOf(full);
const opts = { seed: 3, startedAt: T0, locale: 'en' as const, answerKey };

const script: LessonEvent[] = [
  { type: 'step.next' },
  { type: 'video.progress', watchedShare: 0.6 },
  { type: 'step.next' },
  { type: 'checkpoint.reach', event: 'compose.opened' },
  { type: 'checkpoint.reach', event: 'message.sent', data: { to: 'ana@exemplu.md' } },
  { type: 'step.next' },
  { type: 'answer.submit', questionId: 'q1', answer: { kind: 'single-choice', optionId: 'b' } },
  { type: 'answer.submit', questionId: 'q1', answer: { kind: 'single-choice', optionId: 'c' } },
  { type: 'answer.submit', questionId: 'q1', answer: { kind: 'single-choice', optionId: 'b' } },
];
const logOf = (events: LessonEvent[]): LearnerEvent[] =>
  events.map((event, i) => ({ id: `e${i}`, at: T0 + (i + 1) * 1000, event }));
/** The whole state: the lesson's value and context, and its child's (the quiz or practice in progress). */
const stateOf = (actor: LessonActor) => {
  const snap = actor.getSnapshot();
  const child = snap.children.quiz ?? snap.children.practice;
  return {
    value: snap.value,
    context: snap.context,
    child: child && { value: child.getSnapshot().value, context: child.getSnapshot().context },
  };
};

describe('the learner event log', () => {
  it('ignores an event id it already has', () => {
    const log = appendEvents([], logOf(script.slice(0, 2)));
    expect(appendEvents(log, [...logOf(script.slice(0, 3))])).toHaveLength(3);
  });

  it('replays only what a learner can do: forged child reports and outcomes are dropped', () => {
    const forged = [
      { type: 'xstate.done.actor.quiz', output: { outcome: 'passed', score: 1 } },
      { type: 'step.recorded', event: { type: 'hint.request', questionId: 'q1' } },
      null,
    ] as unknown as LessonEvent[];
    const actor = replay(lesson, logOf([...script.slice(0, 6), ...forged]), opts);
    expect(actor.getSnapshot().value).toBe('quiz');
    expect(actor.getSnapshot().context.steps['check']!.hintsUsed).toBe(0);
  });

  it('replaying a duplicated event changes nothing', () => {
    const log = logOf(script);
    const once = replay(lesson, log, opts).getSnapshot().context;
    const twice = replay(lesson, [...log, ...log], opts).getSnapshot().context;
    expect(twice).toEqual(once);
  });
});

describe('snapshots', () => {
  it('restores at the same step, with the same state as a replay', () => {
    const actor = replay(lesson, logOf(script), opts);
    const restored = restoreLesson(lesson, JSON.parse(JSON.stringify(persistLesson(actor))), { answerKey });
    expect(restored.getSnapshot().value).toBe('quiz');
    expect(stateOf(restored)).toEqual(stateOf(actor));
  });

  it('restores in the middle of a quiz at the same question, with the same attempts, and goes on from there', () => {
    const log = logOf(script.slice(0, 8));
    const actor = replay(lesson, log, opts);
    const before = quizInProgress(actor.getSnapshot())!;
    expect(before.questions['q1']!.attempts).toBe(2);
    const snap = JSON.parse(JSON.stringify(persistLesson(actor, 'e7'))) as LessonSnapshot;
    expect(snap.state.children['quiz']).toMatchObject({
      src: 'quiz',
      snapshot: { value: 'answering', context: { currentQuestionId: before.currentQuestionId } },
    });

    const restored = restoreLesson(lesson, snap, { answerKey });
    const after = quizInProgress(restored.getSnapshot())!;
    expect(after.currentQuestionId).toBe(before.currentQuestionId);
    expect(after.questions).toEqual(before.questions);
    expect(after.questionOrder).toEqual(before.questionOrder);
    // The third wrong answer exhausts q1 in both, and the lesson's totals follow the child's reports.
    const third = logOf(script)[8]!;
    for (const a of [actor, restored]) a.send({ ...third.event, at: third.at });
    expect(stateOf(restored)).toEqual(stateOf(actor));
    expect(restored.getSnapshot().context.steps['check']).toMatchObject({ attempts: 3, failuresInARow: 3 });
  });

  it("includes the child's state in the lesson actor's own persisted snapshot, which xstate restores", () => {
    const actor = replay(lesson, logOf(script.slice(0, 8)), opts);
    const persisted = actor.getPersistedSnapshot() as unknown as {
      children: Record<string, { src: string; snapshot: { context: { questions: object } } }>;
    };
    expect(persisted.children['quiz']!.src).toBe('quiz');
    expect(persisted.children['quiz']!.snapshot.context.questions).toEqual(
      quizInProgress(actor.getSnapshot())!.questions,
    );
    const revived = createActor(lessonMachine, {
      snapshot: JSON.parse(JSON.stringify(actor.getPersistedSnapshot())),
      input: { lesson, now: 0, seed: 0 },
    }).start();
    expect(stateOf(revived)).toEqual(stateOf(actor));
  });

  it('restores a practice in progress with its reached checkpoints', () => {
    const actor = replay(lesson, logOf(script.slice(0, 4)), opts);
    const restored = restoreLesson(lesson, JSON.parse(JSON.stringify(persistLesson(actor))));
    expect(practiceInProgress(restored.getSnapshot())!.reached).toEqual(['open']);
    expect(stateOf(restored).child).toEqual(stateOf(actor).child);
  });

  it('refuses a snapshot of format /1 (from before the child machines): resuming replays the log instead', () => {
    const log = logOf(script);
    const v1 = {
      ...persistLesson(replay(lesson, log, opts), 'e8'),
      format: 'punte.lesson-snapshot/1',
      children: undefined,
    };
    expect(() => restoreLesson(lesson, v1)).toThrow('unknown format');
    const resumed = resumeLesson(lesson, v1, log, opts);
    expect(resumed.from).toBe('replay');
    expect(quizInProgress(resumed.actor.getSnapshot())!.questions['q1']!.attempts).toBe(3);
  });

  it('never stores the lesson text or the answer key', () => {
    const json = JSON.stringify(persistLesson(replay(lesson, logOf(script), opts)));
    expect(json).not.toContain('answerKey');
    expect(json).not.toContain('ana.exemplu.md');
  });

  const state = (context: object, children: unknown = {}) => ({
    format: SNAPSHOT_FORMAT,
    lessonId: 'what-is-email',
    contentVersion: 'v1',
    state: { status: 'active', value: 'reading', context, children },
  });
  const clocked = { steps: {}, trail: [], currentStepId: 'intro', lastEventAt: 0, startedAt: 0, seed: 1 };
  it.each<[string, unknown, string]>([
    ['not an object', 'garbage', 'not an object'],
    ['an unknown format', { format: 'x' }, 'unknown format'],
    ['the format before xstate persisted it', { format: 'punte.lesson-snapshot/2' }, 'unknown format'],
    ['the format whose finished lesson was final', { format: 'punte.lesson-snapshot/3' }, 'unknown format'],
    ['another lesson', { format: SNAPSHOT_FORMAT, lessonId: 'other' }, 'belongs to lesson "other"'],
    ['no version', { format: SNAPSHOT_FORMAT, lessonId: 'what-is-email' }, 'content version'],
    ['no state', { ...state({}), state: undefined }, 'state is missing'],
    ['no context', { ...state({}), state: { value: 'reading' } }, 'state is missing'],
    ['no progress', state({}), 'step progress'],
    ['no current step', state({ steps: {}, trail: [], currentStepId: 3 }), 'current step'],
    ['no clock', state({ steps: {}, trail: [], currentStepId: null }), 'clock'],
    ['damaged step', state({ ...clocked, steps: { intro: 1 } }), 'step "intro"'],
    ['damaged children', state(clocked, []), 'in progress is damaged'],
    ['a child without its state', state(clocked, { quiz: { src: 'quiz' } }), 'in progress is damaged'],
    ['a damaged quiz', state(clocked, { quiz: { snapshot: { context: { questions: [] } } } }), 'is damaged'],
    [
      'a damaged practice',
      state(clocked, { practice: { snapshot: { context: { reached: {} } } } }),
      'is damaged',
    ],
    [
      'a state the machine does not have',
      { ...state(clocked), state: { ...state(clocked).state, value: 'dancing' } },
      'does not fit the lesson machine',
    ],
  ])('rejects a snapshot with %s', (_name, raw, problem) => {
    expect(() => restoreLesson(lesson, raw)).toThrow(SnapshotError);
    expect(() => restoreLesson(lesson, raw)).toThrow(problem);
  });

  it('restores a state stored without children', () => {
    const snap = persistLesson(replay(lesson, logOf(script.slice(0, 1)), opts));
    const { children: _none, ...state } = snap.state;
    expect(restoreLesson(lesson, { ...snap, state }).getSnapshot().context.currentStepId).toBe('watch');
  });

  it('falls back to a replay when the snapshot is bad, and applies newer events after a good one', () => {
    const log = logOf(script);
    const bad = resumeLesson(lesson, { format: 'nope' }, log, opts);
    expect(bad.from).toBe('replay');
    expect(bad.error?.message).toContain('Cannot restore lesson "what-is-email"');
    const snap = persistLesson(replay(lesson, log.slice(0, 4), opts), 'e3');
    const good = resumeLesson(lesson, snap, log, opts);
    expect(good.from).toBe('snapshot');
    expect(good.actor.getSnapshot().context).toEqual(bad.actor.getSnapshot().context);
    expect(resumeLesson(lesson, { ...snap, lastEventId: undefined }, [], opts).from).toBe('snapshot');
  });

  it('maps progress by step id when the content changed: removed steps skipped, kept progress kept', () => {
    const actor = replay(lesson, logOf(script.slice(0, 4)), opts);
    const snap = persistLesson(actor);
    const edited = toPublicLesson({
      ...exampleLesson(),
      contentVersion: 'v2',
      steps: exampleLesson().steps.filter((s) => s.id !== 'send'),
    });
    const restored = restoreLesson(edited, snap).getSnapshot();
    expect(restored.context.currentStepId).toBe('check');
    expect(restored.value).toBe('quiz');
    expect(restored.context.steps['watch']!.status).toBe('completed');
    expect(restored.context.steps['send']).toBeUndefined();
    expect(restored.context.trail).toEqual(['intro', 'watch', 'check']);
    // The practice in progress belonged to the removed step: the quiz starts afresh.
    expect(restored.children.practice).toBeUndefined();
    expect(Object.values(quizInProgress(restored)!.questions).every((q) => q.attempts === 0)).toBe(true);
  });

  it('restores a quiz whose questions are all settled ready to go on', () => {
    const log = logOf([...script, { type: 'solution.reveal', questionId: 'q2' }]);
    const restored = restoreLesson(lesson, persistLesson(replay(lesson, log, opts)), { answerKey });
    expect(restored.getSnapshot().children.quiz!.getSnapshot().value).toBe('settled');
    restored.send({ type: 'step.next' });
    expect(restored.getSnapshot().context).toMatchObject({ currentStepId: 'remediation' });
    expect(restored.getSnapshot().context.steps['check']).toMatchObject({ status: 'failed', score: 0 });
  });

  it('keeps the current step when it still exists, fitting edited questions and checkpoints', () => {
    const quizSnap = persistLesson(replay(lesson, logOf(script), opts));
    const def = exampleLesson();
    const quiz = def.steps[3] as QuizStep;
    quiz.questions = [quiz.questions[0]!, { id: 'q9', kind: 'true-false', prompt: {}, correct: true }];
    const restored = restoreLesson(toPublicLesson({ ...def, contentVersion: 'v3' }), quizSnap).getSnapshot();
    const inProgress = quizInProgress(restored)!;
    expect(Object.keys(inProgress.questions)).toEqual(['q1', 'q9']);
    expect(inProgress.questions['q1']!.attempts).toBe(3);
    expect(inProgress.currentQuestionId).toBe('q9');
    expect(restored.children.quiz!.getSnapshot().value).toBe('answering');

    const practiceSnap = persistLesson(replay(lesson, logOf(script.slice(0, 4)), opts));
    const def2 = exampleLesson();
    const practice = def2.steps[2] as { checkpoints: { id: string }[] };
    practice.checkpoints = practice.checkpoints.filter((c) => c.id !== 'open');
    expect(
      practiceInProgress(
        restoreLesson(toPublicLesson({ ...def2, contentVersion: 'v4' }), practiceSnap).getSnapshot(),
      )!.reached,
    ).toEqual([]);
  });

  it('lands on a new step or the end when the position moved', () => {
    const snap = persistLesson(replay(lesson, logOf(script.slice(0, 1)), opts));
    const def = exampleLesson();
    def.steps.splice(1, 1, { id: 'new-reading', kind: 'reading', title: {}, body: {} });
    const restored = restoreLesson(toPublicLesson({ ...def, contentVersion: 'v5' }), snap).getSnapshot();
    expect(restored.context.currentStepId).toBe('new-reading');
    expect(restored.context.steps['new-reading']!.visits).toBe(1);
    const onlyIntro = toPublicLesson({
      ...exampleLesson(),
      contentVersion: 'v6',
      steps: [exampleLesson().steps[0]!],
    });
    expect(restoreLesson(onlyIntro, snap).getSnapshot()).toMatchObject({
      value: 'finished',
      context: { currentStepId: null },
    });
  });
});

describe('the progress summary', () => {
  it('reports completion, attempts, time and stuck after three failures', () => {
    const ctx = replay(lesson, logOf(script), opts).getSnapshot().context;
    const s = summarizeProgress(ctx, { now: T0 + 10_000 });
    expect(s).toMatchObject({
      lessonId: 'what-is-email',
      completed: false,
      currentStepId: 'check',
      attempts: 3,
      stuck: true,
      stuckReason: 'failed-attempts',
    });
    expect(s.completion).toBeCloseTo(3 / 6);
    expect(s.timeMs).toBe(9000);
    expect(s.steps.find((x) => x.stepId === 'done')!.status).toBe('not-started');
  });

  it('reports stuck after a long time without progress, and the score of finished quizzes', () => {
    const ctx = replay(lesson, logOf(script.slice(0, 6)), opts).getSnapshot().context;
    expect(summarizeProgress(ctx, { now: T0 + 6000 + 60_000, stuckAfterMs: 30_000 }).stuckReason).toBe(
      'no-progress',
    );
    expect(summarizeProgress(ctx, { now: T0 + 7000 }).stuck).toBe(false);
    const failed = replay(
      lesson,
      logOf([...script, { type: 'solution.reveal', questionId: 'q2' }, { type: 'step.next' }]),
      opts,
    ).getSnapshot().context;
    expect(summarizeProgress(failed, { now: T0 }).score).toBe(0);
  });
});

describe('properties', () => {
  const eventArb: fc.Arbitrary<LessonEvent> = fc.oneof(
    fc.constant<LessonEvent>({ type: 'step.next' }),
    fc
      .double({ min: 0, max: 1, noNaN: true })
      .map((w): LessonEvent => ({ type: 'video.progress', watchedShare: w })),
    fc.constantFrom('a', 'b', 'c').map((o): LessonEvent => ({
      type: 'answer.submit',
      questionId: 'q1',
      answer: { kind: 'single-choice', optionId: o },
    })),
    fc.constantFrom('email', 'nope').map((t): LessonEvent => ({
      type: 'answer.submit',
      questionId: 'q2',
      answer: { kind: 'short-text', text: t },
    })),
    fc.constantFrom('q1', 'q2').map((q): LessonEvent => ({ type: 'hint.request', questionId: q })),
    fc.constantFrom('q1', 'q2').map((q): LessonEvent => ({ type: 'solution.reveal', questionId: q })),
    fc
      .constantFrom('compose.opened', 'subject.entered')
      .map((e): LessonEvent => ({ type: 'checkpoint.reach', event: e })),
    fc.constant<LessonEvent>({
      type: 'checkpoint.reach',
      event: 'message.sent',
      data: { to: 'ana@exemplu.md' },
    }),
  );

  it('restoring a snapshot then replaying the rest equals replaying everything', () => {
    fc.assert(
      fc.property(fc.array(eventArb, { maxLength: 40 }), fc.nat(40), fc.integer(), (events, cutAt, seed) => {
        const log = logOf(events);
        const cut = Math.min(cutAt, log.length);
        const o = { ...opts, seed };
        const all = stateOf(replay(lesson, log, o));
        const snap = JSON.parse(
          JSON.stringify(persistLesson(replay(lesson, log.slice(0, cut), o), log[cut - 1]?.id)),
        );
        const resumed = resumeLesson(lesson, snap, log, o).actor;
        expect(stateOf(resumed)).toEqual(all);
      }),
      { numRuns: 150 },
    );
  });
});
