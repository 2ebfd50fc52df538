import type { AccountMenuMessages } from '../auth/messages';

/** Apart from the rest of auth: every page shows the menu, a learner's lesson page nothing else of auth. */
export const accountMenu: AccountMenuMessages = {
  label: 'Contul dumneavoastră',
  signIn: 'Intrați în cont',
  account: 'Contul meu',
  admin: 'Administrare',
  signOut: 'Ieșiți din cont',
  signedInAs: 'Sunteți în contul: {name}',
  setup: 'Creați administratorul',
};
