import type { LessonDefinition, PracticeStep, Question, QuizStep } from '@punte/course-engine';
import { exampleLesson } from '../__fixtures__/example-lesson';
import { worksheetLesson } from '../__fixtures__/worksheet-lesson';
import { validateLesson } from './validate-lesson';

const quizOf = (l: LessonDefinition) => l.steps[3] as QuizStep;

describe('validating a lesson definition', () => {
  it('accepts the example lesson', () => {
    expect(validateLesson(exampleLesson())).toEqual([]);
  });

  it('rejects an unknown step kind with its path', () => {
    const l = exampleLesson();
    (l.steps[1] as unknown as { kind: string }).kind = 'podcast';
    expect(validateLesson(l)).toEqual([
      {
        lessonId: 'what-is-email',
        stepId: 'watch',
        path: ['steps', 1, 'kind'],
        message: expect.stringContaining('step "watch": unknown step kind "podcast"'),
      },
    ]);
  });

  it('rejects routes and next to missing steps, and impossible outcomes', () => {
    const l = exampleLesson();
    l.steps[0]!.next = 'nowhere';
    quizOf(l).routes = [
      { on: 'failed', to: 'gone' },
      { on: 'completed', to: 'done' },
    ];
    const issues = validateLesson(l);
    expect(issues.map((i) => i.path)).toEqual([
      ['steps', 0, 'next'],
      ['steps', 3, 'routes', 0, 'to'],
      ['steps', 3, 'routes', 1, 'on'],
    ]);
    expect(issues[1]!.message).toBe(
      'lesson "what-is-email", step "check": route on "failed" goes to missing step "gone"',
    );
  });

  it('rejects a cycle with no exit', () => {
    const l = exampleLesson();
    quizOf(l).routes = [
      { on: 'failed', to: 'remediation' },
      { on: 'passed', to: 'remediation' },
    ];
    const issues = validateLesson(l);
    expect(issues.map((i) => [i.stepId, i.path])).toEqual([
      ['check', ['steps', 3]],
      ['remediation', ['steps', 4]],
    ]);
    expect(issues[0]!.message).toContain('cycle with no exit');
  });

  it('accepts a remediation loop with an exit', () => {
    const l = exampleLesson();
    quizOf(l).routes = [
      { on: 'failed', to: 'remediation' },
      { on: 'passed', to: 'done' },
    ];
    expect(validateLesson(l)).toEqual([]);
  });

  it('rejects duplicate ids of steps, questions and options', () => {
    const l = exampleLesson();
    l.steps[1]!.id = 'intro';
    const quiz = quizOf(l);
    quiz.questions[1]!.id = 'q1';
    (quiz.questions[0] as { options: { id: string }[] }).options[2]!.id = 'a';
    const paths = validateLesson(l).map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        ['steps', 1, 'id'],
        ['steps', 3, 'questions', 1, 'id'],
        ['steps', 3, 'questions', 0, 'options', 2, 'id'],
      ]),
    );
  });

  it.each<[string, (q: Question[]) => void, (string | number)[]]>([
    [
      'a single-choice without correct',
      (qs) => delete (qs[0] as { correct?: string }).correct,
      ['steps', 3, 'questions', 0, 'correct'],
    ],
    [
      'a correct id that is not an option',
      (qs) => ((qs[0] as { correct: string }).correct = 'z'),
      ['steps', 3, 'questions', 0, 'correct'],
    ],
    [
      'a short text with no accepted answers',
      (qs) => ((qs[1] as { accepted: object }).accepted = { ro: [] }),
      ['steps', 3, 'questions', 1, 'accepted'],
    ],
    [
      'multiple choice naming a missing option',
      (qs) =>
        (qs[0] = {
          id: 'q1',
          kind: 'multiple-choice',
          prompt: {},
          options: [{ id: 'a', text: {} }],
          correct: ['a', 'x'],
        }),
      ['steps', 3, 'questions', 0, 'correct', 1],
    ],
    [
      'pick-items without correct',
      (qs) =>
        (qs[0] = { id: 'q1', kind: 'pick-items', prompt: {}, items: [{ id: 'a', text: {} }], correct: [] }),
      ['steps', 3, 'questions', 0, 'correct'],
    ],
    [
      'true-false without correct',
      (qs) => (qs[0] = { id: 'q1', kind: 'true-false', prompt: {} } as unknown as Question),
      ['steps', 3, 'questions', 0, 'correct'],
    ],
    [
      'number without correct',
      (qs) => (qs[0] = { id: 'q1', kind: 'number', prompt: {}, correct: Number.NaN }),
      ['steps', 3, 'questions', 0, 'correct'],
    ],
    [
      'ordering missing an item',
      (qs) =>
        (qs[0] = {
          id: 'q1',
          kind: 'ordering',
          prompt: {},
          items: [
            { id: 'a', text: {} },
            { id: 'b', text: {} },
          ],
          correctOrder: ['a'],
        }),
      ['steps', 3, 'questions', 0, 'correctOrder'],
    ],
    [
      'ordering without order',
      (qs) => (qs[0] = { id: 'q1', kind: 'ordering', prompt: {}, items: [], correctOrder: [] }),
      ['steps', 3, 'questions', 0, 'correctOrder'],
    ],
    [
      'matching with a pair to nothing',
      (qs) =>
        (qs[0] = {
          id: 'q1',
          kind: 'matching',
          prompt: {},
          left: [{ id: 'l', text: {} }],
          right: [{ id: 'r', text: {} }],
          pairs: [['l', 'x']],
        }),
      ['steps', 3, 'questions', 0, 'pairs', 0],
    ],
    [
      'matching without pairs',
      (qs) => (qs[0] = { id: 'q1', kind: 'matching', prompt: {}, left: [], right: [], pairs: [] }),
      ['steps', 3, 'questions', 0, 'pairs'],
    ],
    [
      'an unknown question kind',
      (qs) => ((qs[0] as unknown as { kind: string }).kind = 'essay'),
      ['steps', 3, 'questions', 0, 'kind'],
    ],
  ])('rejects %s', (_name, mutate, path) => {
    const l = exampleLesson();
    mutate(quizOf(l).questions);
    const issues = validateLesson(l);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ stepId: 'check', questionId: path[3] === 1 ? 'q2' : 'q1', path });
  });

  it('rejects a quiz without questions', () => {
    const l = exampleLesson();
    quizOf(l).questions = [];
    expect(validateLesson(l).map((i) => i.path)).toEqual([['steps', 3, 'questions']]);
  });

  it('rejects a checkpoint event the tool never reports, and an unknown tool', () => {
    const l = exampleLesson();
    (l.steps[2] as PracticeStep).checkpoints[0]!.event = 'call.started';
    expect(validateLesson(l)).toEqual([
      expect.objectContaining({
        stepId: 'send',
        path: ['steps', 2, 'checkpoints', 0, 'event'],
        message: expect.stringContaining('"call.started"'),
      }),
    ]);
    (l.steps[2] as unknown as { tool: string }).tool = 'fax';
    expect(validateLesson(l).map((i) => i.path)).toEqual([['steps', 2, 'tool']]);
  });

  it('rejects a lesson without steps and steps without ids', () => {
    expect(validateLesson({ ...exampleLesson(), steps: [] })[0]!.path).toEqual(['steps']);
    const l = exampleLesson();
    (l.steps[0] as { id: string }).id = '';
    expect(validateLesson(l).map((i) => i.path)).toContainEqual(['steps', 0, 'id']);
  });
});

