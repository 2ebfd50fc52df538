import type { AccountMenuMessages } from '../auth/messages';

/** Apart from the rest of auth: every page shows the menu, a learner's lesson page nothing else of auth. */
export const accountMenu: AccountMenuMessages = {
  label: 'Your account',
  signIn: 'Sign in',
  account: 'My account',
  admin: 'Administration',
  signOut: 'Sign out',
  signedInAs: 'Signed in as {name}',
  setup: 'Create the administrator',
};
