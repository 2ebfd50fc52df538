import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, RequireRoles, Role, type Viewer } from '../../common/access';
import { AuditEntry } from '../audit/audit.model';
import { toPerson } from './account.mapper';
import { IssuedLink, Person } from './account.model';
import { AccountsService } from './accounts.service';
import { AuditLogService } from './audit-log.service';
import { PeopleService } from './people.service';

@Resolver()
@RequireRoles(Role.admin)
export class AdminResolver {
  constructor(
    private readonly people: PeopleService,
    private readonly accounts: AccountsService,
    private readonly securityLog: AuditLogService,
  ) {}

  @Query(() => [Person], { name: 'people', description: 'Everyone with an account, by name' })
  async listPeople(): Promise<Person[]> {
    return (await this.people.list()).map(toPerson);
  }

  @Mutation(() => Person)
  async setRoles(
    @CurrentViewer() viewer: Viewer,
    @Args('userId', { type: () => ID }) userId: string,
    @Args('roles', { type: () => [Role] }) roles: Role[],
  ): Promise<Person> {
    return toPerson(await this.people.setRoles(viewer.userId, userId, roles));
  }

  @Mutation(() => Person, { description: 'Signs the person out everywhere; their data stays' })
  async deactivatePerson(
    @CurrentViewer() viewer: Viewer,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<Person> {
    return toPerson(await this.people.deactivate(viewer.userId, userId));
  }

  @Mutation(() => IssuedLink)
  createPasswordResetLink(
    @CurrentViewer() viewer: Viewer,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<IssuedLink> {
    return this.people.resetLink(viewer.userId, userId);
  }

  @Mutation(() => IssuedLink)
  inviteTrainer(@CurrentViewer() viewer: Viewer, @Args('email') email: string): Promise<IssuedLink> {
    return this.people.invite(viewer.userId, email);
  }

  @Mutation(() => Boolean)
  setOpenSignUp(@CurrentViewer() viewer: Viewer, @Args('open') open: boolean): Promise<boolean> {
    return this.accounts.setOpenSignUp(open, viewer.userId);
  }

  @Query(() => [AuditEntry], { description: 'Newest first' })
  auditLog(
    @Args('limit', { type: () => Int, defaultValue: 50 }) limit: number,
    @Args('before', { type: () => Date, nullable: true }) before?: Date,
  ): Promise<AuditEntry[]> {
    return this.securityLog.read(limit, before);
  }
}
