import { LOCALES, type Locale } from '@punte/course-engine';
import { lineOf, type ContentIssue } from './issue';
import type { LoadedCourse, SourceFile } from './load-course';

export interface Completeness {
  courseId: string;
  total: number;
  /** Per language: how many localized texts are present and non-empty. */
  present: Record<Locale, number>;
  missing: Record<Locale, ContentIssue[]>;
}

/** A localized text is any object whose keys are all locales and at least one of them is a string. */
function isLocalized(v: object): boolean {
  const keys = Object.keys(v);
  return (
    keys.length > 0 &&
    keys.every((k) => (LOCALES as readonly string[]).includes(k)) &&
    Object.values(v).some((x) => typeof x === 'string')
  );
}

export function completeness(course: LoadedCourse): Completeness {
  const present = Object.fromEntries(LOCALES.map((l) => [l, 0])) as Record<Locale, number>;
  const missing = Object.fromEntries(LOCALES.map((l) => [l, [] as ContentIssue[]])) as Record<
    Locale,
    ContentIssue[]
  >;
  let total = 0;
  const walk = (src: SourceFile, v: unknown, path: (string | number)[]) => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(src, x, [...path, i]));
    if (!v || typeof v !== 'object') return;
    if (isLocalized(v)) {
      total++;
      const rec = v as Record<string, unknown>;
      for (const l of LOCALES) {
        if (typeof rec[l] === 'string' && (rec[l] as string).trim()) present[l]++;
        else
          missing[l].push({
            file: src.file,
            line: lineOf(src.doc, src.lc, path),
            message: `missing ${l} translation of ${path.join('.')}`,
          });
      }
      return;
    }
    for (const [k, x] of Object.entries(v)) walk(src, x, [...path, k]);
  };
  for (const src of course.sources) walk(src, src.data, []);
  return { courseId: course.manifest.id, total, present, missing };
}

export function percent(c: Completeness, l: Locale): number {
  return c.total === 0 ? 100 : Math.floor((c.present[l] / c.total) * 1000) / 10;
}

export function formatTable(rows: Completeness[], languagesOf: (id: string) => readonly Locale[]): string {
  const width = Math.max(6, ...rows.map((r) => r.courseId.length));
  return rows
    .map(
      (r) =>
        r.courseId.padEnd(width) +
        '  ' +
        languagesOf(r.courseId)
          .map((l) => `${l} ${String(percent(r, l)).padStart(5)}%`)
          .join('  '),
    )
    .join('\n');
}
