import {
  isSettled,
  type Answer,
  type GradeResult,
  type LessonDefinition,
  type Locale,
  type LocalizedText,
  type Question,
  type QuestionProgress,
} from '@punte/course-engine';

/** The right answer of a question, in the shape of an answer, so the player can show it with its own controls. */
export function solutionOf(question: Question, locale: Locale, fallback?: Locale): Answer {
  switch (question.kind) {
    case 'single-choice':
      return { kind: question.kind, optionId: question.correct };
    case 'multiple-choice':
      return { kind: question.kind, optionIds: question.correct };
    case 'pick-items':
      return { kind: question.kind, itemIds: question.correct };
    case 'true-false':
      return { kind: question.kind, value: question.correct };
    case 'number':
      return { kind: question.kind, value: question.correct };
    case 'ordering':
      return { kind: question.kind, itemIds: question.correctOrder };
    case 'matching':
      return { kind: question.kind, pairs: question.pairs };
    case 'short-text': {
      const own = question.accepted[locale];
      const text = (own?.length ? own : fallback ? question.accepted[fallback] : undefined)?.[0] ?? '';
      return { kind: question.kind, text };
    }
  }
}

export function findQuestion(lesson: LessonDefinition, questionId: string): Question | undefined {
  for (const step of lesson.steps)
    if (step.kind === 'quiz') {
      const found = step.questions.find((q) => q.id === questionId);
      if (found) return found;
    }
  return undefined;
}

/** What the learner may read about one question once it was answered or revealed: never before. */
export interface Verdict {
  questionId: string;
  /** Absent on a reveal without an answer. */
  correct?: boolean;
  score?: number;
  feedback?: LocalizedText;
  optionFeedback: LocalizedText[];
  attempts: number;
  /** Unlimited: null. */
  attemptsLeft: number | null;
  settled: boolean;
  revealed: boolean;
  /** Once the question is settled (solved, revealed or out of attempts). */
  explanation?: LocalizedText;
  /** Only after the learner asked for it (or the quiz revealed it when attempts ran out). */
  solution?: Answer;
}

export interface VerdictInput {
  lesson: LessonDefinition;
  questionId: string;
  progress: QuestionProgress;
  /** The grade of this answer; absent for a reveal. */
  result?: GradeResult;
  locale: Locale;
}

export function verdictOf({ lesson, questionId, progress, result, locale }: VerdictInput): Verdict | null {
  const question = findQuestion(lesson, questionId);
  if (!question) return null;
  // The public view has everything isSettled reads (maxAttempts); the key fields are not needed.
  const settled = isSettled(question as Parameters<typeof isSettled>[0], progress);
  const verdict: Verdict = {
    questionId,
    optionFeedback: result?.optionFeedback ?? [],
    attempts: progress.attempts,
    attemptsLeft:
      question.maxAttempts === undefined ? null : Math.max(0, question.maxAttempts - progress.attempts),
    settled,
    revealed: progress.revealed,
  };
  if (result) {
    verdict.correct = result.correct;
    verdict.score = result.score;
    if (result.feedback) verdict.feedback = result.feedback;
  }
  if (settled && question.explanation) verdict.explanation = question.explanation;
  if (progress.revealed) verdict.solution = solutionOf(question, locale, lesson.fallbackLocale);
  return verdict;
}
