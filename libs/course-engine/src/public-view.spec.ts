import { exampleLesson } from './__fixtures__/example-lesson';
import { gradeWithKey } from './grading/grade-answer';
import type { Question } from './model/question';
import type { QuizStep } from './model/step';
import { answerKeyOf, toPublicLesson } from './public-view';

describe('the public lesson view', () => {
  it('carries no answer key anywhere', () => {
    const lesson = exampleLesson();
    const quiz = lesson.steps[3] as QuizStep;
    quiz.questions.push(
      {
        id: 'q3',
        kind: 'ordering',
        prompt: {},
        items: [{ id: 'x', text: {}, feedback: { en: 'secret' } }],
        correctOrder: ['x'],
      },
      {
        id: 'q4',
        kind: 'matching',
        prompt: {},
        left: [{ id: 'l', text: {} }],
        right: [{ id: 'r', text: {} }],
        pairs: [['l', 'r']],
      },
    );
    const json = JSON.stringify(toPublicLesson(lesson));
    for (const secret of [
      '"correct"',
      '"accepted"',
      '"correctOrder"',
      '"pairs"',
      'No @ here',
      'secret',
      '"feedback"',
      '"explanation"',
      'An address has an @',
    ])
      expect(json).not.toContain(secret);
    expect(json).toContain('ana@exemplu.md');
    expect(json).toContain('"hint"');
  });

  it('keeps steps, order and option ids', () => {
    const pub = toPublicLesson(exampleLesson());
    expect(pub.steps.map((s) => s.id)).toEqual(['intro', 'watch', 'send', 'check', 'remediation', 'done']);
    const q1 = (pub.steps[3] as { questions: { options?: { id: string }[] }[] }).questions[0]!;
    expect(q1.options?.map((o) => o.id)).toEqual(['a', 'b', 'c']);
  });

  it('the answer key grades like the full question', () => {
    const lesson = exampleLesson();
    const key = answerKeyOf(lesson);
    expect(Object.keys(key)).toEqual(['q1', 'q2']);
    const q1 = (lesson.steps[3] as QuizStep).questions[0] as Question;
    expect(
      gradeWithKey(key['q1']!, { kind: 'single-choice', optionId: 'b' }, { locale: 'en' }).feedback,
    ).toEqual((q1 as { options: { feedback?: unknown }[] }).options[1]!.feedback);
  });
});
