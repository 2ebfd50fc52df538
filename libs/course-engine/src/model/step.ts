import type { LocalizedText, Locale } from './locale';
import type { Question } from './question';
import type { Checkpoint, PracticeTool } from './practice';

/** How a step ended; routes pick the next step from it. */
export type StepOutcome = 'completed' | 'passed' | 'failed';

/** Go to `to` when the step ends with `on`. Without a matching route, `next` (or the following step) is taken. */
export interface StepRoute {
  on: StepOutcome;
  to: string;
}

interface StepBase {
  /** Stable across edits: learners' progress is keyed by it. */
  id: string;
  title: LocalizedText;
  /** The step after this one; default: the next step in the list (none after the last: the lesson ends). */
  next?: string;
  routes?: StepRoute[];
}

export interface MediaImage {
  /** Path relative to the course folder, e.g. media/inbox.png */
  src: string;
  alt: LocalizedText;
}

export interface VideoStep extends StepBase {
  kind: 'video';
  src: string;
  poster?: string;
  durationSeconds: number;
  /** WebVTT file per language, relative to the course folder. */
  captions: Partial<Record<Locale, string>>;
  transcript?: LocalizedText;
  /** Share of the video (0..1) that must be watched. Default 0.9. */
  requiredWatchShare?: number;
}

export interface ReadingStep extends StepBase {
  kind: 'reading';
  /** Markdown. */
  body: LocalizedText;
  images?: MediaImage[];
}

export interface PracticeStep extends StepBase {
  kind: 'practice';
  tool: PracticeTool;
  /** What the learner is asked to do, shown before the simulation starts. */
  intro: LocalizedText;
  /** Tool-specific data (inbox messages, contacts, the form), text localized inside; validated by the content schema. */
  scenario: Record<string, unknown>;
  /** Reached in order; the step completes when every non-optional one is reached. */
  checkpoints: Checkpoint[];
  /** Shown after the last checkpoint. */
  success?: LocalizedText;
}

export interface QuizStep extends StepBase {
  kind: 'quiz';
  questions: Question[];
  /** Share of points (0..1) needed to pass. Default 0.8. */
  masteryThreshold?: number;
  shuffleQuestions?: boolean;
}

export interface SummaryStep extends StepBase {
  kind: 'summary';
  /** Markdown. */
  body: LocalizedText;
  /**
   * A downloadable file (e.g. a printable memo), relative to the course folder. `{locale}` in `src`
   * stands for the learner's language: one file per course language, each in that language only.
   */
  download?: { src: string; label: LocalizedText };
}

export const WORKSHEET_FIELD_TYPES = ['short-text', 'long-text', 'choice', 'date'] as const;
export type WorksheetFieldType = (typeof WORKSHEET_FIELD_TYPES)[number];

/** Default `maxLength` per text field type. */
export const WORKSHEET_MAX_LENGTH = { 'short-text': 200, 'long-text': 5000 } as const;

export interface WorksheetOption {
  id: string;
  label: LocalizedText;
}

export interface WorksheetField {
  /** Unique within the step; the learner's answers are keyed by it. */
  id: string;
  type: WorksheetFieldType;
  label: LocalizedText;
  /** How to fill it (Markdown, short). */
  guidance?: LocalizedText;
  /** An example answer. */
  example?: LocalizedText;
  /** Default true: the step is complete when every required field is non-blank. */
  required?: boolean;
  /** Text fields only; default WORKSHEET_MAX_LENGTH[type]. */
  maxLength?: number;
  /** `choice` only: at least two, ids unique. */
  options?: WorksheetOption[];
}

/** A few labelled fields the learner fills in; a course document assembles the sheets that name it. */
export interface WorksheetStep extends StepBase {
  kind: 'worksheet';
  /** Markdown: what this sheet is for. */
  intro?: LocalizedText;
  /** Id of a course document (course.yaml `documents`) this sheet contributes to. */
  document?: string;
  fields: WorksheetField[];
}

export type Step = VideoStep | ReadingStep | PracticeStep | QuizStep | SummaryStep | WorksheetStep;
export type StepKind = Step['kind'];
export const STEP_KINDS: readonly StepKind[] = [
  'video',
  'reading',
  'practice',
  'quiz',
  'summary',
  'worksheet',
];

export interface LessonDefinition {
  /** Stable, unique within the course; also the file name (lessons/<id>.yaml). */
  id: string;
  title: LocalizedText;
  summary?: LocalizedText;
  estimatedMinutes: number;
  steps: Step[];
  /**
   * Stamped by the content loader with `contentVersionOf` (not written in lesson files): changes
   * with any edit; snapshots record it. Absent: `contentVersionOf` computes it from the lesson.
   */
  contentVersion?: string;
  /**
   * The course's `fallbackLocale` (course.yaml), copied onto the lesson by the content loader:
   * a short-text question without accepted answers in the learner's language is graded against
   * this language's answers. Absent: no fallback.
   */
  fallbackLocale?: Locale;
}
