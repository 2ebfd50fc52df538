import { keyOfQuestion, type QuestionKey } from './grading/answer-key';
import type { ChoiceOption } from './model/question';
import type { Question } from './model/question';
import type { LessonDefinition, QuizStep, Step } from './model/step';
import { contentVersionOf } from './progress/content-version';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An option as the browser sees it: no feedback that would reveal the answer. */
export type PublicOption = Omit<ChoiceOption, 'feedback'>;

type KeyFields =
  | 'correct'
  | 'accepted'
  | 'correctOrder'
  | 'pairs'
  | 'feedback'
  | 'explanation'
  | 'options'
  | 'items'
  | 'left'
  | 'right';

/**
 * A question without its answer key, feedback or explanation (which often states the answer): those
 * travel only with a verdict (`verdictFor`), after the learner answered or asked for the solution.
 */
export type PublicQuestion = DistributiveOmit<Question, KeyFields> & {
  options?: PublicOption[];
  items?: PublicOption[];
  left?: PublicOption[];
  right?: PublicOption[];
};

export type PublicQuizStep = Omit<QuizStep, 'questions'> & { questions: PublicQuestion[] };
export type PublicStep = Exclude<Step, QuizStep> | PublicQuizStep;
export type PublicLesson = Omit<LessonDefinition, 'steps'> & { steps: PublicStep[] };

/** Private to the server: question id → what grading needs. */
export type AnswerKey = Record<string, QuestionKey>;

const stripOptions = (options: ChoiceOption[]): PublicOption[] =>
  options.map(({ feedback: _hidden, ...rest }) => rest);

function toPublicQuestion(q: Question): PublicQuestion {
  const {
    correct: _c,
    accepted: _a,
    correctOrder: _o,
    pairs: _p,
    feedback: _f,
    explanation: _e,
    ...rest
  } = q as Question & Record<KeyFields, unknown>;
  const out = rest as Record<string, unknown>;
  for (const list of ['options', 'items', 'left', 'right'] as const) {
    const value = (q as unknown as Record<string, ChoiceOption[] | undefined>)[list];
    if (value) out[list] = stripOptions(value);
  }
  return out as PublicQuestion;
}

/**
 * What the browser may see: the lesson with every answer key removed. It carries the full lesson's
 * content version, so the browser's snapshots and the server agree on it.
 */
export function toPublicLesson(lesson: LessonDefinition): PublicLesson {
  return {
    ...lesson,
    contentVersion: contentVersionOf(lesson),
    steps: lesson.steps.map((step) =>
      step.kind === 'quiz' ? { ...step, questions: step.questions.map(toPublicQuestion) } : step,
    ),
  };
}

/** The server-only part of a lesson that the graders work from. */
export function answerKeyOf(lesson: LessonDefinition): AnswerKey {
  const key: AnswerKey = {};
  for (const step of lesson.steps)
    if (step.kind === 'quiz') for (const q of step.questions) key[q.id] = keyOfQuestion(q);
  return key;
}
