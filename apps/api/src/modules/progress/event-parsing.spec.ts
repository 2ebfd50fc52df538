import { parseLearnerEvent } from './event-parsing';
import { type LearnerEventInput } from './models/learner-event.input';

const input = (fields: Partial<LearnerEventInput>): LearnerEventInput => ({
  id: 'event-0001',
  at: 1,
  type: 'step.next',
  ...fields,
});

describe('reading a learner event the browser sent', () => {
  it('builds the engine event from the fields its type reads, and never takes a verdict from the browser', () => {
    expect(
      parseLearnerEvent(
        input({
          type: 'answer.submit',
          questionId: 'q1',
          answer: { kind: 'matching', pairs: [{ left: 'a', right: 'x' }] },
        }),
      ),
    ).toEqual({
      ok: true,
      event: { type: 'answer.submit', questionId: 'q1', answer: { kind: 'matching', pairs: [['a', 'x']] } },
    });
    expect(
      parseLearnerEvent(
        input({ type: 'answer.submit', questionId: 'q1', answer: { kind: 'true-false', truth: false } }),
      ),
    ).toEqual({
      ok: true,
      event: { type: 'answer.submit', questionId: 'q1', answer: { kind: 'true-false', value: false } },
    });
  });

  it('names what is missing or wrong', () => {
    const refused = (fields: Partial<LearnerEventInput>) => {
      const parsed = parseLearnerEvent(input(fields));
      return parsed.ok ? 'accepted' : parsed.reason;
    };
    expect(refused({ type: 'answer.submit', questionId: 'q1', answer: { kind: 'number' } })).toContain(
      'number',
    );
    expect(
      refused({ type: 'answer.submit', questionId: 'q1', answer: { kind: 'number', number: Infinity } }),
    ).toContain('number');
    expect(refused({ type: 'video.progress', watchedShare: 1.5 })).toBe(
      'video.progress needs watchedShare from 0 to 1',
    );
    expect(
      refused({ type: 'checkpoint.reach', toolEvent: 'x', toolData: { big: 'y'.repeat(5000) } }),
    ).toContain('4000');
    expect(refused({ type: 'worksheet.save', values: { idea: 3 } })).toContain('field id → text');
    expect(refused({ type: 'step.recorded' })).toBe('unknown event type "step.recorded"');
  });
});
