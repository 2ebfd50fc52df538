import { Marked } from 'marked';
import type { Locale, PublicLesson } from '@punte/course-engine';
import type { StepHtml } from './step-html';
import { pick } from './text';

/** Course text is Markdown written by librarians; raw HTML in it is shown as text, never run. */
const marked = new Marked({
  gfm: true,
  breaks: false,
  renderer: {
    html({ text }) {
      return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    },
  },
});

export type { StepHtml };

function render(markdown: string): string {
  return marked.parse(markdown, { async: false });
}

/** The Markdown of each step, rendered on the server: the browser downloads no Markdown parser. */
export function renderLessonHtml(
  lesson: PublicLesson,
  locale: Locale,
  fallback: Locale,
): Record<string, StepHtml> {
  const out: Record<string, StepHtml> = {};
  for (const step of lesson.steps) {
    const html: StepHtml = { lang: locale };
    const add = (key: 'body' | 'intro' | 'success' | 'transcript', text: Parameters<typeof pick>[0]) => {
      if (!text) return;
      const picked = pick(text, locale, fallback);
      html[key] = render(picked.text);
      if (picked.lang !== locale) html.lang = picked.lang;
    };
    if (step.kind === 'reading' || step.kind === 'summary') add('body', step.body);
    if (step.kind === 'practice') {
      add('intro', step.intro);
      add('success', step.success);
    }
    if (step.kind === 'video') add('transcript', step.transcript);
    if (step.kind === 'worksheet') {
      add('intro', step.intro);
      html.fields = {};
      for (const field of step.fields) {
        const entry: { guidance?: string; example?: string } = {};
        if (field.guidance) entry.guidance = render(pick(field.guidance, locale, fallback).text);
        if (field.example) entry.example = render(pick(field.example, locale, fallback).text);
        html.fields[field.id] = entry;
      }
    }
    out[step.id] = html;
  }
  return out;
}