describe('validating worksheet steps', () => {
  const withFields = (fields: unknown) => {
    const def = worksheetLesson();
    (def.steps[1] as { fields: unknown }).fields = fields;
    return validateLesson(def).map((i) => i.message);
  };

  it('accepts the fixture', () => {
    expect(validateLesson(worksheetLesson())).toEqual([]);
  });
  it('rejects a worksheet without fields', () => {
    expect(withFields([])).toEqual([
      'lesson "service-idea", step "idea": a worksheet needs at least one field',
    ]);
    expect(withFields(undefined)).toHaveLength(1);
  });
  it('rejects duplicate field ids, unknown types, bad choices and misplaced limits', () => {
    const label = { en: 'x' };
    const messages = withFields([
      { id: 'a', type: 'short-text', label },
      { id: 'a', type: 'long-text', label },
      { id: 'b', type: 'colour', label },
      { id: 'c', type: 'choice', label, options: [{ id: 'o', label }] },
      { id: 'd', type: 'date', label, maxLength: 10 },
      { id: 'e', type: 'short-text', label, maxLength: 0 },
      { id: 'f', type: 'long-text', label, options: [] },
      {
        id: 'g',
        type: 'choice',
        label,
        options: [
          { id: 'o', label },
          { id: 'o', label },
        ],
      },
    ]);
    expect(messages.map((m) => m.replace('lesson "service-idea", step "idea": ', ''))).toEqual([
      'duplicate field id "a"',
      'field "b" has unknown type "colour"',
      'choice field "c" needs at least two options',
      'field "d": maxLength is for text fields, a whole number from 1',
      'field "e": maxLength is for text fields, a whole number from 1',
      'field "f" is not a choice and takes no options',
      'duplicate option id "o"',
    ]);
  });
});
