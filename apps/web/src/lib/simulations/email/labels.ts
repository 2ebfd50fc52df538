import type { Locale } from '../../i18n/locales';

/** The practice mailbox's own words (the letters themselves come from the scenario). */
export interface EmailLabels {
  region: string;
  signup: {
    heading: string;
    intro: string;
    name: string;
    nameHelp: string;
    password: string;
    passwordHelp: string;
    repeat: string;
    submit: string;
    errors: { name: string; short: string; mismatch: string };
  };
  home: { greeting: string; hint: string; unread: string };
  write: string;
  foldersLabel: string;
  folders: { inbox: string; sent: string; spam: string; bin: string };
  unreadMark: string;
  empty: string;
  listFrom: string;
  listTo: string;
  attachmentMark: string;
  message: {
    from: string;
    to: string;
    date: string;
    back: string;
    actions: string;
    reply: string;
    replyAll: string;
    forward: string;
    delete: string;
    restore: string;
    spam: string;
    notSpam: string;
    report: string;
    reportedBadge: string;
    attachments: string;
    link: string;
    linkTarget: string;
    signsHeading: string;
  };
  linkPage: { heading: string; body: string; back: string };
  compose: {
    new: string;
    reply: string;
    forward: string;
    to: string;
    toHelp: string;
    contacts: string;
    subject: string;
    body: string;
    quoted: string;
    attach: string;
    attached: string;
    remove: string;
    send: string;
    discard: string;
    errors: { 'to-empty': string; 'to-format': string };
  };
  pictures: { heading: string; intro: string; close: string };
  notices: {
    sent: string;
    deleted: string;
    restored: string;
    spam: string;
    'not-spam': string;
    discarded: string;
    reported: string;
    undo: string;
  };
  replyPrefix: string;
  forwardPrefix: string;
  subjectExample: string;
  bodyExample: string;
  replyExample: string;
  wrong: {
    opened: string;
    replied: string;
    deleted: string;
    reportedNotScam: string;
    linkClicked: string;
    recipient: string;
    sent: string;
    attachment: string;
    other: string;
  };
}

