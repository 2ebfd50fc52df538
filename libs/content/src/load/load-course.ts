import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { contentVersionOf, type LessonDefinition } from '@punte/course-engine';
import { courseSchema, lessonSchema, type CourseManifest } from '../schema';
import { validateLesson } from '../validate/validate-lesson';
import { documentIssues, minutesIssues, type LessonSource } from './course-checks';
import { lineOf, type ContentIssue } from './issue';
import { mediaIssues } from './media';
import { scenarioIssues } from './scenario-rules';

export interface SourceFile {
  file: string;
  doc: Document;
  lc: LineCounter;
  data: unknown;
}

export interface LoadedCourse {
  manifest: CourseManifest;
  lessons: LessonDefinition[];
  dir: string;
  sources: SourceFile[];
}

function readYaml(path: string, display: string, issues: ContentIssue[]): SourceFile | null {
  const lc = new LineCounter();
  const doc = parseDocument(readFileSync(path, 'utf8'), { lineCounter: lc, prettyErrors: false });
  for (const e of doc.errors)
    issues.push({ file: display, line: lc.linePos(e.pos[0]).line, message: e.message.split('\n')[0] });
  if (doc.errors.length) return null;
  return { file: display, doc, lc, data: doc.toJS() };
}

function zodIssues(
  src: SourceFile,
  error: { issues: { path: PropertyKey[]; message: string }[] },
  what: string,
): ContentIssue[] {
  return error.issues.map((i) => {
    const path = i.path.filter((k): k is string | number => typeof k !== 'symbol');
    const where = path.length ? `${path.join('.')}: ` : '';
    return { file: src.file, line: lineOf(src.doc, src.lc, path), message: `${what}${where}${i.message}` };
  });
}

