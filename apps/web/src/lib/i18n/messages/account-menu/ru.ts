import type { AccountMenuMessages } from '../auth/messages';

/** Apart from the rest of auth: every page shows the menu, a learner's lesson page nothing else of auth. */
export const accountMenu: AccountMenuMessages = {
  label: 'Ваша учётная запись',
  signIn: 'Войти',
  account: 'Моя учётная запись',
  admin: 'Администрирование',
  signOut: 'Выйти',
  signedInAs: 'Вы вошли как {name}',
  setup: 'Создайте администратора',
};