const ro: EmailLabels = {
  region: 'Poșta electronică de exercițiu',
  signup: {
    heading: 'Creați-vă adresa de e-mail',
    intro:
      'Alegeți numele adresei și o parolă. Este doar un exercițiu: nimic nu pleacă de pe acest calculator.',
    name: 'Numele adresei',
    nameHelp: 'Litere mici, cifre și puncte, de exemplu {suggested}. Adresa va fi {suggested}@example.org.',
    password: 'Parola',
    passwordHelp: 'Cel puțin 8 caractere. Nu folosiți aici o parolă adevărată.',
    repeat: 'Parola încă o dată',
    submit: 'Creează adresa',
    errors: {
      name: 'Numele adresei poate avea doar litere mici fără diacritice, cifre și puncte (3–40 de caractere), de exemplu maria.popescu.',
      short: 'Parola este prea scurtă. Scrieți cel puțin 8 caractere.',
      mismatch: 'Cele două parole nu sunt la fel. Scrieți-o din nou, cu atenție.',
    },
  },
  home: {
    greeting: 'Bună ziua, {name}!',
    hint: 'Ca să vedeți scrisorile, apăsați „Mesaje primite” din stânga.',
    unread: 'Scrisori necitite: {count}',
  },
  write: 'Scrie',
  foldersLabel: 'Dosare',
  folders: { inbox: 'Mesaje primite', sent: 'Trimise', spam: 'Spam', bin: 'Coș' },
  unreadMark: 'necitită',
  empty: 'Aici nu este nicio scrisoare.',
  listFrom: 'De la',
  listTo: 'Către',
  attachmentMark: 'are atașament',
  message: {
    from: 'De la',
    to: 'Către',
    date: 'Data',
    back: 'Înapoi la „{folder}”',
    actions: 'Ce puteți face cu scrisoarea',
    reply: 'Răspunde',
    replyAll: 'Răspunde tuturor',
    forward: 'Redirecționează',
    delete: 'Șterge',
    restore: 'Pune la loc',
    spam: 'Marchează ca spam',
    notSpam: 'Nu este spam',
    report: 'Raportează înșelătorie',
    reportedBadge: 'Raportată ca înșelătorie',
    attachments: 'Atașamente',
    link: 'Apăsați aici',
    linkTarget: 'Linkul duce de fapt la: {url}',
    signsHeading: 'Semnele înșelătoriei din această scrisoare',
  },
  linkPage: {
    heading: 'Stop! Acesta era un link capcană',
    body: 'În realitate, linkul ar fi deschis un site fals care cere datele cardului. Aici nu s-a întâmplat nimic — este doar un exercițiu. Înapoi la scrisoare: raportați-o și ștergeți-o.',
    back: 'Înapoi la scrisoare',
  },
  compose: {
    new: 'Scrisoare nouă',
    reply: 'Răspuns',
    forward: 'Redirecționare',
    to: 'Către',
    toHelp: 'O adresă arată așa: nume@example.org',
    contacts: 'Alegeți din contacte',
    subject: 'Subiect',
    body: 'Textul scrisorii',
    quoted: 'Scrisoarea la care răspundeți',
    attach: 'Atașează o poză',
    attached: 'Atașate',
    remove: 'Scoate {file}',
    send: 'Trimite',
    discard: 'Renunță',
    errors: {
      'to-empty': 'Scrieți adresa persoanei căreia îi trimiteți scrisoarea.',
      'to-format':
        'Adresei îi lipsește ceva. O adresă arată așa: nume@example.org — verificați semnul @ și punctul.',
    },
  },
  pictures: { heading: 'Poze', intro: 'Alegeți poza pe care vreți s-o atașați.', close: 'Închide' },
  notices: {
    sent: 'Scrisoarea a fost trimisă.',
    deleted: 'Scrisoarea a fost mutată în coș.',
    restored: 'Scrisoarea a fost pusă la loc.',
    spam: 'Scrisoarea a fost mutată în „Spam”.',
    'not-spam': 'Scrisoarea a fost mutată înapoi în „Mesaje primite”.',
    discarded: 'Ciorna a fost aruncată.',
    reported: 'Mulțumim! Ați raportat scrisoarea ca înșelătorie.',
    undo: 'Anulează',
  },
  replyPrefix: 'Re:',
  forwardPrefix: 'Fwd:',
  subjectExample: 'Poze din grădină',
  bodyExample: 'Dragul meu, îți trimit o poză de acasă. Te pup!',
  replyExample: 'Da, au înflorit! Te pup, mama.',
  wrong: {
    opened: 'Ați deschis scrisoarea de la {name}.',
    replied: 'Așa răspundeți scrisorii de la {name}.',
    deleted: 'Scrisoarea a ajuns în coș — o puteți pune la loc de acolo.',
    reportedNotScam: 'Scrisoarea aceasta nu este o înșelătorie.',
    linkClicked: 'Linkul acesta duce la un site fals. Din fericire, aici este doar un exercițiu.',
    recipient: 'Adresa {to} nu este cea de care e nevoie aici.',
    sent: 'Scrisoarea a plecat către {to}.',
    attachment: 'Aceasta este altă poză: {file}.',
    other: 'Nu s-a stricat nimic.',
  },
};

