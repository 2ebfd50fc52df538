import type { Locale } from '@punte/course-engine';

/** A step's Markdown, rendered to HTML on the server, and the language it is in. */
export interface StepHtml {
  body?: string;
  intro?: string;
  success?: string;
  transcript?: string;
  /** Worksheet fields: guidance and example, by field id. */
  fields?: Record<string, { guidance?: string; example?: string }>;
  lang: Locale;
}
