/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Who a course is for */
export type Audience =
  | 'everyone'
  | 'librarians'
  | 'seniors'
  | 'trainers';

/** A security event kept in the audit log */
export type AuditEvent =
  | 'ACCOUNT_DEACTIVATED'
  | 'FIRST_ADMIN_CREATED'
  | 'GROUP_CREATED'
  | 'INVITATION_ACCEPTED'
  | 'INVITATION_CREATED'
  | 'JOIN_CODE_REGENERATED'
  | 'LEARNER_JOINED'
  | 'LOCKED_OUT'
  | 'PASSWORD_CHANGED'
  | 'PASSWORD_RESET'
  | 'PASSWORD_RESET_LINK_CREATED'
  | 'PIN_RESET'
  | 'ROLES_CHANGED'
  | 'SIGNED_OUT_EVERYWHERE'
  | 'SIGNED_UP'
  | 'SIGN_IN_FAILED'
  | 'SIGN_IN_SUCCEEDED'
  | 'SIGN_UP_SETTING_CHANGED'
  | 'UNLOCKED';

/** A learner joining with the code their trainer gave them */
export type JoinGroupInput = {
  code: string;
  firstName: string;
  /** Asked only when the first name is taken */
  lastInitial?: string | null | undefined;
  /** 4 digits */
  pin: string;
  /** The same 4 digits again */
  pinRepeat: string;
};

/** A language every screen and course exists in */
export type Locale =
  | 'en'
  | 'pl'
  | 'ro'
  | 'ru'
  | 'uk';

/** A staff member or self-paced learner with an e-mail address */
export type NewAccountInput = {
  email: string;
  name: string;
  /** At least 10 characters, not a common password */
  password: string;
};

/** What a person may do in Punte */
export type Role =
  | 'admin'
  | 'learner'
  | 'trainer';

export type SignInInput = {
  email: string;
  /** Staff only: stay signed in for 30 days on this computer */
  keepSignedIn?: boolean;
  password: string;
};

export type PeopleQueryVariables = Exact<{ [key: string]: never; }>;


export type PeopleQuery = { people: Array<{ id: string, name: string, email: string | null, roles: Array<Role>, active: boolean, groupId: string | null }>, setupStatus: { openSignUp: boolean } };

export type SetRolesMutationVariables = Exact<{
  userId: string | number;
  roles: Array<Role> | Role;
}>;


export type SetRolesMutation = { setRoles: { id: string } };

export type DeactivatePersonMutationVariables = Exact<{
  userId: string | number;
}>;


export type DeactivatePersonMutation = { deactivatePerson: { id: string } };

export type CreatePasswordResetLinkMutationVariables = Exact<{
  userId: string | number;
}>;


export type CreatePasswordResetLinkMutation = { createPasswordResetLink: { url: string, expiresAt: unknown, emailed: boolean } };

export type InviteTrainerMutationVariables = Exact<{
  email: string;
}>;


export type InviteTrainerMutation = { inviteTrainer: { url: string, expiresAt: unknown, emailed: boolean } };

export type SetOpenSignUpMutationVariables = Exact<{
  open: boolean;
}>;


export type SetOpenSignUpMutation = { setOpenSignUp: boolean };

export type AuditLogQueryVariables = Exact<{
  limit: number;
  before?: unknown;
}>;


export type AuditLogQuery = { auditLog: Array<{ id: string, at: unknown, event: AuditEvent, actorName: string | null, subjectName: string | null, ip: string | null, detail: string }> };

export type GroupRosterQueryVariables = Exact<{
  code: string;
}>;


export type GroupRosterQuery = { groupRoster: { groupName: string, admitting: boolean, members: Array<{ id: string, name: string }> } };

export type JoinGroupMutationVariables = Exact<{
  input: JoinGroupInput;
}>;


export type JoinGroupMutation = { joinGroup: { id: string, name: string } };

export type LearnerSignInMutationVariables = Exact<{
  code: string;
  learnerId: string | number;
  pin: string;
}>;


export type LearnerSignInMutation = { learnerSignIn: { id: string, name: string } };

