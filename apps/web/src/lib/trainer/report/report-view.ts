import { interpolate, plural, type Locale } from '../../i18n';
import type { TrainerMessages } from '../../i18n/messages/trainer/messages';
import { formatShare, type BarDatum, type StackPart } from '../charts/bar-layout';

/** The parts of the API's GroupReport the charts draw (field names as the schema gives them). */
export interface ReportLessonView {
  lessonId: string;
  title: string;
  completed: number;
  inProgress: number;
  notStarted: number;
  meanScore?: number | null;
  scoredLearners: number;
}

export interface CompletionRowView {
  label: string;
  parts: StackPart[];
  display: string;
}

/** One stacked bar per lesson: completed, in progress, not started, with "2 of 4" in words. */
export function completionRows(lessons: readonly ReportLessonView[], locale: Locale): CompletionRowView[] {
  return lessons.map((lesson) => {
    const total = lesson.completed + lesson.inProgress + lesson.notStarted;
    return {
      label: lesson.title,
      parts: [
        { key: 'completed', value: lesson.completed },
        { key: 'inProgress', value: lesson.inProgress },
        { key: 'notStarted', value: lesson.notStarted },
      ],
      display: `${new Intl.NumberFormat(locale).format(lesson.completed)}/${new Intl.NumberFormat(locale).format(total)}`,
    };
  });
}

/** The lessons with a quiz score, as bars out of 100%. */
export function scoreRows(
  lessons: readonly ReportLessonView[],
  locale: Locale,
  m: TrainerMessages,
): BarDatum[] {
  return lessons.map((lesson) => ({
    label: lesson.title,
    value: lesson.meanScore ?? 0,
    display: lesson.meanScore == null ? m.reports.noScore : formatShare(lesson.meanScore, locale),
  }));
}

/** "2 learners · 3 times" under a most-missed question. */
export function missedLine(
  learnersWrong: number,
  wrongAttempts: number,
  locale: Locale,
  m: TrainerMessages,
): string {
  return `${plural(locale, m.reports.learnersWrong, learnersWrong)} · ${plural(locale, m.reports.times, wrongAttempts)}`;
}

/** The sentence a screen reader hears for one lesson's completion. */
export function completionSentence(lesson: ReportLessonView, m: TrainerMessages): string {
  return interpolate(m.reports.completionSummary, {
    completed: lesson.completed,
    total: lesson.completed + lesson.inProgress + lesson.notStarted,
    lesson: lesson.title,
  });
}
