import type { CoreMessages } from './messages';
import { accountMenu } from './account-menu/uk';
import { player } from './player/uk';

/** The sign-in, trainer, plans and printables messages are loaded apart (see ../index.ts). */
export const uk: CoreMessages = {
  accountMenu,
  siteName: 'Punte',
  siteTagline: 'Безкоштовні курси у вашій бібліотеці',
  skipLink: 'Перейти до основного вмісту',
  languageNavLabel: 'Оберіть мову',
  footer: 'Punte — вчимося разом у бібліотеці.',
  home: {
    title: 'Курси',
    intro: 'Оберіть курс. Ви можете навчатися у власному темпі й повертатися будь-коли.',
    empty: 'Поки що тут немає жодного курсу. Зазирніть пізніше або запитайте бібліотекаря.',
  },
  course: {
    audience: 'Для кого',
    audiences: {
      seniors: 'Люди старшого віку',
      librarians: 'Бібліотекарі',
      trainers: 'Тренери',
      everyone: 'Усі',
    },
    duration: 'Орієнтовний час',
    lessons: {
      one: '{count} урок',
      few: '{count} уроки',
      many: '{count} уроків',
      other: '{count} уроку',
    },
    modules: {
      one: '{count} модуль',
      few: '{count} модулі',
      many: '{count} модулів',
      other: '{count} модуля',
    },
    steps: { one: '{count} крок', few: '{count} кроки', many: '{count} кроків', other: '{count} кроку' },
    backToList: 'Назад до списку курсів',
    contentsHeading: 'Що ви дізнаєтеся',
    moduleLabel: 'Модуль {number}',
  },
  player,
  errors: {
    notFoundTitle: 'Сторінку не знайдено',
    notFoundBody:
      'Ми не знайшли те, що ви шукаєте. Можливо, в адресі помилка. Поверніться до списку курсів і оберіть курс звідти.',
    courseNotFoundTitle: 'Курс не знайдено',
    courseNotFoundBody:
      'Такого курсу немає або він більше не доступний. Поверніться до списку курсів і оберіть інший курс.',
    apiUnavailableTitle: 'Зараз не вдається під’єднатися',
    apiUnavailableBody:
      'Сервер із курсами не відповідає. Зачекайте хвилину й натисніть «Спробувати ще раз». Якщо не вийде, попросіть допомоги в бібліотекаря.',
    apiRetrying: 'Сторінка й сама пробує знову кожні кілька секунд.',
    unexpectedTitle: 'Щось пішло не так',
    unexpectedBody:
      'Сталася неочікувана помилка. Ви ні в чому не винні. Натисніть «Спробувати ще раз» або поверніться до списку курсів.',
    tryAgain: 'Спробувати ще раз',
    goHome: 'Перейти до списку курсів',
  },
};
