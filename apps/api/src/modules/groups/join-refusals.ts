import { DomainError } from '../../common/domain-errors';
import { type StoredGroup } from './groups.repository';

/** Why a group admits no one new, as `extensions.reason` (the web app says it in the learner's language). */
export type ClosedReason = 'GROUP_ARCHIVED' | 'GROUP_ENDED' | 'GROUP_FULL';

/** Refused like any bad input (BAD_USER_INPUT) with a stable reason, as the accounts refusals are. */
export class GroupClosedError extends DomainError {
  constructor(
    readonly reason: ClosedReason,
    message: string,
  ) {
    super(message, 'BAD_USER_INPUT');
    this.extensions.reason = reason;
  }
}

/** The refusal for a group that admits no one: archived first, then ended, else full. */
export function closedGroup(
  group: Pick<StoredGroup, 'archivedAt' | 'endsAt'>,
  now = new Date(),
): GroupClosedError {
  if (group.archivedAt)
    return new GroupClosedError(
      'GROUP_ARCHIVED',
      'this group has been closed by its trainer; ask your trainer',
    );
  if (group.endsAt && group.endsAt.getTime() <= now.getTime())
    return new GroupClosedError('GROUP_ENDED', 'this group has ended; ask your trainer');
  return new GroupClosedError('GROUP_FULL', 'this group is full; ask your trainer');
}
