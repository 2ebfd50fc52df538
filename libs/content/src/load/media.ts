import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Locale } from '@punte/course-engine';
import { lineOf, type ContentIssue } from './issue';
import type { SourceFile } from './load-course';

/** Stands for each course language in a download's `src`: one file per language. */
export const LOCALE_PLACEHOLDER = '{locale}';

const MEDIA_KEYS = new Set(['src', 'poster']);

/** Every local file a content file points at (`src`, `poster`, caption files), with its key path. */
export function mediaRefs(
  data: unknown,
  path: (string | number)[] = [],
): { src: string; path: (string | number)[] }[] {
  if (Array.isArray(data)) return data.flatMap((v, i) => mediaRefs(v, [...path, i]));
  if (!data || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([k, v]) => {
    const p = [...path, k];
    if (
      typeof v === 'string' &&
      (MEDIA_KEYS.has(k) || path[path.length - 1] === 'captions') &&
      !/^https?:/.test(v)
    )
      return [{ src: v, path: p }];
    return mediaRefs(v, p);
  });
}

// A one-language download is printed as a page: task-list boxes do not survive that.
const CHECKBOX = /^\s*[-*+] \[[ xX]\]/;

/**
 * Checks that every referenced file exists; a `{locale}` reference must exist once per course
 * language, and each such file (Markdown, one language) must not use `- [ ]` checkboxes.
 * `checked` collects files already inspected, so a memo used by several lessons is reported once.
 */
export function mediaIssues(
  src: SourceFile,
  dir: string,
  languages: readonly Locale[],
  cwd: string,
  checked: Set<string>,
): ContentIssue[] {
  const issues: ContentIssue[] = [];
  for (const ref of mediaRefs(src.data)) {
    const line = lineOf(src.doc, src.lc, ref.path);
    if (!ref.src.includes(LOCALE_PLACEHOLDER)) {
      if (!existsSync(join(dir, ref.src)))
        issues.push({ file: src.file, line, message: `media file ${ref.src} does not exist` });
      continue;
    }
    for (const locale of languages) {
      const name = ref.src.split(LOCALE_PLACEHOLDER).join(locale);
      const path = join(dir, name);
      if (!existsSync(path)) {
        issues.push({
          file: src.file,
          line,
          message: `media file ${name} (the ${locale} version of ${ref.src}) does not exist`,
        });
        continue;
      }
      if (checked.has(path) || !name.endsWith('.md')) continue;
      checked.add(path);
      readFileSync(path, 'utf8')
        .split('\n')
        .forEach((text, i) => {
          if (CHECKBOX.test(text))
            issues.push({
              file: relative(cwd, path) || path,
              line: i + 1,
              message: 'a printable download uses a "- [ ]" checkbox; write a plain list item or ☐',
            });
        });
    }
  }
  return issues;
}
