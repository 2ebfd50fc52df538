import type { AccountMenuMessages } from '../auth/messages';

/** Apart from the rest of auth: every page shows the menu, a learner's lesson page nothing else of auth. */
export const accountMenu: AccountMenuMessages = {
  label: 'Ваш обліковий запис',
  signIn: 'Увійти',
  account: 'Мій обліковий запис',
  admin: 'Адміністрування',
  signOut: 'Вийти',
  signedInAs: 'Ви увійшли як {name}',
  setup: 'Створіть адміністратора',
};
