import type { PrintablesMessages } from './messages';

export const printables: PrintablesMessages = {
  courseHeading: 'Для друку',
  courseIntro: 'Сторінки, які можна надрукувати або завантажити у форматі PDF.',
  backToCourse: 'Назад до курсу',
  print: 'Надрукувати сторінку',
  downloadPdf: 'Завантажити PDF',
  otherLanguage: 'Цієї сторінки немає вашою мовою. Ми показуємо її мовою: {language}.',
  notFoundTitle: 'Ми не знайшли цю сторінку',
  notFoundBody: 'У курсі немає сторінки для друку з такою назвою. Поверніться до курсу й виберіть зі списку.',
};
