import { type Locale } from '@punte/course-engine';
import { type AttendanceTotals } from '../attendance/derive-attendance';
import { answerKey, describeAnswer } from './describe-answer';
import { localized } from './localized';
import { type LearnerLessonProgress, type ReportLearner, type ReportLesson } from './report-input';

export type LessonStatus = 'not-started' | 'in-progress' | 'completed';

export interface LessonCompletion {
  lessonId: string;
  title: string;
  completed: number;
  inProgress: number;
  notStarted: number;
  /** Completed learners out of the group's learners, 0..1. */
  completionShare: number;
  /** Mean quiz score of the learners who have one, 0..1; null when nobody does. */
  meanScore: number | null;
  scoredLearners: number;
  /** Mean time on task of the learners who started the lesson. */
  meanTimeMs: number;
}

export interface LearnerTotals {
  learnerId: string;
  name: string;
  lessonsCompleted: number;
  lessonsStarted: number;
  meanScore: number | null;
  timeMs: number;
  lastSeenAt: Date | null;
  attendance: { present: number; held: number } | null;
  stuck: boolean;
}

export interface WrongAnswer {
  text: string;
  count: number;
}

export interface MissedQuestion {
  lessonId: string;
  questionId: string;
  prompt: string;
  /** Wrong answers given, by everyone, all attempts. */
  wrongAttempts: number;
  /** Learners who answered wrong at least once. */
  learnersWrong: number;
  /** The most frequent wrong answers, commonest first. */
  commonWrongAnswers: WrongAnswer[];
}

export interface GroupReport {
  lessons: LessonCompletion[];
  learners: LearnerTotals[];
  mostMissed: MissedQuestion[];
}

export interface GroupReportOptions {
  locale: Locale;
  attendance?: readonly AttendanceTotals[];
  missedQuestions?: number;
  wrongAnswersPerQuestion?: number;
}

export function lessonStatus(progress: LearnerLessonProgress | undefined): LessonStatus {
  if (!progress) return 'not-started';
  return progress.summary.completed ? 'completed' : 'in-progress';
}

const mean = (values: number[]): number | null =>
  values.length ? values.reduce((sum, v) => sum + v, 0) / values.length : null;

/** Completion, scores, time on task, most-missed questions and attendance of one group. */
export function groupReport(
  lessons: readonly ReportLesson[],
  learners: readonly ReportLearner[],
  progress: readonly LearnerLessonProgress[],
  options: GroupReportOptions,
): GroupReport {
  const members = new Set(learners.map((l) => l.learnerId));
  const mine = progress.filter((p) => members.has(p.learnerId));
  return {
    lessons: lessons.map((lesson) => lessonCompletion(lesson, learners.length, mine)),
    learners: learners.map((learner) => learnerTotals(learner, mine, options.attendance)),
    mostMissed: mostMissedQuestions(lessons, mine, options),
  };
}

function lessonCompletion(
  lesson: ReportLesson,
  groupSize: number,
  progress: readonly LearnerLessonProgress[],
): LessonCompletion {
  const rows = progress.filter((p) => p.lessonId === lesson.lessonId);
  const completed = rows.filter((p) => p.summary.completed).length;
  const scores = rows.flatMap((p) => (p.summary.score === undefined ? [] : [p.summary.score]));
  return {
    lessonId: lesson.lessonId,
    title: lesson.title,
    completed,
    inProgress: rows.length - completed,
    notStarted: groupSize - rows.length,
    completionShare: groupSize ? completed / groupSize : 0,
    meanScore: mean(scores),
    scoredLearners: scores.length,
    meanTimeMs: mean(rows.map((p) => p.summary.timeMs)) ?? 0,
  };
}

function learnerTotals(
  learner: ReportLearner,
  progress: readonly LearnerLessonProgress[],
  attendance: readonly AttendanceTotals[] | undefined,
): LearnerTotals {
  const rows = progress.filter((p) => p.learnerId === learner.learnerId);
  const scores = rows.flatMap((p) => (p.summary.score === undefined ? [] : [p.summary.score]));
  const lastSeen = rows.reduce<Date | null>(
    (latest, p) => (!latest || p.lastSeenAt > latest ? p.lastSeenAt : latest),
    null,
  );
  const present = attendance?.find((a) => a.learnerId === learner.learnerId);
  return {
    learnerId: learner.learnerId,
    name: learner.name,
    lessonsCompleted: rows.filter((p) => p.summary.completed).length,
    lessonsStarted: rows.length,
    meanScore: mean(scores),
    timeMs: rows.reduce((sum, p) => sum + p.summary.timeMs, 0),
    lastSeenAt: lastSeen,
    attendance: present ? { present: present.present, held: present.held } : null,
    stuck: rows.some((p) => p.summary.stuck && !p.summary.completed),
  };
}

function mostMissedQuestions(
  lessons: readonly ReportLesson[],
  progress: readonly LearnerLessonProgress[],
  options: GroupReportOptions,
): MissedQuestion[] {
  const lessonOf = new Map(lessons.map((l) => [l.lessonId, l]));
  const tallies = new Map<
    string,
    { lesson: ReportLesson; questionId: string; learners: Set<string>; wrong: Map<string, WrongAnswer> }
  >();
  for (const row of progress) {
    const lesson = lessonOf.get(row.lessonId);
    if (!lesson) continue;
    for (const record of row.answers) {
      const question = lesson.questions[record.questionId];
      if (record.correct || !question) continue;
      const id = `${lesson.lessonId}/${record.questionId}`;
      const tally = tallies.get(id) ?? {
        lesson,
        questionId: record.questionId,
        learners: new Set(),
        wrong: new Map(),
      };
      tally.learners.add(row.learnerId);
      const key = answerKey(record.answer, options.locale);
      const seen = tally.wrong.get(key) ?? {
        text: describeAnswer(record.answer, question, options.locale, lesson.fallbackLocale),
        count: 0,
      };
      seen.count += 1;
      tally.wrong.set(key, seen);
      tallies.set(id, tally);
    }
  }
  const missed = [...tallies.values()].map((tally): MissedQuestion => {
    const wrong = [...tally.wrong.values()].sort((a, b) => b.count - a.count || a.text.localeCompare(b.text));
    return {
      lessonId: tally.lesson.lessonId,
      questionId: tally.questionId,
      prompt: localized(
        tally.lesson.questions[tally.questionId].prompt,
        options.locale,
        tally.lesson.fallbackLocale,
      ),
      wrongAttempts: wrong.reduce((sum, w) => sum + w.count, 0),
      learnersWrong: tally.learners.size,
      commonWrongAnswers: wrong.slice(0, options.wrongAnswersPerQuestion ?? 3),
    };
  });
  // Most learners affected first: one learner trying ten times is less telling than five learners once.
  missed.sort(
    (a, b) =>
      b.learnersWrong - a.learnersWrong ||
      b.wrongAttempts - a.wrongAttempts ||
      a.questionId.localeCompare(b.questionId),
  );
  return missed.slice(0, options.missedQuestions ?? 10);
}
