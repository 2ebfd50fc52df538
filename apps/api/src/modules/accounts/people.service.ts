import { Injectable } from '@nestjs/common';
import { Role } from '../../common/access';
import { NotFoundError } from '../../common/domain-errors';
import { AuditService } from '../audit/audit.service';
import { RefusedInputError } from '../security/auth-errors';
import { ThrottleService } from '../security/throttle.service';
import { SessionsService } from '../sessions/sessions.service';
import { AccountLinksService } from './account-links.service';
import { emailTaken, type SignedIn } from './accounts.service';
import { assertAcceptablePassword, normalizeEmail, normalizeName } from './credential-rules';
import { MailerService } from './mailer.service';
import { hashSecret } from './password-hasher';
import { isDuplicateKey, UsersRepository } from './users.repository';

const OBJECT_ID = /^[a-f0-9]{24}$/;

/** What administrators do to people: list, roles, deactivation, invitation and reset links. */
@Injectable()
export class PeopleService {
  constructor(
    private readonly users: UsersRepository,
    private readonly sessions: SessionsService,
    private readonly links: AccountLinksService,
    private readonly mailer: MailerService,
    private readonly throttle: ThrottleService,
    private readonly audit: AuditService,
  ) {}

  async list() {
    return this.users.listByName(2000);
  }

  async namesOf(ids: readonly string[]): Promise<Map<string, string>> {
    return this.users.namesOf(ids.filter((id) => OBJECT_ID.test(id)));
  }

  async setRoles(actorId: string, userId: string, roles: Role[]) {
    if (actorId === userId) throw cannotChangeSelf();
    const unique = [...new Set(roles)];
    if (unique.length === 0) throw new RefusedInputError('INPUT_INVALID', 'a person needs at least one role');
    const user = await this.users.setRoles(this.id(userId), unique);
    if (!user) throw new NotFoundError('no such person');
    await this.sessions.updateRoles(userId, unique);
    await this.audit.record('ROLES_CHANGED', {
      actorId,
      subjectId: userId,
      detail: { roles: unique.join(',') },
    });
    return user;
  }

  async deactivate(actorId: string, userId: string) {
    if (actorId === userId) throw cannotChangeSelf();
    const user = await this.users.deactivate(this.id(userId));
    if (!user) throw new NotFoundError('no such person');
    await this.sessions.endAllOf(userId);
    await this.audit.record('ACCOUNT_DEACTIVATED', { actorId, subjectId: userId });
    return user;
  }

  async resetLink(actorId: string, userId: string) {
    const user = await this.users.findById(this.id(userId));
    if (!user?.email) throw new NotFoundError('no person with an e-mail address has this id');
    const link = await this.links.issue('reset', { userId }, actorId);
    const emailed = await this.mailer.send(
      user.email,
      'Punte: set a new password',
      `Open this link within 24 hours to choose a new password:\n\n${link.url}\n`,
    );
    await this.audit.record('PASSWORD_RESET_LINK_CREATED', { actorId, subjectId: userId });
    return { ...link, emailed };
  }

  async invite(actorId: string, emailInput: string) {
    const email = normalizeEmail(emailInput);
    if (await this.users.emailExists(email)) throw emailTaken();
    const link = await this.links.issue('invitation', { email }, actorId);
    const emailed = await this.mailer.send(
      email,
      'Punte: you are invited as a trainer',
      `Open this link within 24 hours to create your trainer account:\n\n${link.url}\n`,
    );
    await this.audit.record('INVITATION_CREATED', { actorId, detail: { email } });
    return { ...link, emailed };
  }

  async invitationEmail(token: string): Promise<string | null> {
    return (await this.links.peek('invitation', token))?.email ?? null;
  }

  async acceptInvitation(token: string, nameInput: string, password: string, ip: string): Promise<SignedIn> {
    const name = normalizeName(nameInput);
    assertAcceptablePassword(password);
    const passwordHash = await hashSecret(password);
    const link = await this.links.consume('invitation', token);
    const user = await this.users
      .insert({ name, email: link.email, passwordHash, roles: [Role.trainer, Role.learner], active: true })
      .catch((error: unknown) => {
        throw isDuplicateKey(error) ? emailTaken() : error;
      });
    await this.audit.record('INVITATION_ACCEPTED', {
      actorId: String(user._id),
      subjectId: String(user._id),
      ip,
    });
    return { user, session: await this.sessions.start(String(user._id), user.roles) };
  }

  /** A new password from a reset link: every session of the person ends, their lock is lifted. */
  async resetPassword(token: string, password: string, ip: string): Promise<void> {
    assertAcceptablePassword(password);
    const passwordHash = await hashSecret(password);
    const link = await this.links.consume('reset', token);
    const user = await this.users.setPasswordHash(String(link.userId), passwordHash);
    if (!user) throw new NotFoundError('this account no longer exists');
    await this.sessions.endAllOf(String(user._id));
    if (user.email) await this.throttle.clear(`password:${user.email}`);
    await this.audit.record('PASSWORD_RESET', { actorId: String(user._id), subjectId: String(user._id), ip });
  }

  private id(userId: string): string {
    if (!OBJECT_ID.test(userId)) throw new NotFoundError('no such person');
    return userId;
  }
}

const cannotChangeSelf = () =>
  new RefusedInputError('CANNOT_CHANGE_SELF', 'ask another administrator to change your own account');
