/**
 * The contract between the lesson player and the practice host. Kept stable: the player is
 * built against it in parallel, so fields are only ever added, as optional.
 */
import type { Checkpoint, LocalizedText, PracticeTool } from '@punte/course-engine';
import type { Locale } from '../i18n/locales';

/** The public view of a practice step (no answer keys exist in one: checkpoints are guidance). */
export interface PracticeStepView {
  id: string;
  tool: PracticeTool;
  title: LocalizedText;
  intro: LocalizedText;
  success?: LocalizedText;
  /** Tool-specific data, validated by the content schema; text localized inside. */
  scenario: Record<string, unknown>;
  checkpoints: readonly Checkpoint[];
}

export type ToolEventData = Record<string, string | number | boolean>;

/** What a tool reports; the player forwards it as `{ type: 'checkpoint.reach', event, data }`. */
export interface ToolEvent {
  event: string;
  data?: ToolEventData;
}

export interface PracticeHostProps {
  step: PracticeStepView;
  locale: Locale;
  /** Checkpoint ids the engine has reached, in order. */
  reached: readonly string[];
  /** The tool state to restore after a reload (whatever `onStateChange` last gave), or undefined. */
  savedState: unknown;
  /** Called for every tool event, in order. */
  onToolEvent: (e: ToolEvent) => void;
  /** Called after every change of the tool's state; the player persists it with the lesson. */
  onStateChange: (state: unknown) => void;
  /**
   * Turns a course media path of the scenario (e.g. `media/gradina.svg`) into a URL; the player
   * passes `(src) => '/media/<course>/' + src`. Without it, images of the scenario are not shown.
   */
  mediaUrl?: (src: string) => string;
  /** Milliseconds without progress before the hint; default 60 000 (tests shorten it). */
  hintAfterMs?: number;
}
