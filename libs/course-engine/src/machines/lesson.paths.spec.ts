import { getShortestPaths } from 'xstate/graph';
import { exampleLesson } from '../__fixtures__/example-lesson';
import { answerKeyOf, toPublicLesson } from '../public-view';
import type { LessonEvent } from './events';
import { lessonMachine } from './lesson.machine';

describe('paths through the example lesson', () => {
  const full = exampleLesson();
  const events: LessonEvent[] = [
    { type: 'step.next' },
    { type: 'video.progress', watchedShare: 1 },
    { type: 'checkpoint.reach', checkpointId: 'open' },
    { type: 'checkpoint.reach', checkpointId: 'sent' },
    { type: 'answer.submit', questionId: 'q1', answer: { kind: 'single-choice', optionId: 'a' } },
    { type: 'answer.submit', questionId: 'q1', answer: { kind: 'single-choice', optionId: 'b' } },
    { type: 'answer.submit', questionId: 'q2', answer: { kind: 'short-text', text: 'email' } },
    { type: 'solution.reveal', questionId: 'q2' },
  ];
  const paths = getShortestPaths(lessonMachine, {
    input: { lesson: toPublicLesson(full), now: 0, seed: 1, locale: 'en', answerKey: answerKeyOf(full) },
    events,
    // Progress numbers make each visit unique; the step and its outcome are what a path is about.
    serializeState: (s) => {
      const p = s.context.steps[s.context.currentStepId ?? ''];
      const quiz = Object.entries(p?.questions ?? {}).map(([id, q]) => [id, q.attempts, q.solved, q.revealed]);
      return JSON.stringify([s.value, s.context.currentStepId, p?.status, p?.watchedShare, p?.reached, quiz, s.context.trail.length > 8]);
    },
    limit: 5000,
  });

  it('reaches every state kind and every step, including remediation and the end', () => {
    expect(new Set(paths.map((p) => String(p.state.value)))).toEqual(new Set(['reading', 'video', 'practice', 'quiz', 'summary', 'finished']));
    expect(new Set(paths.map((p) => p.state.context.currentStepId))).toEqual(new Set(['intro', 'watch', 'send', 'check', 'remediation', 'done', null]));
  });

  it('the shortest way to the end passes the quiz', () => {
    const end = paths.filter((p) => p.state.status === 'done').sort((a, b) => a.steps.length - b.steps.length)[0]!;
    expect(end.state.context.steps['check']!.status).toBe('passed');
    expect(end.state.context.trail).toEqual(['intro', 'watch', 'send', 'check', 'done']);
  });
});