const ru: EmailLabels = {
  region: 'Учебная электронная почта',
  signup: {
    heading: 'Создайте адрес электронной почты',
    intro: 'Выберите имя адреса и пароль. Это только упражнение: ничего не уходит с этого компьютера.',
    name: 'Имя адреса',
    nameHelp:
      'Латинские строчные буквы, цифры и точки, например {suggested}. Адрес будет {suggested}@example.org.',
    password: 'Пароль',
    passwordHelp: 'Не меньше 8 символов. Не вводите здесь настоящий пароль.',
    repeat: 'Пароль ещё раз',
    submit: 'Создать адрес',
    errors: {
      name: 'В имени адреса могут быть только латинские строчные буквы, цифры и точки (от 3 до 40 символов), например maria.popescu.',
      short: 'Пароль слишком короткий. Введите не меньше 8 символов.',
      mismatch: 'Пароли не совпадают. Введите его ещё раз, внимательно.',
    },
  },
  home: {
    greeting: 'Добрый день, {name}!',
    hint: 'Чтобы увидеть письма, нажмите «Входящие» слева.',
    unread: 'Непрочитанных писем: {count}',
  },
  write: 'Написать',
  foldersLabel: 'Папки',
  folders: { inbox: 'Входящие', sent: 'Отправленные', spam: 'Спам', bin: 'Корзина' },
  unreadMark: 'не прочитано',
  empty: 'Здесь нет ни одного письма.',
  listFrom: 'От кого',
  listTo: 'Кому',
  attachmentMark: 'есть вложение',
  message: {
    from: 'От кого',
    to: 'Кому',
    date: 'Дата',
    back: 'Назад в «{folder}»',
    actions: 'Что можно сделать с письмом',
    reply: 'Ответить',
    replyAll: 'Ответить всем',
    forward: 'Переслать',
    delete: 'Удалить',
    restore: 'Вернуть на место',
    spam: 'Это спам',
    notSpam: 'Не спам',
    report: 'Сообщить о мошенничестве',
    reportedBadge: 'Отмечено как мошенничество',
    attachments: 'Вложения',
    link: 'Нажмите здесь',
    linkTarget: 'На самом деле ссылка ведёт на: {url}',
    signsHeading: 'Признаки мошенничества в этом письме',
  },
  linkPage: {
    heading: 'Стоп! Это была ссылка-ловушка',
    body: 'В жизни эта ссылка открыла бы поддельный сайт, который просит данные карты. Здесь ничего не случилось — это только упражнение. Вернитесь к письму, сообщите о нём и удалите его.',
    back: 'Назад к письму',
  },
  compose: {
    new: 'Новое письмо',
    reply: 'Ответ',
    forward: 'Пересылка',
    to: 'Кому',
    toHelp: 'Адрес выглядит так: imya@example.org',
    contacts: 'Выбрать из контактов',
    subject: 'Тема',
    body: 'Текст письма',
    quoted: 'Письмо, на которое вы отвечаете',
    attach: 'Приложить фото',
    attached: 'Приложено',
    remove: 'Убрать {file}',
    send: 'Отправить',
    discard: 'Отменить',
    errors: {
      'to-empty': 'Введите адрес человека, которому пишете.',
      'to-format':
        'В адресе чего-то не хватает. Адрес выглядит так: imya@example.org — проверьте знак @ и точку.',
    },
  },
  pictures: { heading: 'Изображения', intro: 'Выберите фото, которое хотите приложить.', close: 'Закрыть' },
  notices: {
    sent: 'Письмо отправлено.',
    deleted: 'Письмо перемещено в корзину.',
    restored: 'Письмо возвращено на место.',
    spam: 'Письмо перемещено в «Спам».',
    'not-spam': 'Письмо возвращено во «Входящие».',
    discarded: 'Черновик удалён.',
    reported: 'Спасибо! Вы сообщили, что это письмо от мошенников.',
    undo: 'Отменить',
  },
  replyPrefix: 'Re:',
  forwardPrefix: 'Fwd:',
  subjectExample: 'Фото из сада',
  bodyExample: 'Дорогой мой, посылаю тебе фото из дома. Целую!',
  replyExample: 'Да, зацвели! Целую, мама.',
  wrong: {
    opened: 'Вы открыли письмо от {name}.',
    replied: 'Так вы отвечаете на письмо от {name}.',
    deleted: 'Письмо попало в корзину — оттуда его можно вернуть.',
    reportedNotScam: 'Это письмо не от мошенников.',
    linkClicked: 'Эта ссылка ведёт на поддельный сайт. К счастью, здесь это только упражнение.',
    recipient: 'Адрес {to} — не тот, который здесь нужен.',
    sent: 'Письмо ушло на адрес {to}.',
    attachment: 'Это другое фото: {file}.',
    other: 'Ничего не сломалось.',
  },
};

