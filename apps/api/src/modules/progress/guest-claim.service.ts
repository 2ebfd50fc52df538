import { Injectable } from '@nestjs/common';
import { type Locale } from '@punte/course-engine';
import { BadUserInputError } from '../../common/domain-errors';
import { LessonContentService } from '../lessons/lesson-content.service';
import { applyBatch, MAX_LOG_LENGTH } from './apply-batch';
import { CourseCompletionService } from './course-completion.service';
import { progressStateOf } from './lesson-state';
import { type GuestLessonInput } from './models/learner-event.input';
import { ClaimOutcome, type ClaimedLesson } from './models/progress-report.model';
import { type ProgressState, ProgressRepository, type StoredProgress } from './progress.repository';

const MAX_CLAIMED_LESSONS = 100;
const MAX_ATTEMPTS = 8;

/** Further along: completed beats in progress, then the later step, then more work done. */
export function isFurther(guest: ProgressState, guestEvents: number, account: StoredProgress): boolean {
  const rank = (status: string) => (status === 'completed' ? 1 : 0);
  if (rank(guest.status) !== rank(account.status)) return rank(guest.status) > rank(account.status);
  if (guest.stepNumber !== account.stepNumber) return guest.stepNumber > account.stepNumber;
  return guestEvents > (account.eventCount ?? account.events.length);
}

/**
 * Carries what a guest did in this browser to their account at sign-in: each lesson's log is
 * replayed and graded on the server; it becomes the account's progress unless the account is further on.
 */
@Injectable()
export class GuestClaimService {
  constructor(
    private readonly content: LessonContentService,
    private readonly repository: ProgressRepository,
    private readonly completion: CourseCompletionService,
  ) {}

  async claim(
    learnerId: string,
    locale: Locale,
    lessons: readonly GuestLessonInput[],
  ): Promise<ClaimedLesson[]> {
    if (lessons.length > MAX_CLAIMED_LESSONS)
      throw new BadUserInputError(
        `claim at most ${MAX_CLAIMED_LESSONS} lessons at once (got ${lessons.length})`,
      );
    const out: ClaimedLesson[] = [];
    const completedCourses = new Set<string>();
    for (const guest of lessons) {
      const claimed = await this.claimLesson(learnerId, locale, guest);
      out.push(claimed);
      if (claimed.outcome === ClaimOutcome.claimed) completedCourses.add(guest.courseSlug);
    }
    for (const courseSlug of completedCourses) await this.completion.checkCourse(learnerId, courseSlug);
    return out;
  }

  private async claimLesson(
    learnerId: string,
    locale: Locale,
    guest: GuestLessonInput,
  ): Promise<ClaimedLesson> {
    if (guest.events.length > MAX_LOG_LENGTH)
      throw new BadUserInputError(`a lesson's log has at most ${MAX_LOG_LENGTH} events`);
    if (!/^[A-Za-z0-9_-]{8,64}$/.test(guest.guestSeed))
      throw new BadUserInputError('guestSeed must be 8 to 64 letters, digits, - or _');
    const { courseSlug, lessonId } = guest;
    const lesson = await this.content.lesson(courseSlug, lessonId);
    const now = new Date();
    const batch = applyBatch(lesson, null, guest.events, { locale, seed: guest.guestSeed, now });
    const refusedEvents = batch.outcomes.filter((o) => o.status === 'refused').length;
    const result = (outcome: ClaimOutcome): ClaimedLesson => ({
      courseSlug,
      lessonId,
      outcome,
      refusedEvents,
    });
    if (batch.logged.length === 0) return result(ClaimOutcome.nothing_to_claim);
    const state = progressStateOf(lesson, batch.actor, batch.logged.at(-1)?.id, null, now);
    const key = { learnerId, courseSlug, lessonId };
    for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
      const account = await this.repository.find(key);
      if (account && !isFurther(state, batch.logged.length, account))
        return result(ClaimOutcome.kept_account);
      const written = account
        ? await this.repository.replace(key, account.revision, batch.logged, state)
        : await this.repository.insert(key, batch.logged, [], state);
      if (written) return result(ClaimOutcome.claimed);
    }
    return result(ClaimOutcome.kept_account);
  }
}
