/**
 * What a course offers to download: the `download` of its summary steps, read from the stored lesson
 * definitions in course order. A `{locale}` Markdown download is a printable (a page and a PDF in the
 * learner's language); any other file is served as it is from the course's media folder.
 */

export type LocalizedLabel = Record<string, string>;

export interface CourseDownload {
  src: string;
  label: LocalizedLabel;
  /** The printable's name (`librarian-memo` for `media/librarian-memo.{locale}.md`), or null. */
  printable: string | null;
}

interface StoredLesson {
  lessonId: string;
  definition: Record<string, unknown>;
}

const PRINTABLE_SRC = /^media\/([a-z0-9-]+)\.\{locale\}\.md$/;

/** The printable's name for a download `src`, or null when the file is served as it is. */
export function printableName(src: string): string | null {
  return PRINTABLE_SRC.exec(src)?.[1] ?? null;
}

/** The Markdown file, relative to the course's media folder, of a printable in one language. */
export function printableFile(name: string, locale: string): string {
  return `${name}.${locale}.md`;
}

/**
 * Where the web app shows a download: the printable's page in that language, else the file itself
 * through the media proxy. The web app's `downloadHref` follows the same rule for lesson steps.
 */
export function downloadHref(courseSlug: string, src: string, locale: string): string {
  const name = printableName(src);
  if (name) return `/courses/${courseSlug}/downloads/${name}?lang=${locale}`;
  return `/media/${courseSlug}/${src.replaceAll('{locale}', locale)}`;
}

/** Each distinct download of the course once, in the order of its modules and lessons. */
export function courseDownloads(
  lessonOrder: readonly string[],
  lessons: readonly StoredLesson[],
): CourseDownload[] {
  const byId = new Map(lessons.map((lesson) => [lesson.lessonId, lesson]));
  const seen = new Map<string, CourseDownload>();
  for (const id of lessonOrder) {
    const steps = byId.get(id)?.definition.steps;
    if (!Array.isArray(steps)) continue;
    for (const step of steps as { kind?: string; download?: { src?: unknown; label?: unknown } }[]) {
      const download = step.kind === 'summary' ? step.download : undefined;
      if (typeof download?.src !== 'string' || seen.has(download.src)) continue;
      seen.set(download.src, {
        src: download.src,
        label: (download.label ?? {}) as LocalizedLabel,
        printable: printableName(download.src),
      });
    }
  }
  return [...seen.values()];
}
