export * from './schema';
export { validateLesson, type LessonIssue } from './validate/validate-lesson';
export type { ContentIssue } from './load/issue';
export { formatIssue } from './load/issue';
export { loadCourse, type LoadedCourse } from './load/load-course';
export { loadAllCourses } from './load/load-all';
export { completeness, formatTable, percent, type Completeness } from './load/completeness';