export type SetupStatusQueryVariables = Exact<{ [key: string]: never; }>;


export type SetupStatusQuery = { setupStatus: { needsFirstAdmin: boolean, openSignUp: boolean } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, name: string, email: string | null, roles: Array<Role>, groupId: string | null } | null };

export type CreateFirstAdminMutationVariables = Exact<{
  input: NewAccountInput;
}>;


export type CreateFirstAdminMutation = { createFirstAdmin: { id: string } };

export type SignUpMutationVariables = Exact<{
  input: NewAccountInput;
}>;


export type SignUpMutation = { signUp: { id: string } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { id: string, roles: Array<Role> } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type SignOutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutEverywhereMutation = { signOutEverywhere: number };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: number };

export type InvitationEmailQueryVariables = Exact<{
  token: string;
}>;


export type InvitationEmailQuery = { invitationEmail: string | null };

export type AcceptInvitationMutationVariables = Exact<{
  token: string;
  name: string;
  password: string;
}>;


export type AcceptInvitationMutation = { acceptInvitation: { id: string } };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type CourseDetailQueryVariables = Exact<{
  slug: string;
  locale: Locale;
}>;


export type CourseDetailQuery = { course: { slug: string, title: string, summary: string, audience: Audience, estimatedMinutes: number, coverUrl: string | null, coverAlt: string, languages: Array<Locale>, modules: Array<{ id: string, title: string, summary: string | null, lessons: Array<{ id: string, title: string, summary: string | null, estimatedMinutes: number, stepCount: number }> }>, downloads: Array<{ title: string, href: string }> } | null };

export type CoursesListQueryVariables = Exact<{
  locale: Locale;
}>;


export type CoursesListQuery = { courses: Array<{ slug: string, title: string, summary: string, audience: Audience, estimatedMinutes: number, lessonCount: number, moduleCount: number, coverUrl: string | null, coverAlt: string, languages: Array<Locale> }> };

export type PrintableQueryVariables = Exact<{
  courseSlug: string;
  name: string;
  locale: Locale;
}>;


export type PrintableQuery = { printable: { courseSlug: string, courseTitle: string, name: string, title: string, label: string, locale: Locale, html: string } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}

export const PeopleDocument = new TypedDocumentString(`
    query People {
  people {
    id
    name
    email
    roles
    active
    groupId
  }
  setupStatus {
    openSignUp
  }
}
    `) as unknown as TypedDocumentString<PeopleQuery, PeopleQueryVariables>;
export const SetRolesDocument = new TypedDocumentString(`
    mutation SetRoles($userId: ID!, $roles: [Role!]!) {
  setRoles(userId: $userId, roles: $roles) {
    id
  }
}
    `) as unknown as TypedDocumentString<SetRolesMutation, SetRolesMutationVariables>;
export const DeactivatePersonDocument = new TypedDocumentString(`
    mutation DeactivatePerson($userId: ID!) {
  deactivatePerson(userId: $userId) {
    id
  }
}
    `) as unknown as TypedDocumentString<DeactivatePersonMutation, DeactivatePersonMutationVariables>;
export const CreatePasswordResetLinkDocument = new TypedDocumentString(`
    mutation CreatePasswordResetLink($userId: ID!) {
  createPasswordResetLink(userId: $userId) {
    url
    expiresAt
    emailed
  }
}
    `) as unknown as TypedDocumentString<CreatePasswordResetLinkMutation, CreatePasswordResetLinkMutationVariables>;
export const InviteTrainerDocument = new TypedDocumentString(`
    mutation InviteTrainer($email: String!) {
  inviteTrainer(email: $email) {
    url
    expiresAt
    emailed
  }
}
    `) as unknown as TypedDocumentString<InviteTrainerMutation, InviteTrainerMutationVariables>;
export const SetOpenSignUpDocument = new TypedDocumentString(`
    mutation SetOpenSignUp($open: Boolean!) {
  setOpenSignUp(open: $open)
}
    `) as unknown as TypedDocumentString<SetOpenSignUpMutation, SetOpenSignUpMutationVariables>;
