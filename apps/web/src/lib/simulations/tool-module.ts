import type { Component } from 'svelte';
import type { Checkpoint, LocalizedText } from '@punte/course-engine';
import type { Locale } from '../i18n/locales';
import type { ToolEvent } from './contract';

/** Every tool action names the control it comes from, so the host can highlight it in a hint. */
export interface ToolAction {
  type: string;
  /** `data-sim-target` of the control that performs this action. */
  target: string;
}

export interface ToolContext<Scenario> {
  scenario: Scenario;
  locale: Locale;
}

export interface Reduced<S> {
  state: S;
  /** Events the action produced, in order (may be none: most actions are just moving around). */
  events: ToolEvent[];
}

/**
 * A tool's pure logic: state and actions are plain JSON, so the state can be persisted with the
 * lesson and a plan can be replayed (for "show me", for a restore from checkpoints, and in tests).
 */
export interface ToolLogic<Scenario, S, A extends ToolAction> {
  /** Reads the content's scenario; throws with a message naming the problem when it is unusable. */
  parseScenario(raw: Record<string, unknown>): Scenario;
  init(ctx: ToolContext<Scenario>): S;
  /** A persisted state of this tool and version, or undefined when it is not one. */
  restore(saved: unknown, ctx: ToolContext<Scenario>): S | undefined;
  /** What is persisted: secrets a learner types (passwords) are left out. */
  persist(state: S, ctx: ToolContext<Scenario>): unknown;
  reduce(state: S, action: A, ctx: ToolContext<Scenario>): Reduced<S>;
  /**
   * Events that describe the standing state (a filled field, a switched-on camera). After progress
   * the host offers them again, so something done early, out of order, still counts once its turn comes.
   */
  facts(state: S, ctx: ToolContext<Scenario>): ToolEvent[];
  /** Actions from `state` that reach `checkpoint`; undefined when it cannot be reached from here. */
  plan(state: S, checkpoint: Checkpoint, ctx: ToolContext<Scenario>): A[] | undefined;
  /** A gentle, short description of what an event did, for a wrong action ("That opens …"). */
  describe(event: ToolEvent, state: S, ctx: ToolContext<Scenario>): string;
  /** Events that are a mistake whatever the checkpoints say (pressing a scam's link). */
  isMistake?(event: ToolEvent, state: S, ctx: ToolContext<Scenario>): boolean;
  /** `data-sim-focus` of the element to focus after an action, if it should move. */
  focusOf(state: S): string | undefined;
}

export interface ToolViewProps<Scenario, S, A extends ToolAction> {
  state: S;
  scenario: Scenario;
  locale: Locale;
  dispatch: (action: A) => void;
  mediaUrl?: (src: string) => string;
  /** True while "show me" is acting: the view ignores the learner's input meanwhile. */
  busy: boolean;
}

// The host treats every tool alike; the generic parameters only matter inside a tool.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyToolLogic = ToolLogic<any, any, ToolAction>;

export interface ToolModule extends AnyToolLogic {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  View: Component<ToolViewProps<any, any, ToolAction>>;
}

/** The text for `locale`, else the first language that has one. */
export function localized(text: LocalizedText | string | undefined, locale: Locale): string {
  if (text === undefined) return '';
  if (typeof text === 'string') return text;
  return text[locale] ?? text.en ?? Object.values(text).find((t) => t) ?? '';
}
