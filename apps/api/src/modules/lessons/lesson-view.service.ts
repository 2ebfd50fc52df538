import { Injectable } from '@nestjs/common';
import { persistLesson, quizInProgress, type Locale, type QuestionProgress } from '@punte/course-engine';
import { pickText } from '../catalog/catalog.mapper';
import { lessonActorFor } from '../progress/lesson-state';
import { ProgressRepository, type StoredProgress } from '../progress/progress.repository';
import { type Viewer } from '../../common/access';
import { learnerView } from './learner-view';
import { assertLocale, LessonContentService, type LoadedLesson, placeOf } from './lesson-content.service';
import { type LessonView, type SavedLesson } from './models/lesson-view.model';
import { LessonStatus, type QuestionVerdict } from './models/question-verdict.model';
import { playerVerdict } from './verdict';
import { verdictView } from './verdict-view';

/** The lesson for the player: its public view, its place in the course, and the learner's saved state. */
@Injectable()
export class LessonViewService {
  constructor(
    private readonly content: LessonContentService,
    private readonly progress: ProgressRepository,
  ) {}

  async view(
    courseSlug: string,
    lessonId: string,
    locale: string,
    viewer: Viewer | null,
  ): Promise<LessonView> {
    assertLocale(locale);
    const [lesson, stored] = await Promise.all([
      this.content.load(courseSlug, lessonId),
      viewer ? this.progress.find({ learnerId: viewer.userId, courseSlug, lessonId }) : null,
    ]);
    const { course, definition } = lesson;
    const fallback = course.fallbackLocale;
    const place = placeOf(course, lessonId);
    return {
      courseSlug,
      courseTitle: pickText(course.title, locale, fallback) ?? courseSlug,
      lessonId,
      title: pickText(definition.title as Record<string, string>, locale, fallback) ?? lessonId,
      locale,
      fallbackLocale: fallback,
      contentVersion: lesson.contentVersion,
      content: learnerView(lesson.publicLesson, courseSlug, locale, fallback) as unknown as Record<
        string,
        unknown
      >,
      place: place && {
        ...place,
        moduleTitle: pickText(place.moduleTitle, locale, fallback) ?? place.moduleId,
      },
      saved: viewer ? this.saved(lesson, stored, viewer.userId, locale) : null,
    };
  }

  /** Restored against the current content, so the browser resumes exactly where the server stands. */
  private saved(
    lesson: LoadedLesson,
    stored: StoredProgress | null,
    learnerId: string,
    locale: Locale,
  ): SavedLesson {
    if (!stored) {
      return {
        seed: learnerId,
        snapshot: null,
        eventCount: 0,
        status: LessonStatus.not_started,
        verdicts: [],
      };
    }
    const actor = lessonActorFor(lesson, stored, { seed: stored.seed, locale, startedAt: Date.now() });
    const snapshot = persistLesson(actor, stored.events.at(-1)?.id);
    const verdicts = this.verdicts(lesson, actor.getSnapshot(), locale);
    // The end of the lesson, not xstate's `done`: a finished lesson stays active for its sheets' edits.
    const done = actor.getSnapshot().context.currentStepId === null;
    actor.stop();
    return {
      seed: stored.seed,
      snapshot: snapshot as unknown as Record<string, unknown>,
      eventCount: stored.eventCount ?? stored.events.length,
      status: done ? LessonStatus.completed : LessonStatus.in_progress,
      verdicts,
    };
  }

  /** What the learner was already told about each question answered or revealed, for the quiz in progress and the finished ones. */
  private verdicts(
    lesson: LoadedLesson,
    snapshot: ReturnType<ReturnType<typeof lessonActorFor>['getSnapshot']>,
    locale: Locale,
  ): QuestionVerdict[] {
    const progressById = new Map<string, QuestionProgress>();
    for (const step of Object.values(snapshot.context.steps))
      for (const [id, progress] of Object.entries(step.questions)) progressById.set(id, progress);
    for (const [id, progress] of Object.entries(quizInProgress(snapshot)?.questions ?? {}))
      progressById.set(id, progress);
    const out: QuestionVerdict[] = [];
    for (const [questionId, progress] of progressById) {
      if (progress.attempts === 0 && !progress.revealed) continue;
      const verdict = playerVerdict({
        lesson: lesson.publicLesson,
        answerKey: lesson.answerKey,
        questionId,
        progress,
        locale,
      });
      if (verdict) out.push(verdictView(verdict));
    }
    return out;
  }
}
