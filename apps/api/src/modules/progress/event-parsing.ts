import { type Answer, type LessonEvent } from '@punte/course-engine';
import { z } from 'zod';
import { type AnswerInput, type LearnerEventInput } from './models/learner-event.input';

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'ids are letters, digits, - or _');
const ids = z.array(id).max(50);

const ANSWER_SCHEMAS: Record<string, z.ZodType<Answer>> = {
  'single-choice': z
    .object({ optionId: id })
    .transform(({ optionId }) => ({ kind: 'single-choice' as const, optionId })),
  'multiple-choice': z
    .object({ optionIds: ids })
    .transform(({ optionIds }) => ({ kind: 'multiple-choice' as const, optionIds })),
  'pick-items': z
    .object({ itemIds: ids })
    .transform(({ itemIds }) => ({ kind: 'pick-items' as const, itemIds })),
  ordering: z.object({ itemIds: ids }).transform(({ itemIds }) => ({ kind: 'ordering' as const, itemIds })),
  'true-false': z
    .object({ truth: z.boolean() })
    .transform(({ truth }) => ({ kind: 'true-false' as const, value: truth })),
  number: z
    .object({ number: z.number().finite() })
    .transform(({ number }) => ({ kind: 'number' as const, value: number })),
  'short-text': z
    .object({ text: z.string().max(500, 'at most 500 characters') })
    .transform(({ text }) => ({ kind: 'short-text' as const, text })),
  matching: z
    .object({ pairs: z.array(z.object({ left: id, right: id })).max(50) })
    .transform(({ pairs }) => ({
      kind: 'matching' as const,
      pairs: pairs.map((p): [string, string] => [p.left, p.right]),
    })),
};

/** Each answer kind reads its own field; the error names the field that is missing or wrong. */
function toAnswer(input: AnswerInput): Answer | string {
  const schema = ANSWER_SCHEMAS[input.kind];
  if (!schema) return `unknown answer kind "${String(input.kind)}"`;
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  return `a ${input.kind} answer needs ${issue?.path.join('.') || 'its field'}: ${issue?.message ?? 'invalid'}`;
}

export type ParsedEvent = { ok: true; event: LessonEvent } | { ok: false; reason: string };

const questionId = (input: LearnerEventInput): string | undefined =>
  input.questionId !== undefined && id.safeParse(input.questionId).success ? input.questionId : undefined;

/** The engine event a browser reported, or why it is not one; `result` never comes from the browser. */
export function parseLearnerEvent(input: LearnerEventInput): ParsedEvent {
  const refuse = (reason: string): ParsedEvent => ({ ok: false, reason });
  switch (input.type) {
    case 'step.next':
      return { ok: true, event: { type: 'step.next' } };
    case 'video.progress':
      return typeof input.watchedShare === 'number' && input.watchedShare >= 0 && input.watchedShare <= 1
        ? { ok: true, event: { type: 'video.progress', watchedShare: input.watchedShare } }
        : refuse('video.progress needs watchedShare from 0 to 1');
    case 'hint.request':
    case 'solution.reveal': {
      const qid = questionId(input);
      return qid
        ? { ok: true, event: { type: input.type, questionId: qid } }
        : refuse(`${input.type} needs questionId`);
    }
    case 'answer.submit': {
      const qid = questionId(input);
      if (!qid) return refuse('answer.submit needs questionId');
      if (!input.answer) return refuse('answer.submit needs answer');
      const answer = toAnswer(input.answer);
      return typeof answer === 'string'
        ? refuse(answer)
        : { ok: true, event: { type: 'answer.submit', questionId: qid, answer } };
    }
    case 'checkpoint.reach': {
      if (input.checkpointId !== undefined)
        return id.safeParse(input.checkpointId).success
          ? { ok: true, event: { type: 'checkpoint.reach', checkpointId: input.checkpointId } }
          : refuse('checkpointId is not an id');
      if (!input.toolEvent || input.toolEvent.length > 64)
        return refuse('checkpoint.reach needs toolEvent or checkpointId');
      if (input.toolData && JSON.stringify(input.toolData).length > 4000)
        return refuse('toolData is over 4000 characters');
      const event: LessonEvent = { type: 'checkpoint.reach', event: input.toolEvent };
      if (input.toolData) event.data = input.toolData;
      return { ok: true, event };
    }
    case 'worksheet.save': {
      // The engine checks the fields against the step (unknown fields, types, lengths); here only the shape.
      const values = z.record(z.string().max(64), z.string().max(10_000)).safeParse(input.values ?? null);
      if (!values.success) return refuse('worksheet.save needs values: field id → text');
      if (input.stepId !== undefined && input.stepId !== null && !id.safeParse(input.stepId).success)
        return refuse('stepId is not an id');
      const event: LessonEvent = { type: 'worksheet.save', values: values.data };
      if (input.stepId) event.stepId = input.stepId;
      return { ok: true, event };
    }
    default:
      return refuse(`unknown event type "${input.type}"`);
  }
}
