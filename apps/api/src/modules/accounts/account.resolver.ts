import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentViewer, Public, SignedIn, type Viewer } from '../../common/access';
import { Http, type HttpContext, ipOf, SessionCookies } from '../sessions/http-context';
import { SessionsService } from '../sessions/sessions.service';
import { toAccount } from './account.mapper';
import { Account, SetupStatus } from './account.model';
import { NewAccountInput, SignInInput } from './account.inputs';
import { AccountsService } from './accounts.service';
import { PeopleService } from './people.service';

@Resolver()
export class AccountResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly people: PeopleService,
    private readonly sessions: SessionsService,
    private readonly cookies: SessionCookies,
  ) {}

  @Public('the first page must know whether to offer creating the administrator or signing up')
  @Query(() => SetupStatus)
  setupStatus(): Promise<SetupStatus> {
    return this.accounts.setupStatus();
  }

  @Public('answers null for anonymous callers; a signed-in person sees only themselves')
  @Query(() => Account, { nullable: true })
  async me(@CurrentViewer() viewer: Viewer | null): Promise<Account | null> {
    if (!viewer) return null;
    const user = await this.accounts.account(viewer.userId);
    return user ? toAccount(user) : null;
  }

  @Public('first run: nobody can be signed in before the first administrator exists')
  @Mutation(() => Account)
  async createFirstAdmin(@Args('input') input: NewAccountInput, @Http() http: HttpContext): Promise<Account> {
    const { user, session } = await this.accounts.createFirstAdminSignedIn(input, ipOf(http));
    this.cookies.set(http, session);
    return toAccount(user);
  }

  @Public('open sign-up for self-paced learners (refused when an admin switched it off)')
  @Mutation(() => Account)
  async signUp(@Args('input') input: NewAccountInput, @Http() http: HttpContext): Promise<Account> {
    const { user, session } = await this.accounts.signUp(input, ipOf(http));
    this.cookies.set(http, session);
    return toAccount(user);
  }

  @Public('signing in is what an anonymous caller does; throttled per account and per address')
  @Mutation(() => Account)
  async signIn(@Args('input') input: SignInInput, @Http() http: HttpContext): Promise<Account> {
    const { user, session } = await this.accounts.signIn(
      input.email,
      input.password,
      input.keepSignedIn,
      ipOf(http),
    );
    this.cookies.set(http, session);
    return toAccount(user);
  }

  @SignedIn()
  @Mutation(() => Boolean, { description: 'Ends this session' })
  async signOut(@CurrentViewer() viewer: Viewer, @Http() http: HttpContext): Promise<boolean> {
    await this.sessions.end(viewer.sessionId);
    this.cookies.clear(http);
    return true;
  }

  @SignedIn()
  @Mutation(() => Int, { description: 'Ends every session of the signed-in person; answers how many' })
  async signOutEverywhere(@CurrentViewer() viewer: Viewer, @Http() http: HttpContext): Promise<number> {
    const ended = await this.accounts.signOutEverywhere(viewer.userId, ipOf(http));
    this.cookies.clear(http);
    return ended;
  }

  @SignedIn()
  @Mutation(() => Int, { description: 'Ends every other session of the person; answers how many' })
  changePassword(
    @CurrentViewer() viewer: Viewer,
    @Args('currentPassword') currentPassword: string,
    @Args('newPassword') newPassword: string,
    @Http() http: HttpContext,
  ): Promise<number> {
    return this.accounts.changePassword(
      viewer.userId,
      viewer.sessionId,
      currentPassword,
      newPassword,
      ipOf(http),
    );
  }

  @Public('the invitation link itself is the permission; answers null for a used or expired link')
  @Query(() => String, { nullable: true, description: 'The e-mail address an invitation link is for' })
  invitationEmail(@Args('token') token: string): Promise<string | null> {
    return this.people.invitationEmail(token);
  }

  @Public('the one-use invitation link itself is the permission')
  @Mutation(() => Account)
  async acceptInvitation(
    @Args('token') token: string,
    @Args('name') name: string,
    @Args('password') password: string,
    @Http() http: HttpContext,
  ): Promise<Account> {
    const { user, session } = await this.people.acceptInvitation(token, name, password, ipOf(http));
    this.cookies.set(http, session);
    return toAccount(user);
  }

  @Public('the one-use reset link itself is the permission')
  @Mutation(() => Boolean)
  async resetPassword(
    @Args('token') token: string,
    @Args('password') password: string,
    @Http() http: HttpContext,
  ): Promise<boolean> {
    await this.people.resetPassword(token, password, ipOf(http));
    return true;
  }
}
