import { createActor } from 'xstate';
import { worksheetLesson } from '../__fixtures__/worksheet-lesson';
import type { LearnerEvent } from '../progress/learner-events';
import { persistLesson, restoreLesson } from '../progress/lesson-snapshot';
import { worksheetAnswers } from '../progress/read-progress';
import { replay, resumeLesson } from '../progress/replay';
import { sendLearnerEvent } from '../progress/learner-events';
import { summarizeProgress } from '../progress/summarize-progress';
import { documentSections } from '../document';
import { toPublicLesson } from '../public-view';
import type { WorksheetStep } from '../model/step';
import type { LessonEvent } from './events';
import { lessonMachine } from './lesson.machine';
import { worksheetComplete, worksheetValueProblems } from './worksheet.logic';

const lesson = toPublicLesson(worksheetLesson());
const start = () => createActor(lessonMachine, { input: { lesson, now: 0, seed: 1, locale: 'en' } }).start();
const save = (values: Record<string, unknown>, stepId?: string): LessonEvent =>
  ({ type: 'worksheet.save', values, ...(stepId ? { stepId } : {}) }) as LessonEvent;
const filled = { idea: 'A reading club', why: 'People ask for one', audience: 'seniors' };

function atIdea() {
  const actor = start();
  actor.send({ type: 'step.next' });
  expect(actor.getSnapshot().value).toBe('worksheet');
  return actor;
}

describe('a worksheet step', () => {
  it('is complete only when every required field holds more than blanks', () => {
    const actor = atIdea();
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().context.currentStepId).toBe('idea');
    actor.send(save({ idea: 'A reading club', why: '   ', audience: 'seniors' }));
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().context.currentStepId).toBe('idea');
    // The optional date stays empty.
    actor.send(save({ why: 'People ask for one' }));
    actor.send({ type: 'step.next' });
    expect(actor.getSnapshot().context.currentStepId).toBe('risks');
    expect(actor.getSnapshot().context.steps['idea']!.status).toBe('completed');
  });

  it('merges saves into the answers, and a save may clear a field', () => {
    const actor = atIdea();
    actor.send(save({ idea: 'First try' }));
    actor.send(save({ why: 'Because', start: '2026-09-01' }));
    actor.send(save({ idea: 'A reading club', start: '' }));
    expect(worksheetAnswers(actor.getSnapshot(), 'idea')).toEqual({
      idea: 'A reading club',
      why: 'Because',
      start: '',
    });
  });

  it.each<[string, Record<string, unknown>]>([
    ['an unknown field', { colour: 'red' }],
    ['a number', { idea: 42 }],
    ['text past the default 200 characters of a short text', { idea: 'x'.repeat(201) }],
    ['text past its own maxLength', { why: 'y'.repeat(51) }],
    ['an option that does not exist', { audience: 'pets' }],
    ['a date in another format', { start: '01/09/2026' }],
    ['a date that is not in the calendar', { start: '2026-02-30' }],
    ['one bad value beside good ones', { idea: 'Fine', start: 'soon' }],
    ['no values at all', {}],
  ])('refuses a save with %s, and keeps what was there', (_name, values) => {
    const actor = atIdea();
    actor.send(save({ idea: 'Kept' }));
    const before = actor.getSnapshot().context;
    actor.send(save(values));
    expect(actor.getSnapshot().context).toEqual(before);
  });

  it('refuses values that are not an object of texts', () => {
    for (const values of [null, 'text', ['a']]) {
      const actor = atIdea();
      actor.send({ type: 'worksheet.save', values } as unknown as LessonEvent);
      expect(worksheetAnswers(actor.getSnapshot().context, 'idea')).toEqual({});
    }
    expect(worksheetValueProblems({ fields: [] }, null)).toEqual([
      'values must be an object of field id → text',
    ]);
  });

  it('accepts text exactly at the limit', () => {
    const actor = atIdea();
    actor.send(save({ idea: 'x'.repeat(200), why: 'y'.repeat(50), start: '2028-02-29' }));
    expect(Object.keys(worksheetAnswers(actor.getSnapshot(), 'idea'))).toEqual(['idea', 'why', 'start']);
  });

  it('lets a sheet already done be edited by its step id, but not one never entered or not a sheet', () => {
    const actor = atIdea();
    actor.send(save(filled));
    actor.send({ type: 'step.next' });
    actor.send(save({ risk: 'Nobody comes' }));
    actor.send(save({ idea: 'A reading club for grandparents' }, 'idea'));
    expect(worksheetAnswers(actor.getSnapshot(), 'idea').idea).toBe('A reading club for grandparents');
    const before = actor.getSnapshot().context;
    actor.send(save({ body: 'x' }, 'intro'));
    actor.send(save({ risk: 'x' }, 'nowhere'));
    expect(actor.getSnapshot().context).toEqual(before);

    const early = atIdea();
    early.send(save({ risk: 'Too early' }, 'risks'));
    expect(worksheetAnswers(early.getSnapshot(), 'risks')).toEqual({});
  });

  it('outside a worksheet a save without a step id is refused', () => {
    const actor = start();
    const before = actor.getSnapshot().context;
    actor.send(save({ idea: 'x' }));
    expect(actor.getSnapshot().context).toEqual(before);
  });
});

