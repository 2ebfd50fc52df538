import {
  isSettled,
  verdictFor,
  type Answer,
  type Locale,
  type PublicLesson,
  type QuestionProgress,
  type AnswerKey,
} from '@punte/course-engine';

/**
 * What the learner may read about one question once it was answered or revealed: the engine's
 * verdict (feedback, the explanation once solved or revealed, the solution once revealed) in the
 * learner's language, with where the question stands (attempts, settled).
 */
export interface PlayerVerdict {
  questionId: string;
  correct: boolean | null;
  score: number | null;
  feedback?: string;
  optionFeedback: string[];
  attempts: number;
  /** Unlimited: null. */
  attemptsLeft: number | null;
  settled: boolean;
  revealed: boolean;
  explanation?: string;
  solution?: Answer;
}

export interface VerdictInput {
  lesson: PublicLesson;
  answerKey: AnswerKey;
  questionId: string;
  progress: QuestionProgress;
  locale: Locale;
}

function questionOf(lesson: PublicLesson, questionId: string) {
  for (const step of lesson.steps)
    if (step.kind === 'quiz') {
      const found = step.questions.find((q) => q.id === questionId);
      if (found) return found;
    }
  return undefined;
}

export function playerVerdict({
  lesson,
  answerKey,
  questionId,
  progress,
  locale,
}: VerdictInput): PlayerVerdict | null {
  const question = questionOf(lesson, questionId);
  const verdict = verdictFor(answerKey, questionId, progress, {
    locale,
    fallbackLocale: lesson.fallbackLocale,
  });
  if (!question || !verdict) return null;
  const answered = progress.lastResult !== undefined;
  const out: PlayerVerdict = {
    questionId,
    correct: answered ? verdict.correct : null,
    score: answered ? verdict.score : null,
    optionFeedback: verdict.optionFeedback ?? [],
    attempts: progress.attempts,
    attemptsLeft:
      question.maxAttempts === undefined ? null : Math.max(0, question.maxAttempts - progress.attempts),
    settled: isSettled(question, progress),
    revealed: progress.revealed,
  };
  if (verdict.feedback) out.feedback = verdict.feedback;
  if (verdict.explanation) out.explanation = verdict.explanation;
  if (verdict.solution) out.solution = verdict.solution;
  return out;
}
