import { Module } from '@nestjs/common';
import { LessonsModule } from '../lessons/lessons.module';
import { CourseCompletionService } from './course-completion.service';
import { CourseProgressService } from './course-progress.service';
import { GuestClaimService } from './guest-claim.service';
import { GuestRateLimitService } from './guest-rate-limit.service';
import { ProgressRecorderService } from './progress-recorder.service';
import { ProgressResolver } from './progress.resolver';
import { ProgressStoreModule } from './progress-store.module';

/** Learner progress: the event log and snapshot per lesson, course progress and completion, guest claims. */
@Module({
  imports: [LessonsModule, ProgressStoreModule],
  providers: [
    ProgressRecorderService,
    CourseCompletionService,
    CourseProgressService,
    GuestClaimService,
    GuestRateLimitService,
    ProgressResolver,
  ],
})
export class ProgressModule {}
