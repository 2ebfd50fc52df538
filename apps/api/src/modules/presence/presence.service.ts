import { Injectable } from '@nestjs/common';
import { BadUserInputError } from '../../common/domain-errors';
import { type PresenceInput } from './models/presence.model';
import { PresenceRepository, type StoredPresence } from './presence.repository';

const MAX_PENDING = 100_000;
/** At most one report per learner in this long (a heartbeat comes every ~25 s). */
export const MIN_REPORT_INTERVAL_MS = 5_000;
const KEEP_MS = 24 * 3600_000;

/** Learners' browsers report their unsent events; the live view reads the reports. */
@Injectable()
export class PresenceService {
  constructor(private readonly presence: PresenceRepository) {}

  /** True when stored; false when refused for coming too soon after the previous one. */
  report(learnerId: string, input: PresenceInput, now: Date): Promise<boolean> {
    const { pendingEvents, lessonOpen, lastOnlineAt } = input;
    if (!Number.isInteger(pendingEvents) || pendingEvents < 0 || pendingEvents > MAX_PENDING)
      throw new BadUserInputError(`pendingEvents: must be a whole number from 0 to ${MAX_PENDING}`);
    if (lastOnlineAt && Number.isNaN(new Date(lastOnlineAt).getTime()))
      throw new BadUserInputError('lastOnlineAt: must be a date and time');
    // A browser's clock may be wrong: never later than now, and nothing before the epoch.
    const online = lastOnlineAt
      ? new Date(Math.max(0, Math.min(lastOnlineAt.getTime(), now.getTime())))
      : null;
    return this.presence.report(
      learnerId,
      {
        pendingEvents,
        lessonOpen,
        lastOnlineAt: online,
        contactAt: now,
        expiresAt: new Date(now.getTime() + KEEP_MS),
      },
      new Date(now.getTime() - MIN_REPORT_INTERVAL_MS),
    );
  }

  of(learnerIds: readonly string[]): Promise<Map<string, StoredPresence>> {
    return this.presence.of(learnerIds);
  }
}
