import { Injectable } from '@nestjs/common';
import { type Viewer } from '../../common/access';
import { AccountsService, type SignedIn } from '../accounts/accounts.service';
import { normalizeName } from '../accounts/credential-rules';
import { hashSecret, verifySecret } from '../accounts/password-hasher';
import { AuditService } from '../audit/audit.service';
import { RefusedInputError, wrongCredentials } from '../security/auth-errors';
import { ADDRESS_POLICY, PIN_POLICY } from '../security/throttle-policy';
import { ThrottleService } from '../security/throttle.service';
import { SessionsService } from '../sessions/sessions.service';
import { GroupAccessService } from './group-access.service';
import { GroupMembersRepository } from './group-members.repository';
import { type JoinGroupInput } from './group.model';
import { isClosed } from './group-view';
import { GroupsRepository } from './groups.repository';
import { GroupsService, pinKey } from './groups.service';
import { closedGroup } from './join-refusals';

const isDuplicate = (error: unknown) => (error as { code?: number }).code === 11000;

export function assertPin(pin: string, repeat?: string): void {
  if (!/^\d{4}$/.test(pin)) throw new RefusedInputError('PIN_INVALID', 'a PIN is exactly 4 digits');
  if (repeat !== undefined && repeat !== pin)
    throw new RefusedInputError('PIN_MISMATCH', 'the two PINs differ');
}

const nameTaken = () =>
  new RefusedInputError(
    'NAME_TAKEN',
    'someone in this group already has this first name; add the first letter of your last name',
  );

/** Learners without e-mail: joining with a code, signing in by name and PIN, trainer help. */
@Injectable()
export class LearnerAccessService {
  constructor(
    private readonly people: GroupMembersRepository,
    private readonly groupRecords: GroupsRepository,
    private readonly groups: GroupsService,
    private readonly access: GroupAccessService,
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
    private readonly throttle: ThrottleService,
    private readonly audit: AuditService,
  ) {}

  /** Refused with GROUP_ARCHIVED, GROUP_ENDED or GROUP_FULL when the group admits no one. */
  async join(input: JoinGroupInput, ip: string): Promise<SignedIn> {
    const group = await this.groups.byCode(input.code, ip);
    const groupId = String(group._id);
    const firstName = normalizeName(input.firstName, 40);
    const initial = input.lastInitial ? normalizeName(input.lastInitial, 1).toLocaleUpperCase() : null;
    assertPin(input.pin, input.pinRepeat);
    if (isClosed(group)) throw closedGroup(group);
    if (!initial && (await this.people.firstNameTaken(groupId, firstName))) throw nameTaken();
    const name = initial ? `${firstName} ${initial}.` : firstName;
    // A seat is taken atomically; it is given back if the name turns out to be taken.
    if (!(await this.groupRecords.takeSeat(group._id, new Date()))) throw closedGroup(group);
    try {
      const user = await this.people.createLearner(groupId, name, await hashSecret(input.pin));
      await this.audit.record('LEARNER_JOINED', {
        actorId: String(user._id),
        subjectId: String(user._id),
        ip,
        detail: { group: group.name },
      });
      return { user, session: await this.sessions.start(String(user._id), user.roles) };
    } catch (error) {
      await this.groupRecords.giveSeatBack(group._id);
      if (!isDuplicate(error)) throw error;
      throw initial
        ? new RefusedInputError(
            'NAME_TAKEN_WITH_INITIAL',
            'this name is taken in this group too; ask your trainer',
          )
        : nameTaken();
    }
  }

  async signIn(code: string, learnerId: string, pin: string, ip: string): Promise<SignedIn> {
    const group = await this.groups.byCode(code, ip);
    const keys = [
      { key: pinKey(String(learnerId).slice(0, 64)), policy: PIN_POLICY },
      { key: `address:${ip}`, policy: ADDRESS_POLICY },
    ];
    await this.throttle.assertOpen(keys, 'too many wrong PINs; wait or ask your trainer to unlock you');
    const learner = await this.people.findActiveIn(learnerId, String(group._id));
    const valid = await verifySecret(learner?.pinHash, String(pin).slice(0, 16));
    if (!learner || !valid) {
      await this.accounts.failed(keys, learner ? String(learner._id) : null, ip, 'pin');
      throw wrongCredentials();
    }
    await this.throttle.clear(keys[0].key);
    await this.audit.record('SIGN_IN_SUCCEEDED', {
      actorId: learnerId,
      subjectId: learnerId,
      ip,
      detail: { method: 'pin' },
    });
    return { user: learner, session: await this.sessions.start(learnerId, learner.roles) };
  }

  /** A new PIN chosen with the trainer: the learner's sessions end and any lock is lifted. */
  async resetPin(viewer: Viewer, learnerId: string, pin: string): Promise<void> {
    assertPin(pin);
    await this.access.reachLearner(viewer, learnerId, 'view');
    await this.people.setPinHash(learnerId, await hashSecret(pin));
    await this.sessions.endAllOf(learnerId);
    await this.throttle.clear(pinKey(learnerId));
    await this.audit.record('PIN_RESET', { actorId: viewer.userId, subjectId: learnerId });
  }

  async unlock(viewer: Viewer, learnerId: string): Promise<void> {
    await this.access.reachLearner(viewer, learnerId, 'view');
    await this.throttle.clear(pinKey(learnerId));
    await this.audit.record('UNLOCKED', { actorId: viewer.userId, subjectId: learnerId });
  }
}