describe('worksheet answers in snapshots and replays', () => {
  const events: LessonEvent[] = [
    { type: 'step.next' },
    save(filled),
    save({ idea: 'x'.repeat(300) }),
    { type: 'step.next' },
    save({ risk: 'Nobody comes' }),
  ];
  const log: LearnerEvent[] = events.map((event, i) => ({ id: `e${i}`, at: 1000 * (i + 1), event }));
  const opts = { seed: 1, startedAt: 0, locale: 'en' as const };

  it('replays to the same answers, skipping the refused save', () => {
    const actor = replay(lesson, log, opts);
    expect(actor.getSnapshot().context.currentStepId).toBe('risks');
    expect(worksheetAnswers(actor.getSnapshot(), 'idea')).toEqual(filled);
    expect(worksheetAnswers(actor.getSnapshot().context, 'risks')).toEqual({ risk: 'Nobody comes' });
  });

  it('keeps the answers through persist and restore, readable from the stored snapshot', () => {
    const actor = replay(lesson, log, opts);
    const stored = JSON.parse(JSON.stringify(persistLesson(actor, 'e4')));
    expect(worksheetAnswers(stored, 'idea')).toEqual(filled);
    const restored = restoreLesson(lesson, stored);
    expect(restored.getSnapshot().context).toEqual(actor.getSnapshot().context);
    restored.send({ type: 'step.next' });
    expect(restored.getSnapshot().value).toBe('summary');
    expect(worksheetAnswers(restored.getSnapshot(), 'risks')).toEqual({ risk: 'Nobody comes' });
  });

  it('gives a copy: changing them does not change the state', () => {
    const actor = replay(lesson, log, opts);
    worksheetAnswers(actor.getSnapshot(), 'idea')['idea'] = 'changed';
    expect(worksheetAnswers(actor.getSnapshot(), 'idea').idea).toBe(filled.idea);
  });
});

