import type { EventFromLogic } from 'xstate';
import { createActor } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { exampleLesson } from '../__fixtures__/example-lesson';
import type { LessonEvent, StepResult } from '../machines/events';
import type { PracticeEvent } from '../machines/practice.machine';
import type { QuizEvent } from '../machines/quiz.machine';
import { lessonMachine, type LessonMachine } from '../machines/lesson.machine';
import { practiceMachine } from '../machines/practice.machine';
import { quizMachine } from '../machines/quiz.machine';
import type { LessonDefinition, PracticeStep, QuizStep } from '../model/step';
import { toPublicLesson, type PublicQuizStep } from '../public-view';
import { persistLesson, restoreLesson, type LessonActor } from './lesson-snapshot';

/** The example lesson with a worksheet between the quiz and the summary: every step kind. */
function everyKind(): LessonDefinition {
  const def = exampleLesson();
  (def.steps.find((s) => s.id === 'check') as QuizStep).next = 'plan';
  def.steps.splice(-1, 0, {
    id: 'plan',
    kind: 'worksheet',
    title: { en: 'Plan' },
    fields: [{ id: 'idea', type: 'short-text', label: { en: 'Idea' } }],
  });
  return def;
}

const lesson = toPublicLesson(everyKind());
// A text-only edit: a new content version, so restoring goes through the machine's resume instead.
const edited = toPublicLesson({ ...everyKind(), title: { en: 'Edited' } });
// Browser mode (no answer key): answers carry their verdict, as the server sent it.
const input = { lesson, now: 0, seed: 7, locale: 'en' as const };
type Event = EventFromLogic<LessonMachine>;

// The graph walk runs no child actors: quiz and practice steps end with their outcome event.
const done = (id: 'quiz' | 'practice', output: StepResult) =>
  ({ type: `xstate.done.actor.${id}`, output, actorId: id }) as unknown as Event;
const lessonEvents: Event[] = [
  { type: 'step.next' },
  { type: 'video.progress', watchedShare: 1 },
  { type: 'worksheet.save', values: { idea: 'A club' } },
  done('practice', { outcome: 'completed', reached: ['open', 'sent'] }),
  done('quiz', { outcome: 'passed', score: 1, questions: {} }),
  done('quiz', { outcome: 'failed', score: 0, questions: {} }),
];

const right = { correct: true, score: 1 };
const wrong = { correct: false, score: 0 };
const quizEvents: QuizEvent[] = [
  {
    type: 'answer.submit',
    questionId: 'q1',
    answer: { kind: 'single-choice', optionId: 'a' },
    result: right,
  },
  {
    type: 'answer.submit',
    questionId: 'q1',
    answer: { kind: 'single-choice', optionId: 'b' },
    result: wrong,
  },
  { type: 'answer.submit', questionId: 'q2', answer: { kind: 'short-text', text: 'email' }, result: right },
  { type: 'answer.submit', questionId: 'q2', answer: { kind: 'short-text', text: 'x' }, result: wrong },
  { type: 'hint.request', questionId: 'q1' },
  { type: 'solution.reveal', questionId: 'q2' },
  { type: 'step.next' },
];
const practiceEvents: PracticeEvent[] = [
  { type: 'checkpoint.reach', event: 'compose.opened' },
  { type: 'checkpoint.reach', event: 'subject.entered' },
  { type: 'checkpoint.reach', event: 'message.sent', data: { to: 'ana@exemplu.md' } },
  { type: 'step.next' },
];

const lessonPaths = getShortestPaths(lessonMachine, {
  input,
  events: lessonEvents,
  serializeState: (s) => {
    const p = s.context.steps[s.context.currentStepId ?? ''];
    return JSON.stringify([s.value, s.context.currentStepId, p?.status, p?.watchedShare, p?.answers]);
  },
});
const quizStep = lesson.steps.find((s) => s.kind === 'quiz') as PublicQuizStep;
const quizPaths = getShortestPaths(quizMachine, { input: { step: quizStep, seed: 7 }, events: quizEvents });
const practiceStep = lesson.steps.find((s) => s.kind === 'practice') as PracticeStep;
const practicePaths = getShortestPaths(practiceMachine, {
  input: { step: practiceStep },
  events: practiceEvents,
});

/** The whole state: the lesson's status, value, context and output, and its child's value and context. */
function stateOf(actor: LessonActor) {
  const s = actor.getSnapshot();
  const child = s.children.quiz ?? s.children.practice;
  return {
    status: s.status,
    value: s.value,
    context: s.context,
    output: s.output,
    child: child && { value: child.getSnapshot().value, context: child.getSnapshot().context },
  };
}

/** The same, leaving out the content (which an edit changes) and the visit handed to the child on resume. */
function progressOf(actor: LessonActor) {
  const { context, child, ...rest } = stateOf(actor);
  const { lesson: _l, resumedVisit: _v, ...progress } = context;
  return {
    ...rest,
    context: progress,
    child: child && { ...child, context: { ...child.context, step: undefined } },
  };
}

let checked = 0;
function expectRoundTrip(actor: LessonActor): void {
  const stored = JSON.parse(JSON.stringify(persistLesson(actor))) as unknown;
  expect(stateOf(restoreLesson(lesson, stored))).toEqual(stateOf(actor));
  expect(progressOf(restoreLesson(edited, stored))).toEqual(progressOf(actor));
  checked++;
}

describe('persist and restore at every state', () => {
  it('the paths reach every step, every state of the children, and the end', () => {
    expect(new Set(lessonPaths.map((p) => p.state.context.currentStepId))).toEqual(
      new Set([...lesson.steps.map((s) => s.id), null]),
    );
    expect(new Set(quizPaths.map((p) => p.state.value))).toEqual(new Set(['answering', 'settled', 'done']));
    expect(new Set(practicePaths.map((p) => p.state.value))).toEqual(
      new Set(['working', 'complete', 'done']),
    );
  });

  it.each(lessonPaths.map((p) => [p.steps.map((s) => s.event.type).join(' → '), p] as const))(
    'gives back the same state and context along %s',
    (_name, path) => {
      const actor = createActor(lessonMachine, { input }).start();
      expectRoundTrip(actor);
      for (const { event } of path.steps.slice(1)) {
        actor.send(event);
        expectRoundTrip(actor);
      }
      // Inside the quiz and the practice the children's own paths are taken, event by event.
      const inner =
        actor.getSnapshot().value === 'quiz'
          ? quizPaths
          : actor.getSnapshot().value === 'practice'
            ? practicePaths
            : [];
      for (const childPath of inner) {
        const visit = createActor(lessonMachine, { input }).start();
        for (const { event } of path.steps.slice(1)) visit.send(event);
        for (const { event } of childPath.steps.slice(1)) {
          visit.send(event as LessonEvent);
          expectRoundTrip(visit);
        }
      }
    },
  );

  afterAll(() => {
    // Every state above was really checked (a path list that came back empty would check nothing).
    expect(checked).toBeGreaterThan(lessonPaths.length + quizPaths.length + practicePaths.length);
  });
});
