import { Injectable } from '@nestjs/common';
import { Role } from '../../common/access';
import { RateLimitedError } from '../../common/domain-errors';
import { AuditService } from '../audit/audit.service';
import { RefusedInputError, wrongCredentials } from '../security/auth-errors';
import { ADDRESS_POLICY, PASSWORD_POLICY } from '../security/throttle-policy';
import { ThrottleService } from '../security/throttle.service';
import { SessionsService, type StartedSession } from '../sessions/sessions.service';
import { assertAcceptablePassword, normalizeEmail, normalizeName } from './credential-rules';
import { hashSecret, verifySecret } from './password-hasher';
import { FIRST_ADMIN_SETTING, OPEN_SIGN_UP_SETTING } from './setting.schema';
import { SettingsRepository } from './settings.repository';
import { isDuplicateKey, type StoredUser, UsersRepository } from './users.repository';

export interface NewStaffAccount {
  name: string;
  email: string;
  password: string;
}

export interface SignedIn {
  user: StoredUser;
  session: StartedSession;
}

@Injectable()
export class AccountsService {
  constructor(
    private readonly users: UsersRepository,
    private readonly settings: SettingsRepository,
    private readonly sessions: SessionsService,
    private readonly throttle: ThrottleService,
    private readonly audit: AuditService,
  ) {}

  async setupStatus(): Promise<{ needsFirstAdmin: boolean; openSignUp: boolean }> {
    const [needsFirstAdmin, openSignUp] = await Promise.all([this.needsFirstAdmin(), this.openSignUp()]);
    return { needsFirstAdmin, openSignUp };
  }

  async needsFirstAdmin(): Promise<boolean> {
    return !(await this.settings.exists(FIRST_ADMIN_SETTING));
  }

  async openSignUp(): Promise<boolean> {
    const value = await this.settings.value(OPEN_SIGN_UP_SETTING);
    return value === undefined ? true : value === true;
  }

  async setOpenSignUp(open: boolean, actorId: string): Promise<boolean> {
    await this.settings.put(OPEN_SIGN_UP_SETTING, open);
    await this.audit.record('SIGN_UP_SETTING_CHANGED', { actorId, detail: { openSignUp: String(open) } });
    return open;
  }

  /**
   * The first administrator. Claiming the `first-admin` setting is one insert on a unique _id, so of
   * two concurrent attempts (or API instances) exactly one wins; the other gets SETUP_DONE.
   */
  async createFirstAdmin(input: NewStaffAccount, ip: string | null): Promise<StoredUser> {
    const fields = await this.validatedStaff(input);
    const userId = this.users.newId();
    try {
      await this.settings.claim(FIRST_ADMIN_SETTING, String(userId));
    } catch (error) {
      if (isDuplicateKey(error)) throw new RefusedInputError('SETUP_DONE', 'an administrator already exists');
      throw error;
    }
    try {
      const user = await this.users.insert({
        _id: userId,
        ...fields,
        roles: [Role.admin, Role.trainer, Role.learner],
      });
      await this.audit.record('FIRST_ADMIN_CREATED', {
        actorId: String(userId),
        subjectId: String(userId),
        ip,
      });
      return user;
    } catch (error) {
      // The e-mail was taken by a self-paced learner: give the first-run page back.
      await this.settings.release(FIRST_ADMIN_SETTING, String(userId));
      throw isDuplicateKey(error) ? emailTaken() : error;
    }
  }

  /** The first administrator from the web page: created, then signed in at once. */
  async createFirstAdminSignedIn(input: NewStaffAccount, ip: string | null): Promise<SignedIn> {
    const user = await this.createFirstAdmin(input, ip);
    return { user, session: await this.sessions.start(String(user._id), user.roles) };
  }

  /** Ends every session of the person, the caller's own included; answers how many. */
  async signOutEverywhere(userId: string, ip: string): Promise<number> {
    const ended = await this.sessions.endAllOf(userId);
    await this.audit.record('SIGNED_OUT_EVERYWHERE', {
      actorId: userId,
      subjectId: userId,
      ip,
      detail: { sessionsEnded: String(ended) },
    });
    return ended;
  }

