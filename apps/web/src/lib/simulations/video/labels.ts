import type { Locale } from '../../i18n/locales';
import type { Line } from './state';

/** The practice video-call app's own words; people come from the scenario. */
export interface VideoLabels {
  region: string;
  home: { heading: string; intro: string; preview: string };
  contacts: string;
  contactsHeading: string;
  addOpen: string;
  addHeading: string;
  addQuery: string;
  addNone: string;
  add: string;
  noContacts: string;
  online: string;
  offline: string;
  back: string;
  callVideo: string;
  callAudio: string;
  incoming: string;
  answer: string;
  decline: string;
  declined: string;
  callBack: string;
  inCall: string;
  calling: string;
  you: string;
  cameraOffTile: string;
  mic: string;
  camera: string;
  on: string;
  off: string;
  layout: string;
  layoutNow: string;
  layouts: { speaker: string; 'side-by-side': string };
  chat: string;
  chatText: string;
  chatSend: string;
  chatExample: string;
  end: string;
  ended: string;
  captions: string;
  lines: Record<Line, string>;
  wrong: {
    selected: string;
    added: string;
    called: string;
    cameraOn: string;
    cameraOff: string;
    micOn: string;
    micOff: string;
    other: string;
  };
}

const ro: VideoLabels = {
  region: 'Aplicație de apeluri video de exercițiu',
  home: {
    heading: 'Apeluri video',
    intro: 'Verificați camera și microfonul, apoi deschideți contactele ca să sunați pe cineva.',
    preview: 'Imaginea dumneavoastră',
  },
  contacts: 'Contacte',
  contactsHeading: 'Contactele mele',
  addOpen: 'Adaugă un contact',
  addHeading: 'Adaugă un contact',
  addQuery: 'Căutați după nume',
  addNone: 'Nu am găsit pe nimeni cu acest nume.',
  add: 'Adaugă',
  noContacts: 'Încă nu aveți contacte.',
  online: 'disponibil',
  offline: 'nu este conectat',
  back: 'Înapoi',
  callVideo: 'Apel video',
  callAudio: 'Apel audio',
  incoming: '{name} vă sună…',
  answer: 'Răspunde',
  decline: 'Respinge',
  declined: 'Ați respins apelul.',
  callBack: 'Sună înapoi',
  inCall: 'Vorbiți cu {name}',
  calling: '{name} nu răspunde acum.',
  you: 'Dumneavoastră',
  cameraOffTile: 'Camera este oprită',
  mic: 'Microfon',
  camera: 'Cameră',
  on: 'pornit',
  off: 'oprit',
  layout: 'Schimbă aranjarea',
  layoutNow: 'Aranjarea acum: {name}',
  layouts: { speaker: 'Vorbitorul mare', 'side-by-side': 'Unul lângă altul' },
  chat: 'Mesaje',
  chatText: 'Scrieți un mesaj',
  chatSend: 'Trimite',
  chatExample: 'Lista de lecturi: https://biblioteca.example.org/club',
  end: 'Închide apelul',
  ended: 'Apelul s-a încheiat.',
  captions: 'Subtitrări',
  lines: {
    hello: 'Bună! Mă auziți?',
    'cant-hear': 'Nu vă aud… Aveți microfonul pornit?',
    'hear-now': 'Acum vă aud bine!',
    'cant-see': 'Nu vă văd, doar vă aud.',
    'see-now': 'Acum vă văd!',
    thanks: 'Mulțumesc, am primit mesajul!',
    unavailable: '(Nu răspunde. Încercați mai târziu.)',
  },
  wrong: {
    selected: 'Aceasta este fișa lui {name}.',
    added: 'L-ați adăugat pe {name}.',
    called: 'Așa îl sunați pe {name}.',
    cameraOn: 'Camera este acum pornită.',
    cameraOff: 'Camera este acum oprită.',
    micOn: 'Microfonul este acum pornit.',
    micOff: 'Microfonul este acum oprit.',
    other: 'Nu s-a stricat nimic.',
  },
};

