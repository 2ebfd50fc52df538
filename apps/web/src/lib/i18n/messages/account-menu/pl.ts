import type { AccountMenuMessages } from '../auth/messages';

/** Apart from the rest of auth: every page shows the menu, a learner's lesson page nothing else of auth. */
export const accountMenu: AccountMenuMessages = {
  label: 'Twoje konto',
  signIn: 'Zaloguj się',
  account: 'Moje konto',
  admin: 'Administracja',
  signOut: 'Wyloguj się',
  signedInAs: 'Zalogowano jako {name}',
  setup: 'Utwórz administratora',
};
