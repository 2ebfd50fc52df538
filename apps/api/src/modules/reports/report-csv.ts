import { type Locale } from '@punte/course-engine';
import { stringify } from 'csv-stringify/sync';
import { DateTime } from 'luxon';
import { CSV_COLUMNS, CSV_DELIMITER, CSV_WORDS } from './csv-columns';
import { lessonStatus } from './group-report';
import { type LearnerLessonProgress, type ReportLearner, type ReportLesson } from './report-input';

export interface ReportCsvOptions {
  locale: Locale;
  /** The group's zone: "last activity" is written as the library's local time. */
  timeZone: string;
}

/** Makes Excel read the file as UTF-8, so Cyrillic and ș ț show as letters. */
const BYTE_ORDER_MARK = '\uFEFF';

const percent = (share: number | undefined) => (share === undefined ? '' : String(Math.round(share * 100)));

/** One row per learner and lesson, every lesson of the group's courses, column names in the trainer's language. */
export function reportCsv(
  lessons: readonly ReportLesson[],
  learners: readonly ReportLearner[],
  progress: readonly LearnerLessonProgress[],
  options: ReportCsvOptions,
): string {
  const words = CSV_WORDS[options.locale];
  const byKey = new Map(progress.map((p) => [`${p.learnerId}|${p.lessonId}`, p]));
  const rows = learners.flatMap((learner) =>
    lessons.map((lesson) => {
      const row = byKey.get(`${learner.learnerId}|${lesson.lessonId}`);
      return [
        learner.name,
        lesson.courseTitle,
        lesson.title,
        words.status[lessonStatus(row)],
        percent(row?.summary.completion ?? 0),
        percent(row?.summary.score),
        String(row?.summary.attempts ?? 0),
        String(row?.summary.hintsUsed ?? 0),
        String(Math.round((row?.summary.timeMs ?? 0) / 60_000)),
        row
          ? DateTime.fromJSDate(row.lastSeenAt, { zone: options.timeZone }).toFormat('yyyy-MM-dd HH:mm')
          : '',
      ];
    }),
  );
  const header = CSV_COLUMNS.map((column) => words.columns[column]);
  return (
    BYTE_ORDER_MARK +
    stringify([header, ...rows], { delimiter: CSV_DELIMITER[options.locale], record_delimiter: 'windows' })
  );
}
