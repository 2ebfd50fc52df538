import { createActor, type EventFromLogic } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import { exampleLesson } from '../__fixtures__/example-lesson';
import type { PracticeStep } from '../model/step';
import type { PracticeStateEvent } from './practice.logic';
import { practiceContextOf, practiceMachine } from './practice.machine';

const step = exampleLesson().steps.find((s) => s.id === 'send') as PracticeStep;
const open = { type: 'checkpoint.reach', event: 'compose.opened' } as const;
const subject = { type: 'checkpoint.reach', event: 'subject.entered' } as const;
const sent = { type: 'checkpoint.reach', event: 'message.sent', data: { to: 'ana@exemplu.md' } } as const;

describe('the practice machine', () => {
  it('reaches checkpoints in order, completes when every required one is reached, ends on step.next', () => {
    const practice = createActor(practiceMachine, { input: { step } }).start();
    practice.send(sent);
    practice.send({ type: 'step.next' });
    expect(practice.getSnapshot().value).toBe('working');
    practice.send(open);
    practice.send(sent);
    expect(practice.getSnapshot().value).toBe('complete');
    expect(practice.getSnapshot().context.reached).toEqual(['open', 'sent']);
    practice.send({ type: 'step.next', at: 42 });
    expect(practice.getSnapshot().output).toEqual({
      outcome: 'completed',
      reached: ['open', 'sent'],
      at: 42,
    });
  });

  it("keeps the tool's latest state, which reaches no checkpoint", () => {
    const practice = createActor(practiceMachine, { input: { step } }).start();
    const save = (state: unknown) =>
      practice.send({
        type: 'checkpoint.reach',
        event: 'practice.state' satisfies PracticeStateEvent,
        data: { state },
      });
    save('{"draft":"Drag"}');
    const first = practice.getSnapshot();
    expect(first.context.toolState).toBe('{"draft":"Drag"}');
    expect(first.context.reached).toEqual([]);
    practice.send(open);
    save('{"draft":"Dragă Ana"}');
    expect(practice.getSnapshot().context).toMatchObject({
      reached: ['open'],
      toolState: '{"draft":"Dragă Ana"}',
    });
  });

  it('stays complete when a tool state arrives late or the last checkpoint is reported again', () => {
    const practice = createActor(practiceMachine, { input: { step } }).start();
    practice.send(open);
    practice.send(sent);
    practice.send({
      type: 'checkpoint.reach',
      event: 'practice.state' satisfies PracticeStateEvent,
      data: { state: '{"folder":"sent"}' },
    });
    practice.send(sent);
    practice.send(open);
    expect(practice.getSnapshot().value).toBe('complete');
    expect(practice.getSnapshot().context).toMatchObject({
      reached: ['open', 'sent'],
      toolState: '{"folder":"sent"}',
    });
  });

  it('keeps reached checkpoints that still exist when rebuilt for a restore', () => {
    expect(practiceContextOf(step, ['open', 'removed']).reached).toEqual(['open']);
  });
});

describe('paths through the practice machine', () => {
  const events: EventFromLogic<typeof practiceMachine>[] = [open, subject, sent, { type: 'step.next' }];
  const paths = getShortestPaths(practiceMachine, {
    input: { step },
    events,
    serializeState: (s) => JSON.stringify([s.value, s.context.reached]),
  });

  it('reaches working, complete and done; the optional checkpoint may be skipped', () => {
    expect(new Set(paths.map((p) => p.state.value))).toEqual(new Set(['working', 'complete', 'done']));
    const out = paths
      .filter((p) => p.state.status === 'done')
      .sort((a, b) => a.steps.length - b.steps.length)[0]!;
    expect(out.state.output?.reached).toEqual(['open', 'sent']);
  });
});