const uk: EmailLabels = {
  region: 'Навчальна електронна пошта',
  signup: {
    heading: 'Створіть адресу електронної пошти',
    intro: "Виберіть ім'я адреси й пароль. Це лише вправа: нічого не виходить за межі цього комп'ютера.",
    name: "Ім'я адреси",
    nameHelp:
      'Латинські малі літери, цифри й крапки, наприклад {suggested}. Адреса буде {suggested}@example.org.',
    password: 'Пароль',
    passwordHelp: 'Щонайменше 8 символів. Не вводьте тут справжній пароль.',
    repeat: 'Пароль ще раз',
    submit: 'Створити адресу',
    errors: {
      name: 'В імені адреси можуть бути лише латинські малі літери, цифри й крапки (від 3 до 40 символів), наприклад maria.popescu.',
      short: 'Пароль закороткий. Введіть щонайменше 8 символів.',
      mismatch: 'Паролі не збігаються. Введіть його ще раз, уважно.',
    },
  },
  home: {
    greeting: 'Добрий день, {name}!',
    hint: 'Щоб побачити листи, натисніть «Вхідні» ліворуч.',
    unread: 'Непрочитаних листів: {count}',
  },
  write: 'Написати',
  foldersLabel: 'Теки',
  folders: { inbox: 'Вхідні', sent: 'Надіслані', spam: 'Спам', bin: 'Кошик' },
  unreadMark: 'не прочитано',
  empty: 'Тут немає жодного листа.',
  listFrom: 'Від кого',
  listTo: 'Кому',
  attachmentMark: 'є вкладення',
  message: {
    from: 'Від кого',
    to: 'Кому',
    date: 'Дата',
    back: 'Назад до «{folder}»',
    actions: 'Що можна зробити з листом',
    reply: 'Відповісти',
    replyAll: 'Відповісти всім',
    forward: 'Переслати',
    delete: 'Видалити',
    restore: 'Повернути на місце',
    spam: 'Це спам',
    notSpam: 'Не спам',
    report: 'Повідомити про шахрайство',
    reportedBadge: 'Позначено як шахрайство',
    attachments: 'Вкладення',
    link: 'Натисніть тут',
    linkTarget: 'Насправді посилання веде на: {url}',
    signsHeading: 'Ознаки шахрайства в цьому листі',
  },
  linkPage: {
    heading: 'Стоп! Це було посилання-пастка',
    body: 'У житті це посилання відкрило б підроблений сайт, який просить дані картки. Тут нічого не сталося — це лише вправа. Поверніться до листа, повідомте про нього й видаліть його.',
    back: 'Назад до листа',
  },
  compose: {
    new: 'Новий лист',
    reply: 'Відповідь',
    forward: 'Пересилання',
    to: 'Кому',
    toHelp: 'Адреса має такий вигляд: imya@example.org',
    contacts: 'Вибрати з контактів',
    subject: 'Тема',
    body: 'Текст листа',
    quoted: 'Лист, на який ви відповідаєте',
    attach: 'Додати фото',
    attached: 'Додано',
    remove: 'Прибрати {file}',
    send: 'Надіслати',
    discard: 'Скасувати',
    errors: {
      'to-empty': 'Введіть адресу людини, якій пишете.',
      'to-format':
        'В адресі чогось бракує. Адреса має такий вигляд: imya@example.org — перевірте знак @ і крапку.',
    },
  },
  pictures: { heading: 'Зображення', intro: 'Виберіть фото, яке хочете додати.', close: 'Закрити' },
  notices: {
    sent: 'Лист надіслано.',
    deleted: 'Лист переміщено до кошика.',
    restored: 'Лист повернуто на місце.',
    spam: 'Лист переміщено до «Спаму».',
    'not-spam': 'Лист повернуто до «Вхідних».',
    discarded: 'Чернетку видалено.',
    reported: 'Дякуємо! Ви повідомили, що цей лист від шахраїв.',
    undo: 'Скасувати',
  },
  replyPrefix: 'Re:',
  forwardPrefix: 'Fwd:',
  subjectExample: 'Фото з городу',
  bodyExample: 'Мій дорогий, надсилаю тобі фото з дому. Цілую!',
  replyExample: 'Так, зацвіли! Цілую, мама.',
  wrong: {
    opened: 'Ви відкрили лист від {name}.',
    replied: 'Так ви відповідаєте на лист від {name}.',
    deleted: 'Лист потрапив до кошика — звідти його можна повернути.',
    reportedNotScam: 'Цей лист не від шахраїв.',
    linkClicked: 'Це посилання веде на підроблений сайт. На щастя, тут це лише вправа.',
    recipient: 'Адреса {to} — не та, що потрібна тут.',
    sent: 'Лист пішов на адресу {to}.',
    attachment: 'Це інше фото: {file}.',
    other: 'Нічого не зламалося.',
  },
};

