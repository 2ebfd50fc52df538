import type { Answer, GradeResult, LessonEvent } from '@punte/course-engine';
import type {
  AnswerInput,
  LearnerEventInput,
  PlayerVerdictFragment,
  QuestionKind,
} from '$lib/graphql/generated/graphql';

/** The contract's enum names kinds with "_" where the engine uses "-". */
const toWireKind = (kind: Answer['kind']) => kind.replace('-', '_') as QuestionKind;

export function toAnswerInput(answer: Answer): AnswerInput {
  const kind = toWireKind(answer.kind);
  switch (answer.kind) {
    case 'single-choice':
      return { kind, optionId: answer.optionId };
    case 'multiple-choice':
      return { kind, optionIds: answer.optionIds };
    case 'pick-items':
    case 'ordering':
      return { kind, itemIds: answer.itemIds };
    case 'true-false':
      return { kind, truth: answer.value };
    case 'number':
      return { kind, number: answer.value };
    case 'short-text':
      return { kind, text: answer.text };
    case 'matching':
      return { kind, pairs: answer.pairs.map(([left, right]) => ({ left, right })) };
  }
}

/** A stored learner event as the progress mutation takes it (`result` stays in the browser). */
export function toEventInput(id: string, at: number, event: LessonEvent): LearnerEventInput {
  const input: LearnerEventInput = { id, at, type: event.type };
  switch (event.type) {
    case 'video.progress':
      input.watchedShare = event.watchedShare;
      break;
    case 'answer.submit':
      input.questionId = event.questionId;
      input.answer = toAnswerInput(event.answer);
      break;
    case 'hint.request':
    case 'solution.reveal':
      input.questionId = event.questionId;
      break;
    case 'checkpoint.reach':
      if (event.checkpointId !== undefined) input.checkpointId = event.checkpointId;
      if (event.event !== undefined) input.toolEvent = event.event;
      if (event.data !== undefined) input.toolData = event.data;
      break;
    case 'worksheet.save':
      input.values = event.values;
      if (event.stepId !== undefined) input.stepId = event.stepId;
      break;
    case 'step.next':
      break;
  }
  return input;
}

export type Verdict = PlayerVerdictFragment;

/** What the engine in the browser needs from the server's verdict: it never grades by itself. */
export function gradeOf(verdict: Verdict): GradeResult | undefined {
  if (verdict.correct === null || verdict.score === null) return undefined;
  return { correct: verdict.correct, score: verdict.score };
}

/** The solution as an engine answer, to show it with the question's own controls. */
export function solutionAnswer(verdict: Verdict): Answer | undefined {
  const s = verdict.solution;
  if (!s) return undefined;
  switch (s.kind) {
    case 'single_choice':
      return { kind: 'single-choice', optionId: s.optionId ?? '' };
    case 'multiple_choice':
      return { kind: 'multiple-choice', optionIds: s.optionIds ?? [] };
    case 'pick_items':
      return { kind: 'pick-items', itemIds: s.itemIds ?? [] };
    case 'ordering':
      return { kind: 'ordering', itemIds: s.itemIds ?? [] };
    case 'true_false':
      return { kind: 'true-false', value: s.truth ?? false };
    case 'number':
      return { kind: 'number', value: s.number ?? 0 };
    case 'short_text':
      return { kind: 'short-text', text: s.text ?? '' };
    case 'matching':
      return { kind: 'matching', pairs: (s.pairs ?? []).map((p): [string, string] => [p.left, p.right]) };
  }
}