describe('a sheet edited once its lesson is finished', () => {
  const finish: LessonEvent[] = [
    { type: 'step.next' },
    save(filled),
    { type: 'step.next' },
    save({ risk: 'Nobody comes' }),
    { type: 'step.next' },
    { type: 'step.next' },
  ];
  const log: LearnerEvent[] = finish.map((event, i) => ({ id: `f${i}`, at: 1000 * (i + 1), event }));
  const edit = (id: string, at: number, values: Record<string, string>, stepId = 'idea'): LearnerEvent => ({
    id,
    at,
    event: save(values, stepId),
  });
  const opts = { seed: 1, startedAt: 0, locale: 'en' as const };
  const finished = () => replay(lesson, log, opts);

  it('takes the edit by step id and stays finished, its steps still completed', () => {
    const actor = finished();
    const before = actor.getSnapshot();
    expect(before).toMatchObject({ value: 'finished', status: 'active', context: { currentStepId: null } });
    expect(sendLearnerEvent(actor, edit('g1', 60_000, { idea: 'A reading club for grandparents' }))).toBe(
      true,
    );
    const after = actor.getSnapshot();
    expect(after).toMatchObject({ value: 'finished', context: { currentStepId: null } });
    expect(worksheetAnswers(after, 'idea')).toEqual({ ...filled, idea: 'A reading club for grandparents' });
    expect(after.context.steps['idea']).toMatchObject({ status: 'completed', lastProgressAt: 60_000 });
    // The trail, visits and time on task are those of the learner's walk through the lesson.
    expect(after.context.trail).toEqual(before.context.trail);
    expect(after.context.steps['idea']!.visits).toBe(1);
    expect(after.context.steps['idea']!.timeMs).toBe(before.context.steps['idea']!.timeMs);
    const summary = summarizeProgress(after.context, { now: 60_000 });
    expect(summary).toMatchObject({ completed: true, completion: 1 });
  });

  it('refuses a save without a step id, bad values, a step never a sheet, and anything that moves on', () => {
    const actor = finished();
    const before = actor.getSnapshot().context;
    expect(sendLearnerEvent(actor, { id: 'g1', at: 60_000, event: save({ idea: 'x' }) })).toBe(false);
    expect(sendLearnerEvent(actor, edit('g2', 60_000, { idea: 'x'.repeat(300) }))).toBe(false);
    expect(sendLearnerEvent(actor, edit('g3', 60_000, { body: 'x' }, 'intro'))).toBe(false);
    expect(sendLearnerEvent(actor, { id: 'g4', at: 60_000, event: { type: 'step.next' } })).toBe(false);
    expect(actor.getSnapshot().context).toBe(before);
    expect(actor.getSnapshot().value).toBe('finished');
  });

  it('keeps the edit through persist and restore, and the restored lesson takes further edits', () => {
    const actor = finished();
    sendLearnerEvent(actor, edit('g1', 60_000, { risk: 'Rain on the opening day' }, 'risks'));
    const stored = JSON.parse(JSON.stringify(persistLesson(actor, 'g1')));
    expect(stored.state.status).toBe('active');
    expect(worksheetAnswers(stored, 'risks')).toEqual({ risk: 'Rain on the opening day' });
    const restored = restoreLesson(lesson, stored);
    expect(restored.getSnapshot().context).toEqual(actor.getSnapshot().context);
    expect(sendLearnerEvent(restored, edit('g2', 70_000, { why: 'They asked twice' }))).toBe(true);
    expect(worksheetAnswers(restored.getSnapshot(), 'idea').why).toBe('They asked twice');
    expect(restored.getSnapshot().value).toBe('finished');
  });

  it('replays and resumes a log with edits after the end to the same state', () => {
    const edits = [
      edit('g1', 60_000, { idea: 'Second thoughts' }),
      edit('g2', 61_000, { risk: 'Rain' }, 'risks'),
      edit('g1', 61_500, { idea: 'a duplicate id counts once' }),
    ];
    const whole = [...log, ...edits];
    const replayed = replay(lesson, whole, opts);
    expect(worksheetAnswers(replayed.getSnapshot(), 'idea').idea).toBe('Second thoughts');
    expect(worksheetAnswers(replayed.getSnapshot(), 'risks')).toEqual({ risk: 'Rain' });
    const atEnd = persistLesson(finished(), 'f5');
    const resumed = resumeLesson(lesson, JSON.parse(JSON.stringify(atEnd)), whole, opts);
    expect(resumed.from).toBe('snapshot');
    expect(resumed.actor.getSnapshot().context).toEqual(replayed.getSnapshot().context);
  });
});

describe('worksheetComplete', () => {
  const step = worksheetLesson().steps[1] as WorksheetStep;
  it('needs the required fields only', () => {
    expect(worksheetComplete(step, undefined)).toBe(false);
    expect(worksheetComplete(step, filled)).toBe(true);
    expect(worksheetComplete(step, { ...filled, audience: ' ' })).toBe(false);
  });
});

describe('documentSections', () => {
  it('lists the worksheets of a document in course order, across lessons', () => {
    const first = worksheetLesson();
    const second = { ...worksheetLesson(), id: 'second' };
    (second.steps[1] as WorksheetStep).document = 'other-plan';
    const sections = documentSections([toPublicLesson(first), second], 'service-plan');
    expect(sections.map((s) => `${s.lessonId}/${s.step.id}`)).toEqual([
      'service-idea/idea',
      'service-idea/risks',
      'second/risks',
    ]);
    expect(documentSections([first], 'nothing')).toEqual([]);
  });
});