/** Loads and checks one course folder; `display` paths are relative to `cwd` so editors can jump to them. */
export function loadCourse(
  dir: string,
  cwd = process.cwd(),
): { course: LoadedCourse | null; issues: ContentIssue[] } {
  const issues: ContentIssue[] = [];
  const rel = (p: string) => relative(cwd, p) || p;
  const manifestPath = join(dir, 'course.yaml');
  if (!existsSync(manifestPath))
    return {
      course: null,
      issues: [{ file: rel(manifestPath), line: 1, message: 'course.yaml is missing' }],
    };
  const msrc = readYaml(manifestPath, rel(manifestPath), issues);
  if (!msrc) return { course: null, issues };
  const parsedManifest = courseSchema.safeParse(msrc.data);
  if (!parsedManifest.success) {
    issues.push(...zodIssues(msrc, parsedManifest.error, ''));
    return { course: null, issues };
  }
  const manifest = parsedManifest.data;
  const folder = dir.split(/[\\/]/).filter(Boolean).pop();
  if (manifest.id !== folder)
    issues.push({
      file: msrc.file,
      line: lineOf(msrc.doc, msrc.lc, ['id']),
      message: `course id "${manifest.id}" must equal the folder name "${folder}"`,
    });

  const lessonsDir = join(dir, 'lessons');
  const files = existsSync(lessonsDir)
    ? readdirSync(lessonsDir)
        .filter((f) => /\.ya?ml$/.test(f))
        .sort()
    : [];
  const listed = new Map<string, (string | number)[]>();
  manifest.modules.forEach((m, mi) =>
    m.lessons.forEach((l, li) => {
      const path = ['modules', mi, 'lessons', li];
      if (listed.has(l))
        issues.push({
          file: msrc.file,
          line: lineOf(msrc.doc, msrc.lc, path),
          message: `lesson ${l} is listed twice`,
        });
      listed.set(l, path);
    }),
  );
  const seenIds = new Map<string, string>();
  const claim = (kind: string, value: string, src: SourceFile, path: (string | number)[]) => {
    const where = `${src.file}:${lineOf(src.doc, src.lc, path)}`;
    const key = `${kind}:${value}`;
    const prev = seenIds.get(key);
    if (prev)
      issues.push({
        file: src.file,
        line: lineOf(src.doc, src.lc, path),
        message: `duplicate ${kind} id "${value}" (first used at ${prev})`,
      });
    else seenIds.set(key, where);
  };
  manifest.modules.forEach((m, mi) => claim('module', m.id, msrc, ['modules', mi, 'id']));

  const sources: SourceFile[] = [msrc];
  const lessons: LessonDefinition[] = [];
  const loaded: LessonSource[] = [];
  const checkedMedia = new Set<string>();
  for (const f of files) {
    const lessonId = f.replace(/\.ya?ml$/, '');
    const src = readYaml(join(lessonsDir, f), rel(join(lessonsDir, f)), issues);
    if (!src) continue;
    sources.push(src);
    if (!listed.has(lessonId))
      issues.push({
        file: src.file,
        line: 1,
        message: `lesson file ${f} is not listed in any module of course.yaml`,
      });
    const parsed = lessonSchema.safeParse(src.data);
    if (!parsed.success) {
      issues.push(...zodIssues(src, parsed.error, ''));
      continue;
    }
    // Short-text answers fall back to the course's fallback language, so the lesson carries it, and
    // the content version covering all of it (the one value the database and snapshots compare).
    const unstamped: LessonDefinition = { ...parsed.data, fallbackLocale: manifest.fallbackLocale };
    const lesson: LessonDefinition = { ...unstamped, contentVersion: contentVersionOf(unstamped) };
    if (lesson.id !== lessonId)
      issues.push({
        file: src.file,
        line: lineOf(src.doc, src.lc, ['id']),
        message: `lesson id "${lesson.id}" must equal the file name "${lessonId}"`,
      });
    claim('lesson', lesson.id, src, ['id']);
    lesson.steps.forEach((s, si) => {
      if (s.kind === 'quiz')
        s.questions.forEach((q, qi) =>
          claim('question', `${lesson.id}/${q.id}`, src, ['steps', si, 'questions', qi, 'id']),
        );
      if (s.kind === 'practice')
        s.checkpoints.forEach((c, ci) =>
          claim('checkpoint', `${s.id}/${c.id}`, src, ['steps', si, 'checkpoints', ci, 'id']),
        );
    });
    for (const e of [...validateLesson(lesson), ...scenarioIssues(lesson)])
      issues.push({ file: src.file, line: lineOf(src.doc, src.lc, e.path), message: e.message });
    issues.push(...mediaIssues(src, dir, manifest.languages, cwd, checkedMedia));
    lessons.push(lesson);
    loaded.push({ lesson, src });
  }
  issues.push(...mediaIssues(msrc, dir, manifest.languages, cwd, checkedMedia));
  const allLoaded =
    loaded.length === files.length && [...listed.keys()].every((l) => loaded.some((x) => x.lesson.id === l));
  issues.push(
    ...documentIssues(manifest, msrc, loaded, allLoaded),
    ...minutesIssues(manifest, msrc, loaded, allLoaded),
  );
  for (const [l, path] of listed)
    if (!files.some((f) => f.replace(/\.ya?ml$/, '') === l))
      issues.push({
        file: msrc.file,
        line: lineOf(msrc.doc, msrc.lc, path),
        message: `lesson ${l} is listed but lessons/${l}.yaml does not exist`,
      });
  for (const src of sources) issues.push(...cedillaIssues(src));
  const byId = new Map(lessons.map((l) => [l.id, l]));
  const ordered = [...listed.keys()].map((l) => byId.get(l)).filter((l): l is LessonDefinition => !!l);
  return { course: { manifest, lessons: ordered, dir, sources }, issues };
}

function cedillaIssues(src: SourceFile): ContentIssue[] {
  const out: ContentIssue[] = [];
  const walk = (v: unknown, path: (string | number)[]) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v && typeof v === 'object')
      for (const [k, x] of Object.entries(v)) {
        if (k === 'ro' && typeof x === 'string' && /[şţŞŢ]/.test(x))
          out.push({
            file: src.file,
            line: lineOf(src.doc, src.lc, [...path, k]),
            message: `Romanian text uses cedilla ş/ţ; write ș/ț (comma below)`,
          });
        else walk(x, [...path, k]);
      }
  };
  walk(src.data, []);
  return out;
}
