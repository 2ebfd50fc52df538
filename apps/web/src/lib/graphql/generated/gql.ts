/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query People {\n  people {\n    id\n    name\n    email\n    roles\n    active\n    groupId\n  }\n  setupStatus {\n    openSignUp\n  }\n}\n\nmutation SetRoles($userId: ID!, $roles: [Role!]!) {\n  setRoles(userId: $userId, roles: $roles) {\n    id\n  }\n}\n\nmutation DeactivatePerson($userId: ID!) {\n  deactivatePerson(userId: $userId) {\n    id\n  }\n}\n\nmutation CreatePasswordResetLink($userId: ID!) {\n  createPasswordResetLink(userId: $userId) {\n    url\n    expiresAt\n    emailed\n  }\n}\n\nmutation InviteTrainer($email: String!) {\n  inviteTrainer(email: $email) {\n    url\n    expiresAt\n    emailed\n  }\n}\n\nmutation SetOpenSignUp($open: Boolean!) {\n  setOpenSignUp(open: $open)\n}\n\nquery AuditLog($limit: Int!, $before: DateTime) {\n  auditLog(limit: $limit, before: $before) {\n    id\n    at\n    event\n    actorName\n    subjectName\n    ip\n    detail\n  }\n}": typeof types.PeopleDocument,
    "query GroupRoster($code: String!) {\n  groupRoster(code: $code) {\n    groupName\n    admitting\n    members {\n      id\n      name\n    }\n  }\n}\n\nmutation JoinGroup($input: JoinGroupInput!) {\n  joinGroup(input: $input) {\n    id\n    name\n  }\n}\n\nmutation LearnerSignIn($code: String!, $learnerId: ID!, $pin: String!) {\n  learnerSignIn(code: $code, learnerId: $learnerId, pin: $pin) {\n    id\n    name\n  }\n}": typeof types.GroupRosterDocument,
    "query SetupStatus {\n  setupStatus {\n    needsFirstAdmin\n    openSignUp\n  }\n}\n\nquery Me {\n  me {\n    id\n    name\n    email\n    roles\n    groupId\n  }\n}\n\nmutation CreateFirstAdmin($input: NewAccountInput!) {\n  createFirstAdmin(input: $input) {\n    id\n  }\n}\n\nmutation SignUp($input: NewAccountInput!) {\n  signUp(input: $input) {\n    id\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    id\n    roles\n  }\n}\n\nmutation SignOut {\n  signOut\n}\n\nmutation SignOutEverywhere {\n  signOutEverywhere\n}\n\nmutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n}\n\nquery InvitationEmail($token: String!) {\n  invitationEmail(token: $token)\n}\n\nmutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n  acceptInvitation(token: $token, name: $name, password: $password) {\n    id\n  }\n}\n\nmutation ResetPassword($token: String!, $password: String!) {\n  resetPassword(token: $token, password: $password)\n}": typeof types.SetupStatusDocument,
    "query CourseDetail($slug: String!, $locale: Locale!) {\n  course(slug: $slug, locale: $locale) {\n    slug\n    title\n    summary\n    audience\n    estimatedMinutes\n    coverUrl\n    coverAlt\n    languages\n    modules {\n      id\n      title\n      summary\n      lessons {\n        id\n        title\n        summary\n        estimatedMinutes\n        stepCount\n      }\n    }\n    downloads {\n      title\n      href\n    }\n  }\n}": typeof types.CourseDetailDocument,
    "query CoursesList($locale: Locale!) {\n  courses(locale: $locale) {\n    slug\n    title\n    summary\n    audience\n    estimatedMinutes\n    lessonCount\n    moduleCount\n    coverUrl\n    coverAlt\n    languages\n  }\n}": typeof types.CoursesListDocument,
    "query Printable($courseSlug: String!, $name: String!, $locale: Locale!) {\n  printable(courseSlug: $courseSlug, name: $name, locale: $locale) {\n    courseSlug\n    courseTitle\n    name\n    title\n    label\n    locale\n    html\n  }\n}": typeof types.PrintableDocument,
};
const documents: Documents = {
    "query People {\n  people {\n    id\n    name\n    email\n    roles\n    active\n    groupId\n  }\n  setupStatus {\n    openSignUp\n  }\n}\n\nmutation SetRoles($userId: ID!, $roles: [Role!]!) {\n  setRoles(userId: $userId, roles: $roles) {\n    id\n  }\n}\n\nmutation DeactivatePerson($userId: ID!) {\n  deactivatePerson(userId: $userId) {\n    id\n  }\n}\n\nmutation CreatePasswordResetLink($userId: ID!) {\n  createPasswordResetLink(userId: $userId) {\n    url\n    expiresAt\n    emailed\n  }\n}\n\nmutation InviteTrainer($email: String!) {\n  inviteTrainer(email: $email) {\n    url\n    expiresAt\n    emailed\n  }\n}\n\nmutation SetOpenSignUp($open: Boolean!) {\n  setOpenSignUp(open: $open)\n}\n\nquery AuditLog($limit: Int!, $before: DateTime) {\n  auditLog(limit: $limit, before: $before) {\n    id\n    at\n    event\n    actorName\n    subjectName\n    ip\n    detail\n  }\n}": types.PeopleDocument,
    "query GroupRoster($code: String!) {\n  groupRoster(code: $code) {\n    groupName\n    admitting\n    members {\n      id\n      name\n    }\n  }\n}\n\nmutation JoinGroup($input: JoinGroupInput!) {\n  joinGroup(input: $input) {\n    id\n    name\n  }\n}\n\nmutation LearnerSignIn($code: String!, $learnerId: ID!, $pin: String!) {\n  learnerSignIn(code: $code, learnerId: $learnerId, pin: $pin) {\n    id\n    name\n  }\n}": types.GroupRosterDocument,
    "query SetupStatus {\n  setupStatus {\n    needsFirstAdmin\n    openSignUp\n  }\n}\n\nquery Me {\n  me {\n    id\n    name\n    email\n    roles\n    groupId\n  }\n}\n\nmutation CreateFirstAdmin($input: NewAccountInput!) {\n  createFirstAdmin(input: $input) {\n    id\n  }\n}\n\nmutation SignUp($input: NewAccountInput!) {\n  signUp(input: $input) {\n    id\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    id\n    roles\n  }\n}\n\nmutation SignOut {\n  signOut\n}\n\nmutation SignOutEverywhere {\n  signOutEverywhere\n}\n\nmutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n}\n\nquery InvitationEmail($token: String!) {\n  invitationEmail(token: $token)\n}\n\nmutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n  acceptInvitation(token: $token, name: $name, password: $password) {\n    id\n  }\n}\n\nmutation ResetPassword($token: String!, $password: String!) {\n  resetPassword(token: $token, password: $password)\n}": types.SetupStatusDocument,
    "query CourseDetail($slug: String!, $locale: Locale!) {\n  course(slug: $slug, locale: $locale) {\n    slug\n    title\n    summary\n    audience\n    estimatedMinutes\n    coverUrl\n    coverAlt\n    languages\n    modules {\n      id\n      title\n      summary\n      lessons {\n        id\n        title\n        summary\n        estimatedMinutes\n        stepCount\n      }\n    }\n    downloads {\n      title\n      href\n    }\n  }\n}": types.CourseDetailDocument,
    "query CoursesList($locale: Locale!) {\n  courses(locale: $locale) {\n    slug\n    title\n    summary\n    audience\n    estimatedMinutes\n    lessonCount\n    moduleCount\n    coverUrl\n    coverAlt\n    languages\n  }\n}": types.CoursesListDocument,
    "query Printable($courseSlug: String!, $name: String!, $locale: Locale!) {\n  printable(courseSlug: $courseSlug, name: $name, locale: $locale) {\n    courseSlug\n    courseTitle\n    name\n    title\n    label\n    locale\n    html\n  }\n}": types.PrintableDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query People {\n  people {\n    id\n    name\n    email\n    roles\n    active\n    groupId\n  }\n  setupStatus {\n    openSignUp\n  }\n}\n\nmutation SetRoles($userId: ID!, $roles: [Role!]!) {\n  setRoles(userId: $userId, roles: $roles) {\n    id\n  }\n}\n\nmutation DeactivatePerson($userId: ID!) {\n  deactivatePerson(userId: $userId) {\n    id\n  }\n}\n\nmutation CreatePasswordResetLink($userId: ID!) {\n  createPasswordResetLink(userId: $userId) {\n    url\n    expiresAt\n    emailed\n  }\n}\n\nmutation InviteTrainer($email: String!) {\n  inviteTrainer(email: $email) {\n    url\n    expiresAt\n    emailed\n  }\n}\n\nmutation SetOpenSignUp($open: Boolean!) {\n  setOpenSignUp(open: $open)\n}\n\nquery AuditLog($limit: Int!, $before: DateTime) {\n  auditLog(limit: $limit, before: $before) {\n    id\n    at\n    event\n    actorName\n    subjectName\n    ip\n    detail\n  }\n}"): typeof import('./graphql').PeopleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query GroupRoster($code: String!) {\n  groupRoster(code: $code) {\n    groupName\n    admitting\n    members {\n      id\n      name\n    }\n  }\n}\n\nmutation JoinGroup($input: JoinGroupInput!) {\n  joinGroup(input: $input) {\n    id\n    name\n  }\n}\n\nmutation LearnerSignIn($code: String!, $learnerId: ID!, $pin: String!) {\n  learnerSignIn(code: $code, learnerId: $learnerId, pin: $pin) {\n    id\n    name\n  }\n}"): typeof import('./graphql').GroupRosterDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query SetupStatus {\n  setupStatus {\n    needsFirstAdmin\n    openSignUp\n  }\n}\n\nquery Me {\n  me {\n    id\n    name\n    email\n    roles\n    groupId\n  }\n}\n\nmutation CreateFirstAdmin($input: NewAccountInput!) {\n  createFirstAdmin(input: $input) {\n    id\n  }\n}\n\nmutation SignUp($input: NewAccountInput!) {\n  signUp(input: $input) {\n    id\n  }\n}\n\nmutation SignIn($input: SignInInput!) {\n  signIn(input: $input) {\n    id\n    roles\n  }\n}\n\nmutation SignOut {\n  signOut\n}\n\nmutation SignOutEverywhere {\n  signOutEverywhere\n}\n\nmutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n  changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n}\n\nquery InvitationEmail($token: String!) {\n  invitationEmail(token: $token)\n}\n\nmutation AcceptInvitation($token: String!, $name: String!, $password: String!) {\n  acceptInvitation(token: $token, name: $name, password: $password) {\n    id\n  }\n}\n\nmutation ResetPassword($token: String!, $password: String!) {\n  resetPassword(token: $token, password: $password)\n}"): typeof import('./graphql').SetupStatusDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CourseDetail($slug: String!, $locale: Locale!) {\n  course(slug: $slug, locale: $locale) {\n    slug\n    title\n    summary\n    audience\n    estimatedMinutes\n    coverUrl\n    coverAlt\n    languages\n    modules {\n      id\n      title\n      summary\n      lessons {\n        id\n        title\n        summary\n        estimatedMinutes\n        stepCount\n      }\n    }\n    downloads {\n      title\n      href\n    }\n  }\n}"): typeof import('./graphql').CourseDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query CoursesList($locale: Locale!) {\n  courses(locale: $locale) {\n    slug\n    title\n    summary\n    audience\n    estimatedMinutes\n    lessonCount\n    moduleCount\n    coverUrl\n    coverAlt\n    languages\n  }\n}"): typeof import('./graphql').CoursesListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Printable($courseSlug: String!, $name: String!, $locale: Locale!) {\n  printable(courseSlug: $courseSlug, name: $name, locale: $locale) {\n    courseSlug\n    courseTitle\n    name\n    title\n    label\n    locale\n    html\n  }\n}"): typeof import('./graphql').PrintableDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
