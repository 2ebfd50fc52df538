import { Inject, Injectable } from '@nestjs/common';
import { RateLimitedError } from '../../common/domain-errors';
import { APP_CONFIG } from '../../config/config.token';
import { type AppConfig } from '../../config/env';
import { type ThrottlePolicy } from '../security/throttle-policy';
import { ThrottleService } from '../security/throttle.service';

const WINDOW_SECONDS = 10 * 60;
/** Past the limit, one batch a minute still gets through until the window ends. */
const LOCK_SECONDS = 60;

/** The policy for guests' progress batches from one address: `limit` batches per 10 minutes. */
export function guestProgressPolicy(limit: number): ThrottlePolicy {
  return {
    name: 'guest-progress',
    windowSeconds: WINDOW_SECONDS,
    lockSecondsAfter: (batches) => (batches > limit ? LOCK_SECONDS : 0),
  };
}

/**
 * Guests' batches are replayed whole on every call (nothing of theirs is stored), so one address
 * may send only so many. Counted in MongoDB (every API instance sees the same count); signed-in
 * learners are not counted: their batches are small and belong to an account.
 */
@Injectable()
export class GuestRateLimitService {
  private readonly policy: ThrottlePolicy;

  constructor(
    private readonly throttle: ThrottleService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.policy = guestProgressPolicy(config.guestProgressLimit);
  }

  /** Counts this batch (one write) and refuses it with RATE_LIMITED once the address is over the limit. */
  async admit(address: string): Promise<void> {
    const { lockedForSeconds } = await this.throttle.recordFailure({
      key: `guest-progress:${address}`,
      policy: this.policy,
    });
    if (lockedForSeconds > 0)
      throw new RateLimitedError(
        'too many lessons are being taken as a guest from this address: sign in to go on, or wait a minute',
        lockedForSeconds,
      );
  }
}