  async signUp(input: NewStaffAccount, ip: string | null): Promise<SignedIn> {
    if (!(await this.openSignUp()))
      throw new RefusedInputError('SIGN_UP_CLOSED', 'the library has switched self sign-up off');
    const fields = await this.validatedStaff(input);
    const user = await this.users.insert({ ...fields, roles: [Role.learner] }).catch((error: unknown) => {
      throw isDuplicateKey(error) ? emailTaken() : error;
    });
    await this.audit.record('SIGNED_UP', { actorId: String(user._id), subjectId: String(user._id), ip });
    return { user, session: await this.sessions.start(String(user._id), user.roles) };
  }

  async signIn(emailInput: string, password: string, keepSignedIn: boolean, ip: string): Promise<SignedIn> {
    const email = safeEmail(emailInput);
    const keys = [
      { key: `password:${email}`, policy: PASSWORD_POLICY },
      { key: `address:${ip}`, policy: ADDRESS_POLICY },
    ];
    await this.throttle.assertOpen(keys, 'too many wrong tries; wait before trying again');
    const user = email ? await this.users.findPasswordHolder(email) : null;
    const valid = await verifySecret(user?.passwordHash, password.slice(0, 256));
    if (!user || !valid) {
      await this.failed(keys, user ? String(user._id) : null, ip, 'password');
      throw wrongCredentials();
    }
    await this.throttle.clear(keys[0].key);
    await this.audit.record('SIGN_IN_SUCCEEDED', {
      actorId: String(user._id),
      subjectId: String(user._id),
      ip,
      detail: { method: 'password' },
    });
    return { user, session: await this.sessions.start(String(user._id), user.roles, keepSignedIn) };
  }

  /** Counts a failure on every key; the attempt that triggers a lock is told so at once. */
  async failed(
    keys: { key: string; policy: typeof PASSWORD_POLICY }[],
    subjectId: string | null,
    ip: string,
    method: 'password' | 'pin',
  ): Promise<void> {
    await this.audit.record('SIGN_IN_FAILED', { subjectId, ip, detail: { method } });
    let lockSeconds = 0;
    for (const key of keys) {
      const outcome = await this.throttle.recordFailure(key);
      lockSeconds = Math.max(lockSeconds, outcome.lockedForSeconds);
    }
    if (lockSeconds >= 60) {
      await this.audit.record('LOCKED_OUT', {
        subjectId,
        ip,
        detail: { method, seconds: String(lockSeconds) },
      });
    }
    if (lockSeconds > 0)
      throw new RateLimitedError('too many wrong tries; wait before trying again', lockSeconds);
  }

  async changePassword(
    userId: string,
    sessionId: string,
    current: string,
    next: string,
    ip: string,
  ): Promise<number> {
    const user = await this.users.findById(userId);
    const key = { key: `password:${user?.email ?? userId}`, policy: PASSWORD_POLICY };
    await this.throttle.assertOpen([key], 'too many wrong tries; wait before trying again');
    if (!user || !(await verifySecret(user.passwordHash, current.slice(0, 256)))) {
      await this.failed([key], userId, ip, 'password');
      throw wrongCredentials();
    }
    assertAcceptablePassword(next);
    await this.users.setPasswordHash(userId, await hashSecret(next));
    const ended = await this.sessions.endAllOf(userId, sessionId);
    await this.audit.record('PASSWORD_CHANGED', {
      actorId: userId,
      subjectId: userId,
      ip,
      detail: { otherSessionsEnded: String(ended) },
    });
    return ended;
  }

  async account(userId: string): Promise<StoredUser | null> {
    return this.users.findActive(userId);
  }

  private async validatedStaff(input: NewStaffAccount) {
    const name = normalizeName(input.name);
    const email = normalizeEmail(input.email);
    assertAcceptablePassword(input.password);
    return { name, email, passwordHash: await hashSecret(input.password), active: true };
  }
}

export const emailTaken = () =>
  new RefusedInputError('EMAIL_TAKEN', 'an account with this e-mail address already exists');

/** A malformed address is just a wrong sign-in: the answer must not differ. */
function safeEmail(email: string): string {
  try {
    return normalizeEmail(email);
  } catch {
    return '';
  }
}
