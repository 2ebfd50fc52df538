import { type Locale } from '@punte/course-engine';

export interface HandoutWords {
  title: string;
  intro: string;
  addressLabel: string;
  codeLabel: string;
  scanHint: string;
  stepsTitle: string;
  steps: [string, string, string];
  scheduleTitle: string;
  /** {days}, {from}, {to}, {start}, {end} */
  scheduleLine: string;
  placeLabel: string;
  bringTitle: string;
  bringDefault: string;
  cardTitle: string;
  cardGroup: string;
  cardAddress: string;
  cardPin: string;
  cardPinHint: string;
}

/** The printed handout and cards, in the group's language (not the trainer's: learners read them). */
export const HANDOUT_WORDS: Record<Locale, HandoutWords> = {
  ro: {
    title: 'Bine ați venit în grupă!',
    intro: 'Aici învățăm împreună, în ritmul fiecăruia. Păstrați această foaie.',
    addressLabel: 'Adresa de intrare',
    codeLabel: 'Codul grupei',
    scanHint: 'Sau scanați codul cu camera telefonului.',
    stepsTitle: 'Cum intrați prima dată',
    steps: [
      'Deschideți adresa de mai sus în browser.',
      'Scrieți codul grupei, dacă vi se cere.',
      'Scrieți prenumele și alegeți un PIN din 4 cifre. Nu-l spuneți nimănui.',
    ],
    scheduleTitle: 'Când ne întâlnim',
    scheduleLine: '{days}, {start}–{end}, de la {from} până la {to}',
    placeLabel: 'Unde',
    bringTitle: 'Ce să aduceți',
    bringDefault: 'Ochelarii de citit, un caiet și un pix; telefonul, dacă aveți unul.',
    cardTitle: 'Cardul meu de intrare',
    cardGroup: 'Grupa',
    cardAddress: 'Adresa',
    cardPin: 'PIN-ul meu',
    cardPinHint: 'Scrieți-l dvs. Nu-l arătați nimănui.',
  },
  ru: {
    title: 'Добро пожаловать в группу!',
    intro: 'Здесь мы учимся вместе, каждый в своём темпе. Сохраните этот листок.',
    addressLabel: 'Адрес для входа',
    codeLabel: 'Код группы',
    scanHint: 'Или наведите камеру телефона на этот код.',
    stepsTitle: 'Как войти в первый раз',
    steps: [
      'Откройте адрес, написанный выше, в браузере.',
      'Если попросят, введите код группы.',
      'Напишите своё имя и придумайте PIN из 4 цифр. Никому его не говорите.',
    ],
    scheduleTitle: 'Когда мы встречаемся',
    scheduleLine: '{days}, {start}–{end}, с {from} по {to}',
    placeLabel: 'Где',
    bringTitle: 'Что взять с собой',
    bringDefault: 'Очки для чтения, тетрадь и ручку; телефон, если он у вас есть.',
    cardTitle: 'Моя карточка для входа',
    cardGroup: 'Группа',
    cardAddress: 'Адрес',
    cardPin: 'Мой PIN',
    cardPinHint: 'Впишите его сами. Никому не показывайте.',
  },
  uk: {
    title: 'Ласкаво просимо до групи!',
    intro: 'Тут ми вчимося разом, кожен у своєму темпі. Збережіть цей аркуш.',
    addressLabel: 'Адреса для входу',
    codeLabel: 'Код групи',
    scanHint: 'Або наведіть камеру телефону на цей код.',
    stepsTitle: 'Як увійти вперше',
    steps: [
      'Відкрийте адресу, написану вище, у браузері.',
      'Якщо попросять, введіть код групи.',
      'Напишіть своє ім’я та придумайте PIN із 4 цифр. Нікому його не кажіть.',
    ],
    scheduleTitle: 'Коли ми зустрічаємося',
    scheduleLine: '{days}, {start}–{end}, з {from} до {to}',
    placeLabel: 'Де',
    bringTitle: 'Що взяти з собою',
    bringDefault: 'Окуляри для читання, зошит і ручку; телефон, якщо він у вас є.',
    cardTitle: 'Моя картка для входу',
    cardGroup: 'Група',
    cardAddress: 'Адреса',
    cardPin: 'Мій PIN',
    cardPinHint: 'Впишіть його самі. Нікому не показуйте.',
  },
  pl: {
    title: 'Witamy w grupie!',
    intro: 'Uczymy się tu razem, każdy we własnym tempie. Prosimy zachować tę kartkę.',
    addressLabel: 'Adres logowania',
    codeLabel: 'Kod grupy',
    scanHint: 'Można też zeskanować ten kod aparatem telefonu.',
    stepsTitle: 'Jak wejść za pierwszym razem',
    steps: [
      'Proszę otworzyć w przeglądarce adres podany wyżej.',
      'Jeśli pojawi się pytanie o kod grupy, proszę go wpisać.',
      'Proszę wpisać swoje imię i wybrać PIN z 4 cyfr. Nikomu go nie zdradzać.',
    ],
    scheduleTitle: 'Kiedy się spotykamy',
    scheduleLine: '{days}, {start}–{end}, od {from} do {to}',
    placeLabel: 'Gdzie',
    bringTitle: 'Co zabrać ze sobą',
    bringDefault: 'Okulary do czytania, zeszyt i długopis; telefon, jeśli Pan lub Pani go ma.',
    cardTitle: 'Moja karta logowania',
    cardGroup: 'Grupa',
    cardAddress: 'Adres',
    cardPin: 'Mój PIN',
    cardPinHint: 'Proszę wpisać go samodzielnie i nikomu nie pokazywać.',
  },
  en: {
    title: 'Welcome to the group!',
    intro: 'Here we learn together, each at our own pace. Please keep this sheet.',
    addressLabel: 'Sign-in address',
    codeLabel: 'Group code',
    scanHint: 'Or point your phone’s camera at this code.',
    stepsTitle: 'How to join the first time',
    steps: [
      'Open the address above in the web browser.',
      'If asked, type the group code.',
      'Write your first name and choose a 4-digit PIN. Tell it to nobody.',
    ],
    scheduleTitle: 'When we meet',
    scheduleLine: '{days}, {start}–{end}, from {from} to {to}',
    placeLabel: 'Where',
    bringTitle: 'What to bring',
    bringDefault: 'Your reading glasses, a notebook and a pen; your phone if you have one.',
    cardTitle: 'My sign-in card',
    cardGroup: 'Group',
    cardAddress: 'Address',
    cardPin: 'My PIN',
    cardPinHint: 'Write it in yourself. Show it to nobody.',
  },
};
