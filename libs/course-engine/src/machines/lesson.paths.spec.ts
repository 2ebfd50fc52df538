import type { EventFromLogic } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { exampleLesson } from '../__fixtures__/example-lesson';
import { answerKeyOf, toPublicLesson } from '../public-view';
import type { StepResult } from './events';
import { lessonMachine, type LessonMachine } from './lesson.machine';

// The graph walk runs no child actors, so a quiz or practice step ends with the outcome its machine
// would report (the `xstate.done.actor.*` event); quiz.paths and practice.paths walk the children.
const done = (id: 'quiz' | 'practice', output: StepResult) =>
  ({ type: `xstate.done.actor.${id}`, output, actorId: id }) as unknown as EventFromLogic<LessonMachine>;

describe('paths through the example lesson', () => {
  const full = exampleLesson();
  const events: EventFromLogic<LessonMachine>[] = [
    { type: 'step.next' },
    { type: 'video.progress', watchedShare: 1 },
    done('practice', { outcome: 'completed', reached: ['open', 'sent'] }),
    done('quiz', { outcome: 'passed', score: 1, questions: {} }),
    done('quiz', { outcome: 'failed', score: 0, questions: {} }),
  ];
  const paths = getShortestPaths(lessonMachine, {
    input: { lesson: toPublicLesson(full), now: 0, seed: 1, locale: 'en', answerKey: answerKeyOf(full) },
    events,
    // Progress numbers make each visit unique; the step and its outcome are what a path is about.
    serializeState: (s) => {
      const p = s.context.steps[s.context.currentStepId ?? ''];
      return JSON.stringify([
        s.value,
        s.context.currentStepId,
        p?.status,
        p?.watchedShare,
        s.context.trail.length > 8,
      ]);
    },
    limit: 5000,
  });

  it('reaches every state kind and every step, including remediation and the end', () => {
    expect(new Set(paths.map((p) => String(p.state.value)))).toEqual(
      new Set(['reading', 'video', 'practice', 'quiz', 'summary', 'finished']),
    );
    expect(new Set(paths.map((p) => p.state.context.currentStepId))).toEqual(
      new Set(['intro', 'watch', 'send', 'check', 'remediation', 'done', null]),
    );
  });

  it('the shortest way to the end passes the quiz', () => {
    const end = paths
      .filter((p) => p.state.value === 'finished')
      .sort((a, b) => a.steps.length - b.steps.length)[0]!;
    expect(end.state.context.steps['check']!.status).toBe('passed');
    expect(end.state.context.steps['send']!.reached).toEqual(['open', 'sent']);
    expect(end.state.context.trail).toEqual(['intro', 'watch', 'send', 'check', 'done']);
  });

  it('a failed quiz leads to remediation, and from there back to the quiz', () => {
    const remediation = paths.find((p) => p.state.context.currentStepId === 'remediation')!;
    expect(remediation.state.context.steps['check']).toMatchObject({ status: 'failed', score: 0 });
    expect(remediation.steps.map((s) => s.event.type)).toContain('xstate.done.actor.quiz');
  });
});