const pl: EmailLabels = {
  region: 'Ćwiczebna poczta elektroniczna',
  signup: {
    heading: 'Załóż adres e-mail',
    intro: 'Wybierz nazwę adresu i hasło. To tylko ćwiczenie: nic nie wychodzi poza ten komputer.',
    name: 'Nazwa adresu',
    nameHelp:
      'Małe litery bez polskich znaków, cyfry i kropki, na przykład {suggested}. Adres będzie brzmiał {suggested}@example.org.',
    password: 'Hasło',
    passwordHelp: 'Co najmniej 8 znaków. Nie wpisuj tu prawdziwego hasła.',
    repeat: 'Powtórz hasło',
    submit: 'Załóż adres',
    errors: {
      name: 'Nazwa adresu może mieć tylko małe litery bez polskich znaków, cyfry i kropki (od 3 do 40 znaków), na przykład maria.popescu.',
      short: 'Hasło jest za krótkie. Wpisz co najmniej 8 znaków.',
      mismatch: 'Hasła się różnią. Wpisz je jeszcze raz, uważnie.',
    },
  },
  home: {
    greeting: 'Dzień dobry, {name}!',
    hint: 'Żeby zobaczyć listy, naciśnij „Odebrane” po lewej.',
    unread: 'Nieprzeczytane listy: {count}',
  },
  write: 'Napisz',
  foldersLabel: 'Foldery',
  folders: { inbox: 'Odebrane', sent: 'Wysłane', spam: 'Spam', bin: 'Kosz' },
  unreadMark: 'nieprzeczytany',
  empty: 'Nie ma tu żadnego listu.',
  listFrom: 'Od',
  listTo: 'Do',
  attachmentMark: 'ma załącznik',
  message: {
    from: 'Od',
    to: 'Do',
    date: 'Data',
    back: 'Wróć do „{folder}”',
    actions: 'Co możesz zrobić z listem',
    reply: 'Odpowiedz',
    replyAll: 'Odpowiedz wszystkim',
    forward: 'Przekaż dalej',
    delete: 'Usuń',
    restore: 'Przywróć',
    spam: 'Oznacz jako spam',
    notSpam: 'To nie spam',
    report: 'Zgłoś oszustwo',
    reportedBadge: 'Zgłoszony jako oszustwo',
    attachments: 'Załączniki',
    link: 'Kliknij tutaj',
    linkTarget: 'Link naprawdę prowadzi do: {url}',
    signsHeading: 'Oznaki oszustwa w tym liście',
  },
  linkPage: {
    heading: 'Stop! To był link-pułapka',
    body: 'Naprawdę ten link otworzyłby fałszywą stronę, która prosi o dane karty. Tutaj nic się nie stało — to tylko ćwiczenie. Wróć do listu, zgłoś go i usuń.',
    back: 'Wróć do listu',
  },
  compose: {
    new: 'Nowy list',
    reply: 'Odpowiedź',
    forward: 'Przekazanie',
    to: 'Do',
    toHelp: 'Adres wygląda tak: imie@example.org',
    contacts: 'Wybierz z kontaktów',
    subject: 'Temat',
    body: 'Treść listu',
    quoted: 'List, na który odpowiadasz',
    attach: 'Dołącz zdjęcie',
    attached: 'Dołączone',
    remove: 'Usuń {file}',
    send: 'Wyślij',
    discard: 'Odrzuć',
    errors: {
      'to-empty': 'Wpisz adres osoby, do której piszesz.',
      'to-format': 'W adresie czegoś brakuje. Adres wygląda tak: imie@example.org — sprawdź znak @ i kropkę.',
    },
  },
  pictures: { heading: 'Obrazy', intro: 'Wybierz zdjęcie, które chcesz dołączyć.', close: 'Zamknij' },
  notices: {
    sent: 'List został wysłany.',
    deleted: 'List trafił do kosza.',
    restored: 'List wrócił na miejsce.',
    spam: 'List trafił do folderu „Spam”.',
    'not-spam': 'List wrócił do „Odebranych”.',
    discarded: 'Wersja robocza została odrzucona.',
    reported: 'Dziękujemy! Ten list został zgłoszony jako oszustwo.',
    undo: 'Cofnij',
  },
  replyPrefix: 'Odp:',
  forwardPrefix: 'PD:',
  subjectExample: 'Zdjęcia z ogrodu',
  bodyExample: 'Kochany, przesyłam Ci zdjęcie z domu. Całuję!',
  replyExample: 'Tak, zakwitły! Całuję, mama.',
  wrong: {
    opened: 'To otwiera list od: {name}.',
    replied: 'Tak odpowiadasz na list od: {name}.',
    deleted: 'List trafił do kosza — stamtąd można go przywrócić.',
    reportedNotScam: 'Ten list nie jest oszustwem.',
    linkClicked: 'Ten link prowadzi na fałszywą stronę. Na szczęście tutaj to tylko ćwiczenie.',
    recipient: 'Adres {to} to nie ten, którego tu potrzeba.',
    sent: 'List poszedł na adres {to}.',
    attachment: 'To inne zdjęcie: {file}.',
    other: 'Nic się nie zepsuło.',
  },
};