const ru: VideoLabels = {
  region: 'Учебное приложение для видеозвонков',
  home: {
    heading: 'Видеозвонки',
    intro: 'Проверьте камеру и микрофон, потом откройте контакты, чтобы позвонить.',
    preview: 'Ваше изображение',
  },
  contacts: 'Контакты',
  contactsHeading: 'Мои контакты',
  addOpen: 'Добавить контакт',
  addHeading: 'Добавить контакт',
  addQuery: 'Поиск по имени',
  addNone: 'Никого с таким именем не найдено.',
  add: 'Добавить',
  noContacts: 'У вас пока нет контактов.',
  online: 'в сети',
  offline: 'не в сети',
  back: 'Назад',
  callVideo: 'Видеозвонок',
  callAudio: 'Аудиозвонок',
  incoming: '{name} звонит вам…',
  answer: 'Ответить',
  decline: 'Отклонить',
  declined: 'Вы отклонили звонок.',
  callBack: 'Перезвонить',
  inCall: 'Разговор с: {name}',
  calling: '{name} сейчас не отвечает.',
  you: 'Вы',
  cameraOffTile: 'Камера выключена',
  mic: 'Микрофон',
  camera: 'Камера',
  on: 'включён',
  off: 'выключен',
  layout: 'Сменить вид',
  layoutNow: 'Сейчас вид: {name}',
  layouts: { speaker: 'Собеседник крупно', 'side-by-side': 'Рядом' },
  chat: 'Сообщения',
  chatText: 'Напишите сообщение',
  chatSend: 'Отправить',
  chatExample: 'Список книг: https://biblioteca.example.org/club',
  end: 'Завершить звонок',
  ended: 'Звонок завершён.',
  captions: 'Субтитры',
  lines: {
    hello: 'Здравствуйте! Вы меня слышите?',
    'cant-hear': 'Я вас не слышу… У вас включён микрофон?',
    'hear-now': 'Теперь я вас хорошо слышу!',
    'cant-see': 'Я вас не вижу, только слышу.',
    'see-now': 'Теперь я вас вижу!',
    thanks: 'Спасибо, сообщение получила!',
    unavailable: '(Не отвечает. Попробуйте позже.)',
  },
  wrong: {
    selected: 'Это карточка контакта: {name}.',
    added: 'Вы добавили: {name}.',
    called: 'Так вы звоните: {name}.',
    cameraOn: 'Камера теперь включена.',
    cameraOff: 'Камера теперь выключена.',
    micOn: 'Микрофон теперь включён.',
    micOff: 'Микрофон теперь выключен.',
    other: 'Ничего не сломалось.',
  },
};

const uk: VideoLabels = {
  region: 'Навчальний застосунок для відеодзвінків',
  home: {
    heading: 'Відеодзвінки',
    intro: 'Перевірте камеру й мікрофон, потім відкрийте контакти, щоб зателефонувати.',
    preview: 'Ваше зображення',
  },
  contacts: 'Контакти',
  contactsHeading: 'Мої контакти',
  addOpen: 'Додати контакт',
  addHeading: 'Додати контакт',
  addQuery: "Пошук за ім'ям",
  addNone: "Нікого з таким ім'ям не знайдено.",
  add: 'Додати',
  noContacts: 'У вас поки немає контактів.',
  online: 'у мережі',
  offline: 'не в мережі',
  back: 'Назад',
  callVideo: 'Відеодзвінок',
  callAudio: 'Аудіодзвінок',
  incoming: '{name} телефонує вам…',
  answer: 'Відповісти',
  decline: 'Відхилити',
  declined: 'Ви відхилили дзвінок.',
  callBack: 'Передзвонити',
  inCall: 'Розмова з: {name}',
  calling: '{name} зараз не відповідає.',
  you: 'Ви',
  cameraOffTile: 'Камеру вимкнено',
  mic: 'Мікрофон',
  camera: 'Камера',
  on: 'увімкнено',
  off: 'вимкнено',
  layout: 'Змінити вигляд',
  layoutNow: 'Зараз вигляд: {name}',
  layouts: { speaker: 'Співрозмовник великим планом', 'side-by-side': 'Поруч' },
  chat: 'Повідомлення',
  chatText: 'Напишіть повідомлення',
  chatSend: 'Надіслати',
  chatExample: 'Список книжок: https://biblioteca.example.org/club',
  end: 'Завершити дзвінок',
  ended: 'Дзвінок завершено.',
  captions: 'Субтитри',
  lines: {
    hello: 'Добрий день! Ви мене чуєте?',
    'cant-hear': 'Я вас не чую… У вас увімкнено мікрофон?',
    'hear-now': 'Тепер я вас добре чую!',
    'cant-see': 'Я вас не бачу, тільки чую.',
    'see-now': 'Тепер я вас бачу!',
    thanks: 'Дякую, повідомлення отримала!',
    unavailable: '(Не відповідає. Спробуйте пізніше.)',
  },
  wrong: {
    selected: 'Це картка контакту: {name}.',
    added: 'Ви додали: {name}.',
    called: 'Так ви телефонуєте: {name}.',
    cameraOn: 'Камеру тепер увімкнено.',
    cameraOff: 'Камеру тепер вимкнено.',
    micOn: 'Мікрофон тепер увімкнено.',
    micOff: 'Мікрофон тепер вимкнено.',
    other: 'Нічого не зламалося.',
  },
};

