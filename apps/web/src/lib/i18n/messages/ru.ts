import type { CoreMessages } from './messages';
import { accountMenu } from './account-menu/ru';
import { player } from './player/ru';

/** The sign-in, trainer, plans and printables messages are loaded apart (see ../index.ts). */
export const ru: CoreMessages = {
  accountMenu,
  siteName: 'Punte',
  siteTagline: 'Бесплатные курсы в вашей библиотеке',
  skipLink: 'Перейти к основному содержанию',
  languageNavLabel: 'Выберите язык',
  footer: 'Punte — учимся вместе в библиотеке.',
  home: {
    title: 'Курсы',
    intro: 'Выберите курс. Вы можете учиться в своём темпе и возвращаться в любое время.',
    empty: 'Пока здесь нет ни одного курса. Загляните позже или спросите библиотекаря.',
  },
  course: {
    audience: 'Для кого',
    audiences: { seniors: 'Пожилые люди', librarians: 'Библиотекари', trainers: 'Тренеры', everyone: 'Все' },
    duration: 'Примерное время',
    lessons: {
      one: '{count} урок',
      few: '{count} урока',
      many: '{count} уроков',
      other: '{count} урока',
    },
    modules: {
      one: '{count} модуль',
      few: '{count} модуля',
      many: '{count} модулей',
      other: '{count} модуля',
    },
    steps: { one: '{count} шаг', few: '{count} шага', many: '{count} шагов', other: '{count} шага' },
    backToList: 'Назад к списку курсов',
    contentsHeading: 'Что вы узнаете',
    moduleLabel: 'Модуль {number}',
  },
  player,
  errors: {
    notFoundTitle: 'Страница не найдена',
    notFoundBody:
      'Мы не нашли то, что вы ищете. Возможно, в адресе ошибка. Вернитесь к списку курсов и выберите курс оттуда.',
    courseNotFoundTitle: 'Курс не найден',
    courseNotFoundBody:
      'Такого курса нет или он больше недоступен. Вернитесь к списку курсов и выберите другой курс.',
    apiUnavailableTitle: 'Сейчас не удаётся подключиться',
    apiUnavailableBody:
      'Сервер с курсами не отвечает. Подождите минуту и нажмите «Попробовать ещё раз». Если не получится, попросите помощи у библиотекаря.',
    apiRetrying: 'Страница и сама пробует снова каждые несколько секунд.',
    unexpectedTitle: 'Что-то пошло не так',
    unexpectedBody:
      'Произошла непредвиденная ошибка. Вы ни в чём не виноваты. Нажмите «Попробовать ещё раз» или вернитесь к списку курсов.',
    tryAgain: 'Попробовать ещё раз',
    goHome: 'Перейти к списку курсов',
  },
};
