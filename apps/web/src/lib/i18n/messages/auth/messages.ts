import type { AuditEvent, Role } from '../../../graphql/generated/graphql';
import type { RefusalReason } from '../../../auth/problem';

/** The account menu in the header of every page. */
export interface AccountMenuMessages {
  label: string;
  signIn: string;
  account: string;
  admin: string;
  signOut: string;
  signedInAs: string;
  /** Shown while no administrator exists: the link to first-run setup. */
  setup: string;
}

/** Strings of sign-in, joining, the account menu and administration. */
export interface AuthMessages {
  menu: AccountMenuMessages;
  roles: Record<Role, string>;
  fields: {
    name: string;
    email: string;
    password: string;
    newPassword: string;
    currentPassword: string;
    passwordHint: string;
  };
  setup: { title: string; intro: string; submit: string };
  signIn: {
    title: string;
    intro: string;
    keepSignedIn: string;
    keepSignedInHint: string;
    submit: string;
    learnerTitle: string;
    learnerIntro: string;
    signUpLink: string;
    signedOut: string;
  };
  signUp: { title: string; intro: string; submit: string };
  invitation: { title: string; intro: string; submit: string };
  reset: { title: string; intro: string; submit: string; done: string };
  join: {
    codeTitle: string;
    codeIntro: string;
    codeLabel: string;
    codeSubmit: string;
    rosterTitle: string;
    rosterIntro: string;
    rosterEmpty: string;
    newHere: string;
    notAdmitting: string;
    stepOf: string;
    nameTitle: string;
    nameLabel: string;
    initialTitle: string;
    initialIntro: string;
    initialLabel: string;
    pinTitle: string;
    pinIntro: string;
    pinRepeatTitle: string;
    next: string;
    back: string;
    finish: string;
    welcome: string;
  };
  pin: {
    label: string;
    digit: string;
    erase: string;
    padLabel: string;
    helloTitle: string;
    intro: string;
    submit: string;
    notMe: string;
  };
  account: {
    title: string;
    roles: string;
    group: string;
    signOut: string;
    signOutEverywhere: string;
    signOutEverywhereHint: string;
    changePasswordTitle: string;
    changePasswordSubmit: string;
    passwordChanged: string;
    /** The reader settings on the account page (their controls use the player's words). */
    reading: { intro: string; saved: string; notSaved: string };
  };
  admin: {
    peopleTitle: string;
    auditTitle: string;
    sectionsLabel: string;
    inviteTitle: string;
    inviteSubmit: string;
    linkReady: string;
    linkEmailed: string;
    signUpTitle: string;
    signUpOpen: string;
    save: string;
    saved: string;
    name: string;
    email: string;
    rolesOf: string;
    status: string;
    active: string;
    deactivated: string;
    actions: string;
    saveRoles: string;
    resetLink: string;
    deactivate: string;
    noEmail: string;
    auditWhen: string;
    auditEvent: string;
    auditWho: string;
    auditConcerning: string;
    auditAddress: string;
    auditDetail: string;
    auditEmpty: string;
    olderEntries: string;
    events: Record<AuditEvent, string>;
  };
  problems: Record<RefusalReason, string> & {
    rateLimited: string;
    rateLimitedPin: string;
    unexpected: string;
  };
}
