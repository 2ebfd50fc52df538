import { Injectable } from '@nestjs/common';
import { type Locale } from '@punte/course-engine';
import { BadUserInputError } from '../../common/domain-errors';
import { type GroupScope } from '../reports/group-scope';
import { PresenceService } from '../presence/presence.service';
import { presenceNow } from '../presence/presence-rule';
import { ProgressViewRepository } from '../reports/progress-view.repository';
import { ReportContentService } from '../reports/report-content.service';
import { HelpMarksRepository } from './help-marks.repository';
import { learnerNowOf } from './learner-now';
import { type LiveCard, liveBoard } from './live-card';

/**
 * The live view: each poll reads MongoDB only (progress, lessons, help marks, presence), so any API instance
 * answers the same and a restart loses nothing.
 */
@Injectable()
export class LiveService {
  constructor(
    private readonly progress: ProgressViewRepository,
    private readonly content: ReportContentService,
    private readonly help: HelpMarksRepository,
    private readonly presence: PresenceService,
  ) {}

  async board(scope: GroupScope, locale: Locale, now: Date): Promise<LiveCard[]> {
    const ids = scope.members.map((m) => m.learnerId);
    const [latest, helped, seen] = await Promise.all([
      this.progress.latestPerLearner(ids, scope.courseSlugs),
      this.help.helpedAt(scope.groupId),
      this.presence.of(ids),
    ]);
    const lessons = await this.content.outlines(latest);
    const byLearner = new Map(latest.map((row) => [row.learnerId, row]));
    return liveBoard(
      scope.members.map((member) => {
        const row = byLearner.get(member.learnerId) ?? null;
        const lesson = row ? (lessons.get(`${row.courseSlug}/${row.lessonId}`) ?? null) : null;
        const presence = presenceNow(seen.get(member.learnerId) ?? null, row?.lastActivityAt ?? null, now);
        return learnerNowOf(member, row, lesson, {
          locale,
          now,
          helpedAt: helped.get(member.learnerId) ?? null,
          stuckAfterMs: scope.stuckAfterMs,
          presence,
        });
      }),
      { now },
    );
  }

  /** "Helped": the stuck flag clears until the learner gets stuck again. Only members can be marked. */
  async markHelped(scope: GroupScope, learnerId: string, trainerId: string, now: Date): Promise<void> {
    if (!scope.members.some((m) => m.learnerId === learnerId)) {
      throw new BadUserInputError('learnerId: this learner is not a member of the group');
    }
    await this.help.markHelped(scope.groupId, learnerId, trainerId, now);
  }
}
