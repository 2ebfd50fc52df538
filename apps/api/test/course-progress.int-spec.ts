import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentImportService } from '../src/modules/catalog/content-import.service';
import { answer, CLAIM, COURSE_PROGRESS, ev, LESSON, RECORD } from './player/operations';
import { PlayerApi } from './player/player-harness';
import { rightAnswers, toTheQuiz } from './player/journey';

type Recorded = {
  recordProgress: {
    results: { status: string; verdict: { attempts: number; correct: boolean } | null }[];
    lesson: { status: string; currentStepId: string | null };
    courseCompletedAt: string | null;
  };
};
type Progress = {
  myCourseProgress: {
    completedLessons: number;
    continueLessonId: string | null;
    completedAt: string | null;
    lessons: {
      lessonId: string;
      status: string;
      stepNumber: number;
      stepCount: number;
      quizzes: { stepId: string; title: string; score: number; passed: boolean }[];
    }[];
  };
};

describe('course progress, completion, content updates and guest claims', () => {
  const api = new PlayerApi();
  beforeAll(() => api.start());
  afterAll(() => api.dispose());

  const record = (lessonId: string, events: unknown[], learner: string) =>
    api.graphql<Recorded>(
      RECORD,
      { input: { courseSlug: 'player-sampler', lessonId, locale: 'en', events } },
      learner,
    );
  const courseProgress = (learner?: string) =>
    api.graphql<Progress>(COURSE_PROGRESS, { courseSlug: 'player-sampler', locale: 'en' }, learner);
  const finishTour = (learner: string) =>
    record('tour', [...toTheQuiz(), ...rightAnswers(), ev('step.next'), ev('step.next')], learner);

  it('lists every lesson as not started, then in progress at its step, and says where to continue', async () => {
    const empty = await courseProgress('newcomer');
    expect(empty.errors).toBeUndefined();
    expect(empty.data!.myCourseProgress).toMatchObject({
      completedLessons: 0,
      continueLessonId: 'tour',
      completedAt: null,
      lessons: [
        { lessonId: 'tour', status: 'not_started', stepCount: 6 },
        { lessonId: 'second', status: 'not_started', stepCount: 2 },
      ],
    });
    await record('second', [ev('step.next')], 'newcomer');
    const started = await courseProgress('newcomer');
    expect(started.data!.myCourseProgress.continueLessonId).toBe('second');
    expect(started.data!.myCourseProgress.lessons[1]).toMatchObject({ status: 'in_progress', stepNumber: 2 });
  });

  it('records the course as completed once, with its date, when every lesson is done and every quiz passed', async () => {
    const tour = await finishTour('finisher');
    expect(tour.data!.recordProgress.lesson.status).toBe('completed');
    expect(tour.data!.recordProgress.courseCompletedAt).toBeNull();
    const second = await record(
      'second',
      [ev('step.next'), answer('tell-password', { kind: 'true_false', truth: false }), ev('step.next')],
      'finisher',
    );
    const completedAt = second.data!.recordProgress.courseCompletedAt;
    expect(completedAt).not.toBeNull();
    const listed = await courseProgress('finisher');
    expect(listed.data!.myCourseProgress).toMatchObject({ completedLessons: 2, completedAt });
    expect(listed.data!.myCourseProgress.lessons[0].quizzes).toEqual([
      { stepId: 'check', title: 'Check', score: 1, passed: true },
    ]);
    // A later batch on a finished lesson changes nothing and the date stays the first one.
    const later = await record('second', [ev('step.next')], 'finisher');
    expect(later.data!.recordProgress.results[0].status).toBe('refused');
    expect((await courseProgress('finisher')).data!.myCourseProgress.completedAt).toBe(completedAt);
  });

  it('does not complete the course while a quiz is failed', async () => {
    await finishTour('failer');
    const second = await record(
      'second',
      [ev('step.next'), answer('tell-password', { kind: 'true_false', truth: true }), ev('step.next')],
      'failer',
    );
    expect(second.data!.recordProgress.lesson.status).toBe('completed');
    expect(second.data!.recordProgress.courseCompletedAt).toBeNull();
    const listed = await courseProgress('failer');
    expect(listed.data!.myCourseProgress.completedAt).toBeNull();
    expect(listed.data!.myCourseProgress.lessons[1].quizzes).toEqual([
      { stepId: 'check', title: 'Check', score: 0, passed: false },
    ]);
  });

  it('shows one learner nothing of another learner’s progress', async () => {
    const other = await courseProgress('someone-else');
    expect(other.data!.myCourseProgress.lessons.every((lesson) => lesson.status === 'not_started')).toBe(
      true,
    );
  });

  it('carries a guest’s progress to the account, unless the account is further on', async () => {
    const guestLog = [...toTheQuiz(), answer('q-single', { kind: 'single_choice', optionId: 'web' })];
    const claim = (events: unknown[], learner: string) =>
      api.graphql<{ claimGuestProgress: { lessonId: string; outcome: string; refusedEvents: number }[] }>(
        CLAIM,
        {
          input: {
            locale: 'en',
            lessons: [
              { courseSlug: 'player-sampler', lessonId: 'tour', guestSeed: 'guest-abcdefgh', events },
            ],
          },
        },
        learner,
      );
    const first = await claim(guestLog, 'claimer');
    expect(first.errors).toBeUndefined();
    expect(first.data!.claimGuestProgress).toEqual([
      { courseSlug: 'player-sampler', lessonId: 'tour', outcome: 'claimed', refusedEvents: 0 },
    ]);
    const view = await api.graphql<{
      lesson: { saved: { seed: string; eventCount: number; verdicts: { attempts: number }[] } };
    }>(LESSON, { courseSlug: 'player-sampler', lessonId: 'tour', locale: 'en' }, 'claimer');
    // The guest's shuffled order goes with their progress.
    expect(view.data!.lesson.saved).toMatchObject({
      seed: 'guest-abcdefgh',
      eventCount: 7,
      verdicts: [{ attempts: 1 }],
    });
    const behind = await claim(toTheQuiz().slice(0, 2), 'claimer');
    expect(behind.data!.claimGuestProgress[0].outcome).toBe('kept_account');
    const nothing = await claim(
      [ev('step.next'), ev('step.next')].slice(1).map((e) => ({ ...e, type: 'nope' })),
      'claimer',
    );
    expect(nothing.data!.claimGuestProgress[0]).toMatchObject({
      outcome: 'nothing_to_claim',
      refusedEvents: 1,
    });
  });

  it('keeps a learner’s progress on the steps that remain when the lesson is updated', async () => {
    await record(
      'tour',
      [...toTheQuiz(), answer('q-single', { kind: 'single_choice', optionId: 'web' })],
      'updater',
    );
    const file = join(api.contentDir, 'player-sampler', 'lessons', 'tour.yaml');
    const yaml = readFileSync(file, 'utf8');
    // Remove the multiple-choice question and reword the first one.
    const start = yaml.indexOf('      - id: q-multi');
    const end = yaml.indexOf('      - id: q-truth');
    writeFileSync(
      file,
      (yaml.slice(0, start) + yaml.slice(end)).replace(
        'en: Which one is an e-mail address?',
        'en: Which of these is an e-mail address?',
      ),
    );
    const report = await api.app!.get(ContentImportService).importAll(api.contentDir);
    expect(report.lessonsChanged).toBe(1);

    const view = await api.graphql<{
      lesson: {
        content: { steps: { id: string; questions?: { id: string; prompt: { en: string } }[] }[] };
        saved: {
          snapshot: { state: { context: { currentStepId: string } } };
          verdicts: { questionId: string; attempts: number }[];
        };
      };
    }>(LESSON, { courseSlug: 'player-sampler', lessonId: 'tour', locale: 'en' }, 'updater');
    expect(view.errors).toBeUndefined();
    const quiz = view.data!.lesson.content.steps.find((step) => step.id === 'check')!;
    expect(quiz.questions!.map((q) => q.id)).not.toContain('q-multi');
    expect(quiz.questions![0].prompt.en).toBe('Which of these is an e-mail address?');
    expect(view.data!.lesson.saved.snapshot.state.context.currentStepId).toBe('check');
    expect(view.data!.lesson.saved.verdicts).toEqual([
      expect.objectContaining({ questionId: 'q-single', attempts: 1 }),
    ]);

    const rest = rightAnswers().filter((event) => event.questionId !== 'q-multi');
    const finished = await record('tour', [...rest, ev('step.next'), ev('step.next')], 'updater');
    expect(finished.data!.recordProgress.results[0].verdict).toMatchObject({ correct: true, attempts: 2 });
    expect(finished.data!.recordProgress.lesson.status).toBe('completed');
  });

  describe('access', () => {
    it('answers UNAUTHENTICATED to a guest asking for course progress', async () => {
      const reply = await courseProgress();
      expect(reply.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(reply.data).toBeNull();
    });

    it('answers UNAUTHENTICATED to a guest claiming guest progress', async () => {
      const reply = await api.graphql(CLAIM, { input: { locale: 'en', lessons: [] } });
      expect(reply.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    });

    it('gives a guest the lesson without any saved state, and NOT_FOUND for a lesson that does not exist', async () => {
      const guest = await api.graphql<{ lesson: { saved: unknown } }>(LESSON, {
        courseSlug: 'player-sampler',
        lessonId: 'tour',
        locale: 'ro',
      });
      expect(guest.data!.lesson.saved).toBeNull();
      const missing = await api.graphql(LESSON, {
        courseSlug: 'player-sampler',
        lessonId: 'nope',
        locale: 'ro',
      });
      expect(missing.errors?.[0]).toMatchObject({
        message: 'course "player-sampler" has no lesson "nope"',
        extensions: { code: 'NOT_FOUND' },
      });
    });
  });
});
