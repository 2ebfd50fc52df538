import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public, SignedIn, type Viewer } from '../../common/access';
import { LocaleEnum, type Locale } from '../../common/contract-enums';
import { UnauthenticatedError } from '../../common/domain-errors';
import { assertLocale } from '../lessons/lesson-content.service';
import { LessonStatus } from '../lessons/models/question-verdict.model';
import { verdictView } from '../lessons/verdict-view';
import { type EventOutcome } from './apply-batch';
import { CourseProgressService } from './course-progress.service';
import { Http, type HttpContext, ipOf } from '../sessions/http-context';
import { GuestClaimService } from './guest-claim.service';
import { GuestRateLimitService } from './guest-rate-limit.service';
import { ClaimGuestProgressInput, RecordProgressInput } from './models/learner-event.input';
import {
  ClaimedLesson,
  CourseProgress,
  type EventResult,
  EventStatus,
  ProgressReport,
  RefusalCode,
} from './models/progress-report.model';
import { ProgressRecorderService, type RecordedBatch } from './progress-recorder.service';

const STATUS: Record<EventOutcome['status'], EventStatus> = {
  accepted: EventStatus.accepted,
  'already-recorded': EventStatus.already_recorded,
  refused: EventStatus.refused,
};

@Resolver()
export class ProgressResolver {
  constructor(
    private readonly recorder: ProgressRecorderService,
    private readonly courses: CourseProgressService,
    private readonly claims: GuestClaimService,
    private readonly guestLimit: GuestRateLimitService,
  ) {}

  @Public(
    'guests take lessons too: their answers are graded here, nothing of theirs is stored, and each address may send only so many guest batches',
  )
  @Mutation(() => ProgressReport, {
    description:
      'Records a batch of learner events (signed in), or grades a guest’s whole log (guestSeed, nothing stored). The same batch twice changes nothing.',
  })
  async recordProgress(
    @Args('input') input: RecordProgressInput,
    @CurrentViewer() viewer: Viewer | null,
    @Http() http: HttpContext,
  ): Promise<ProgressReport> {
    assertLocale(input.locale);
    let batch: RecordedBatch;
    if (viewer) {
      batch = await this.recorder.record(
        viewer.userId,
        input.courseSlug,
        input.lessonId,
        input.locale,
        input.events,
      );
    } else if (input.guestSeed !== undefined && input.guestSeed !== null) {
      await this.guestLimit.admit(ipOf(http));
      batch = await this.recorder.replayGuest(
        input.courseSlug,
        input.lessonId,
        input.locale,
        input.guestSeed,
        input.events,
      );
    } else {
      throw new UnauthenticatedError(
        'sign in to save progress, or send guestSeed to take the lesson as a guest',
      );
    }
    return {
      results: batch.outcomes.map((outcome) => this.result(outcome)),
      lesson: {
        ...batch.lesson,
        status: batch.lesson.status === 'completed' ? LessonStatus.completed : LessonStatus.in_progress,
      },
      stored: batch.stored,
      courseCompletedAt: batch.courseCompletedAt,
    };
  }

  @SignedIn()
  @Query(() => CourseProgress, {
    description: "The signed-in learner's progress in a course, lesson by lesson",
  })
  myCourseProgress(
    @Args('courseSlug') courseSlug: string,
    @Args('locale', { type: () => LocaleEnum }) locale: Locale,
    @CurrentViewer() viewer: Viewer,
  ): Promise<CourseProgress> {
    return this.courses.ofCourse(viewer.userId, courseSlug, locale);
  }

  @SignedIn()
  @Mutation(() => [ClaimedLesson], {
    description: 'Carries what a guest did in this browser to the signed-in account (at sign-in)',
  })
  claimGuestProgress(
    @Args('input') input: ClaimGuestProgressInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<ClaimedLesson[]> {
    assertLocale(input.locale);
    return this.claims.claim(viewer.userId, input.locale, input.lessons);
  }

  private result(outcome: EventOutcome): EventResult {
    return {
      id: outcome.id,
      status: STATUS[outcome.status],
      code: outcome.code ? (outcome.code.replace(/-/g, '_') as RefusalCode) : null,
      reason: outcome.reason ?? null,
      verdict: outcome.verdict ? verdictView(outcome.verdict) : null,
    };
  }
}