const pl: VideoLabels = {
  region: 'Ćwiczebna aplikacja do wideorozmów',
  home: {
    heading: 'Wideorozmowy',
    intro: 'Sprawdź kamerę i mikrofon, a potem otwórz kontakty, żeby do kogoś zadzwonić.',
    preview: 'Twój obraz',
  },
  contacts: 'Kontakty',
  contactsHeading: 'Moje kontakty',
  addOpen: 'Dodaj kontakt',
  addHeading: 'Dodaj kontakt',
  addQuery: 'Szukaj po imieniu',
  addNone: 'Nie znaleziono nikogo o tym imieniu.',
  add: 'Dodaj',
  noContacts: 'Nie masz jeszcze kontaktów.',
  online: 'dostępny',
  offline: 'niedostępny',
  back: 'Wstecz',
  callVideo: 'Wideorozmowa',
  callAudio: 'Rozmowa głosowa',
  incoming: 'Dzwoni {name}…',
  answer: 'Odbierz',
  decline: 'Odrzuć',
  declined: 'Rozmowa została odrzucona.',
  callBack: 'Oddzwoń',
  inCall: 'Rozmowa: {name}',
  calling: '{name} teraz nie odbiera.',
  you: 'Ty',
  cameraOffTile: 'Kamera wyłączona',
  mic: 'Mikrofon',
  camera: 'Kamera',
  on: 'włączony',
  off: 'wyłączony',
  layout: 'Zmień układ',
  layoutNow: 'Układ teraz: {name}',
  layouts: { speaker: 'Rozmówca w dużym oknie', 'side-by-side': 'Obok siebie' },
  chat: 'Wiadomości',
  chatText: 'Napisz wiadomość',
  chatSend: 'Wyślij',
  chatExample: 'Lista lektur: https://biblioteka.example.org/klub',
  end: 'Zakończ rozmowę',
  ended: 'Rozmowa zakończona.',
  captions: 'Napisy',
  lines: {
    hello: 'Dzień dobry! Słyszysz mnie?',
    'cant-hear': 'Nie słyszę cię… Masz włączony mikrofon?',
    'hear-now': 'Teraz dobrze cię słyszę!',
    'cant-see': 'Nie widzę cię, tylko słyszę.',
    'see-now': 'Teraz cię widzę!',
    thanks: 'Dziękuję, wiadomość dotarła!',
    unavailable: '(Nie odbiera. Spróbuj później.)',
  },
  wrong: {
    selected: 'To karta kontaktu: {name}.',
    added: 'Dodano kontakt: {name}.',
    called: 'Tak dzwonisz do: {name}.',
    cameraOn: 'Kamera jest teraz włączona.',
    cameraOff: 'Kamera jest teraz wyłączona.',
    micOn: 'Mikrofon jest teraz włączony.',
    micOff: 'Mikrofon jest teraz wyłączony.',
    other: 'Nic się nie zepsuło.',
  },
};

const en: VideoLabels = {
  region: 'Practice video-call app',
  home: {
    heading: 'Video calls',
    intro: 'Check your camera and microphone, then open your contacts to call someone.',
    preview: 'Your picture',
  },
  contacts: 'Contacts',
  contactsHeading: 'My contacts',
  addOpen: 'Add a contact',
  addHeading: 'Add a contact',
  addQuery: 'Search by name',
  addNone: 'Nobody with this name was found.',
  add: 'Add',
  noContacts: 'You have no contacts yet.',
  online: 'available',
  offline: 'not online',
  back: 'Back',
  callVideo: 'Video call',
  callAudio: 'Voice call',
  incoming: '{name} is calling you…',
  answer: 'Answer',
  decline: 'Decline',
  declined: 'You declined the call.',
  callBack: 'Call back',
  inCall: 'Talking with {name}',
  calling: '{name} is not answering now.',
  you: 'You',
  cameraOffTile: 'Camera is off',
  mic: 'Microphone',
  camera: 'Camera',
  on: 'on',
  off: 'off',
  layout: 'Change the layout',
  layoutNow: 'Layout now: {name}',
  layouts: { speaker: 'The other person large', 'side-by-side': 'Side by side' },
  chat: 'Messages',
  chatText: 'Write a message',
  chatSend: 'Send',
  chatExample: 'Reading list: https://library.example.org/club',
  end: 'End the call',
  ended: 'The call has ended.',
  captions: 'Captions',
  lines: {
    hello: 'Hello! Can you hear me?',
    'cant-hear': 'I cannot hear you… Is your microphone on?',
    'hear-now': 'Now I can hear you well!',
    'cant-see': 'I cannot see you, only hear you.',
    'see-now': 'Now I can see you!',
    thanks: 'Thank you, I got your message!',
    unavailable: '(Not answering. Try again later.)',
  },
  wrong: {
    selected: "That is {name}'s card.",
    added: 'You added {name}.',
    called: 'That calls {name}.',
    cameraOn: 'Your camera is now on.',
    cameraOff: 'Your camera is now off.',
    micOn: 'Your microphone is now on.',
    micOff: 'Your microphone is now off.',
    other: 'Nothing is broken.',
  },
};

export const VIDEO_LABELS: Record<Locale, VideoLabels> = { ro, ru, uk, pl, en };
