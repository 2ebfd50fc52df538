import { Injectable } from '@nestjs/common';
import { type Locale } from '@punte/course-engine';
import { type Viewer } from '../../common/access';
import { GroupAccessService } from '../groups/group-access.service';
import { type LiveCard } from './live-card';
import { LiveService } from './live.service';
import { type LiveBoardModel, type LiveCardModel, LiveStatus, StuckReason } from './models/live-card.model';

/** The live view as a trainer polls it: access, the group's scope, the board; all from MongoDB. */
@Injectable()
export class GroupLiveService {
  constructor(
    private readonly access: GroupAccessService,
    private readonly live: LiveService,
  ) {}

  async board(viewer: Viewer, groupId: string, locale: Locale): Promise<LiveBoardModel> {
    const { scope } = await this.access.scope(viewer, groupId);
    const now = new Date();
    const cards = await this.live.board(scope, locale, now);
    return { groupId, at: now, cards: cards.map(toModel) };
  }

  async markHelped(viewer: Viewer, groupId: string, learnerId: string): Promise<void> {
    const { scope } = await this.access.scope(viewer, groupId);
    await this.live.markHelped(scope, learnerId, viewer.userId, new Date());
  }
}

const STATUS: Record<LiveCard['status'], LiveStatus> = {
  stuck: LiveStatus.stuck,
  offline: LiveStatus.offline,
  working: LiveStatus.working,
  'not-started': LiveStatus.not_started,
  finished: LiveStatus.finished,
};

function toModel(card: LiveCard): LiveCardModel {
  return {
    ...card,
    status: STATUS[card.status],
    stuckReason:
      card.stuckReason === 'failed-attempts'
        ? StuckReason.failed_attempts
        : card.stuckReason === 'no-progress'
          ? StuckReason.no_progress
          : null,
  };
}