const en: EmailLabels = {
  region: 'Practice mailbox',
  signup: {
    heading: 'Create your e-mail address',
    intro:
      'Choose the name of your address and a password. It is only practice: nothing leaves this computer.',
    name: 'Address name',
    nameHelp:
      'Small letters, digits and dots, for example {suggested}. Your address will be {suggested}@example.org.',
    password: 'Password',
    passwordHelp: 'At least 8 characters. Do not use a real password here.',
    repeat: 'Password again',
    submit: 'Create address',
    errors: {
      name: 'The address name can have only small letters without accents, digits and dots (3 to 40 of them), for example maria.popescu.',
      short: 'The password is too short. Type at least 8 characters.',
      mismatch: 'The two passwords are not the same. Type it again, carefully.',
    },
  },
  home: {
    greeting: 'Good day, {name}!',
    hint: 'To see your letters, press "Inbox" on the left.',
    unread: 'Unread letters: {count}',
  },
  write: 'Write',
  foldersLabel: 'Folders',
  folders: { inbox: 'Inbox', sent: 'Sent', spam: 'Spam', bin: 'Bin' },
  unreadMark: 'unread',
  empty: 'There are no letters here.',
  listFrom: 'From',
  listTo: 'To',
  attachmentMark: 'has an attachment',
  message: {
    from: 'From',
    to: 'To',
    date: 'Date',
    back: 'Back to "{folder}"',
    actions: 'What you can do with this letter',
    reply: 'Reply',
    replyAll: 'Reply all',
    forward: 'Forward',
    delete: 'Delete',
    restore: 'Restore',
    spam: 'Mark as spam',
    notSpam: 'Not spam',
    report: 'Report scam',
    reportedBadge: 'Reported as a scam',
    attachments: 'Attachments',
    link: 'Click here',
    linkTarget: 'This link really goes to: {url}',
    signsHeading: 'Signs of a scam in this letter',
  },
  linkPage: {
    heading: 'Stop! That was a trap link',
    body: 'In real life this link would open a fake site asking for your card details. Nothing happened here — it is only practice. Go back to the letter, report it and delete it.',
    back: 'Back to the letter',
  },
  compose: {
    new: 'New letter',
    reply: 'Reply',
    forward: 'Forward',
    to: 'To',
    toHelp: 'An address looks like this: name@example.org',
    contacts: 'Choose from your contacts',
    subject: 'Subject',
    body: 'Your message',
    quoted: 'The letter you are answering',
    attach: 'Attach a photo',
    attached: 'Attached',
    remove: 'Remove {file}',
    send: 'Send',
    discard: 'Discard',
    errors: {
      'to-empty': 'Type the address of the person you are writing to.',
      'to-format':
        'Something is missing in the address. An address looks like name@example.org — check the @ and the dot.',
    },
  },
  pictures: { heading: 'Pictures', intro: 'Choose the photo you want to attach.', close: 'Close' },
  notices: {
    sent: 'Your letter was sent.',
    deleted: 'The letter is in the bin.',
    restored: 'The letter is back in its place.',
    spam: 'The letter was moved to Spam.',
    'not-spam': 'The letter is back in the Inbox.',
    discarded: 'The draft was discarded.',
    reported: 'Thank you! You reported this letter as a scam.',
    undo: 'Undo',
  },
  replyPrefix: 'Re:',
  forwardPrefix: 'Fwd:',
  subjectExample: 'Garden photos',
  bodyExample: 'My dear, here is a photo from home. Love!',
  replyExample: 'Yes, they are in blossom! Love, Mum.',
  wrong: {
    opened: 'That opens the letter from {name}.',
    replied: 'That answers the letter from {name}.',
    deleted: 'That letter went to the bin — you can restore it from there.',
    reportedNotScam: 'That letter is not a scam.',
    linkClicked: 'That link leads to a fake site. Luckily, here it is only practice.',
    recipient: 'The address {to} is not the one needed here.',
    sent: 'That letter went to {to}.',
    attachment: 'That is another photo: {file}.',
    other: 'Nothing is broken.',
  },
};

export const EMAIL_LABELS: Record<Locale, EmailLabels> = { ro, ru, uk, pl, en };