export const AuditLogDocument = new TypedDocumentString(`
    query AuditLog($limit: Int!, $before: DateTime) {
  auditLog(limit: $limit, before: $before) {
    id
    at
    event
    actorName
    subjectName
    ip
    detail
  }
}
    `) as unknown as TypedDocumentString<AuditLogQuery, AuditLogQueryVariables>;
export const GroupRosterDocument = new TypedDocumentString(`
    query GroupRoster($code: String!) {
  groupRoster(code: $code) {
    groupName
    admitting
    members {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<GroupRosterQuery, GroupRosterQueryVariables>;
export const JoinGroupDocument = new TypedDocumentString(`
    mutation JoinGroup($input: JoinGroupInput!) {
  joinGroup(input: $input) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<JoinGroupMutation, JoinGroupMutationVariables>;
export const LearnerSignInDocument = new TypedDocumentString(`
    mutation LearnerSignIn($code: String!, $learnerId: ID!, $pin: String!) {
  learnerSignIn(code: $code, learnerId: $learnerId, pin: $pin) {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<LearnerSignInMutation, LearnerSignInMutationVariables>;
export const SetupStatusDocument = new TypedDocumentString(`
    query SetupStatus {
  setupStatus {
    needsFirstAdmin
    openSignUp
  }
}
    `) as unknown as TypedDocumentString<SetupStatusQuery, SetupStatusQueryVariables>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    id
    name
    email
    roles
    groupId
  }
}
    `) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const CreateFirstAdminDocument = new TypedDocumentString(`
    mutation CreateFirstAdmin($input: NewAccountInput!) {
  createFirstAdmin(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<CreateFirstAdminMutation, CreateFirstAdminMutationVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: NewAccountInput!) {
  signUp(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    id
    roles
  }
}
    `) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut {
  signOut
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const SignOutEverywhereDocument = new TypedDocumentString(`
    mutation SignOutEverywhere {
  signOutEverywhere
}
    `) as unknown as TypedDocumentString<SignOutEverywhereMutation, SignOutEverywhereMutationVariables>;
export const ChangePasswordDocument = new TypedDocumentString(`
    mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
}
    `) as unknown as TypedDocumentString<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const InvitationEmailDocument = new TypedDocumentString(`
    query InvitationEmail($token: String!) {
  invitationEmail(token: $token)
}
    `) as unknown as TypedDocumentString<InvitationEmailQuery, InvitationEmailQueryVariables>;
export const AcceptInvitationDocument = new TypedDocumentString(`
    mutation AcceptInvitation($token: String!, $name: String!, $password: String!) {
  acceptInvitation(token: $token, name: $name, password: $password) {
    id
  }
}
    `) as unknown as TypedDocumentString<AcceptInvitationMutation, AcceptInvitationMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($token: String!, $password: String!) {
  resetPassword(token: $token, password: $password)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const CourseDetailDocument = new TypedDocumentString(`
    query CourseDetail($slug: String!, $locale: Locale!) {
  course(slug: $slug, locale: $locale) {
    slug
    title
    summary
    audience
    estimatedMinutes
    coverUrl
    coverAlt
    languages
    modules {
      id
      title
      summary
      lessons {
        id
        title
        summary
        estimatedMinutes
        stepCount
      }
    }
    downloads {
      title
      href
    }
  }
}
    `) as unknown as TypedDocumentString<CourseDetailQuery, CourseDetailQueryVariables>;
export const CoursesListDocument = new TypedDocumentString(`
    query CoursesList($locale: Locale!) {
  courses(locale: $locale) {
    slug
    title
    summary
    audience
    estimatedMinutes
    lessonCount
    moduleCount
    coverUrl
    coverAlt
    languages
  }
}
    `) as unknown as TypedDocumentString<CoursesListQuery, CoursesListQueryVariables>;
export const PrintableDocument = new TypedDocumentString(`
    query Printable($courseSlug: String!, $name: String!, $locale: Locale!) {
  printable(courseSlug: $courseSlug, name: $name, locale: $locale) {
    courseSlug
    courseTitle
    name
    title
    label
    locale
    html
  }
}
    `) as unknown as TypedDocumentString<PrintableQuery, PrintableQueryVariables>;