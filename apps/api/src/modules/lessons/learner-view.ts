import { LOCALES, type Locale, type PublicLesson, type PublicStep } from '@punte/course-engine';

const LOCALE_SET: ReadonlySet<string> = new Set(LOCALES);

/** Author text in several languages: `{ ro: '…', en: '…' }` and nothing else. */
function isLocalizedText(value: object): value is Record<string, string> {
  const entries = Object.entries(value);
  return entries.length > 0 && entries.every(([k, v]) => LOCALE_SET.has(k) && typeof v === 'string');
}

/**
 * Keeps the learner's language and the course's fallback of every localized text: the player
 * shows one of them and marks the fallback with its own `lang`, so the other three never travel.
 */
export function keepLanguages<T>(value: T, locale: Locale, fallback: Locale): T {
  if (Array.isArray(value)) return value.map((item) => keepLanguages(item, locale, fallback)) as T;
  if (value === null || typeof value !== 'object') return value;
  if (isLocalizedText(value)) {
    const kept: Record<string, string> = {};
    for (const code of [locale, fallback]) if (value[code]) kept[code] = value[code];
    return kept as T;
  }
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = keepLanguages(inner, locale, fallback);
  return out as T;
}

export function mediaUrl(courseSlug: string, path: string, locale: Locale): string {
  return `/media/${courseSlug}/${path.replace('{locale}', locale)}`;
}

/** Media paths of a step as URLs the web app serves (it proxies /media to the API). */
function withMediaUrls(step: PublicStep, courseSlug: string, locale: Locale): PublicStep {
  const url = (path: string) => mediaUrl(courseSlug, path, locale);
  switch (step.kind) {
    case 'video': {
      const captions: Partial<Record<Locale, string>> = {};
      for (const [code, path] of Object.entries(step.captions) as [Locale, string][])
        if (path) captions[code] = url(path);
      return { ...step, src: url(step.src), poster: step.poster && url(step.poster), captions };
    }
    case 'reading':
      return { ...step, images: step.images?.map((image) => ({ ...image, src: url(image.src) })) };
    case 'summary':
      return step.download ? { ...step, download: { ...step.download, src: url(step.download.src) } } : step;
    case 'practice':
    case 'quiz':
    case 'worksheet':
      return step;
  }
}

/** The lesson as the learner's browser receives it (the engine's public view): two languages at most, media as URLs. */
export function learnerView(
  lesson: PublicLesson,
  courseSlug: string,
  locale: Locale,
  fallback: Locale,
): PublicLesson {
  const captions = new Map(
    lesson.steps.map((step) => [step.id, step.kind === 'video' ? step.captions : undefined]),
  );
  const trimmed = keepLanguages(lesson, locale, fallback);
  return {
    ...trimmed,
    // Captions look like localized text but every language's file stays on offer to the video player.
    steps: trimmed.steps.map((step) =>
      withMediaUrls(
        step.kind === 'video' ? { ...step, captions: captions.get(step.id) ?? {} } : step,
        courseSlug,
        locale,
      ),
    ),
  };
}
