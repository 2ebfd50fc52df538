import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ContentIssue } from './issue';
import { loadCourse, type LoadedCourse } from './load-course';

/** Every folder under <contentRoot>/courses (or contentRoot itself if it has no courses/ folder) with a course.yaml. */
export function loadAllCourses(
  contentRoot: string,
  cwd = process.cwd(),
): { courses: LoadedCourse[]; issues: ContentIssue[] } {
  const base = existsSync(join(contentRoot, 'courses')) ? join(contentRoot, 'courses') : contentRoot;
  const dirs = existsSync(join(base, 'course.yaml'))
    ? [base]
    : readdirSync(base)
        .sort()
        .map((d) => join(base, d))
        .filter((d) => statSync(d).isDirectory());
  const courses: LoadedCourse[] = [];
  const issues: ContentIssue[] = [];
  for (const d of dirs) {
    const r = loadCourse(d, cwd);
    if (r.course) courses.push(r.course);
    issues.push(...r.issues);
  }
  return { courses, issues };
}
