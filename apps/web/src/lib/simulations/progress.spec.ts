import { join } from 'node:path';
import { loadCourse } from '@punte/content';
import type { PracticeStep } from '@punte/course-engine';
import { emailLogic } from './email/logic';
import type { EmailState } from './email/state';
import { currentCheckpoint, planNext, rebuild } from './progress';
import type { AnyToolLogic } from './tool-module';

const { course } = loadCourse(join(__dirname, '../../../../../content/courses/online-communication'));
const step = course!.lessons.flatMap((l) => l.steps).find((s) => s.id === 'reply-to-elena') as PracticeStep;
const logic = emailLogic as AnyToolLogic;
const ctx = { scenario: logic.parseScenario(step.scenario), locale: 'uk' as const };

describe('progress across devices', () => {
  it('rebuilds the tool from the checkpoints reached when no saved state came along', () => {
    const state = rebuild(logic, ctx, step.checkpoints, [
      'open-inbox',
      'open-elena',
      'press-reply',
    ]) as EmailState;
    expect(state.view).toEqual({ kind: 'compose' });
    expect(state.draft).toMatchObject({
      mode: 'reply',
      source: 'from-elena',
      to: 'elena.popescu@example.org',
      subject: 'Re: Як ти, мамо?',
    });
    expect(state.mails.find((m) => m.id === 'from-elena')?.read).toBe(true);
  });

  it('plans from the rebuilt state to the next checkpoint, whose first control is what the hint frames', () => {
    const reached = ['open-inbox', 'open-elena', 'press-reply'];
    const state = rebuild(logic, ctx, step.checkpoints, reached);
    expect(currentCheckpoint(step.checkpoints, reached)?.id).toBe('write-text');
    expect(planNext(logic, ctx, step.checkpoints, reached, state)?.map((a) => a.target)).toEqual([
      'draft-body',
      'draft-body',
    ]);
  });
});
