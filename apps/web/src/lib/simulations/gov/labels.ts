import type { Locale } from '../../i18n/locales';

/** The practice portal's own words; services and forms come from the scenario. */
export interface GovLabels {
  region: string;
  practiceBanner: string;
  search: { label: string; button: string };
  nav: {
    home: string;
    signin: string;
    register: string;
    signout: string;
    requests: string;
    status: string;
    signedIn: string;
  };
  home: { heading: string; intro: string };
  results: { heading: string; none: string };
  service: { apply: string; noForm: string; back: string };
  form: {
    step: string;
    next: string;
    back: string;
    review: string;
    change: string;
    submit: string;
    required: string;
    choose: string;
    problemsHeading: string;
    problems: { required: string; email: string; phone: string; date: string; tick: string };
    ticked: string;
    notTicked: string;
    terms: string;
  };
  receipt: {
    heading: string;
    number: string;
    keep: string;
    download: string;
    downloaded: string;
    status: string;
  };
  register: {
    heading: string;
    intro: string;
    name: string;
    email: string;
    password: string;
    passwordHelp: string;
    repeat: string;
    terms: string;
    consent: string;
    submit: string;
    problemsHeading: string;
    problems: { name: string; email: string; password: string; repeat: string; consent: string };
  };
  signin: {
    heading: string;
    eidHeading: string;
    eidText: string;
    eidButton: string;
    passwordHeading: string;
    email: string;
    password: string;
    submit: string;
    noAccount: string;
    problems: { email: string; unknown: string; password: string };
  };
  requests: {
    heading: string;
    none: string;
    number: string;
    state: string;
    statusButton: string;
    download: string;
  };
  statuses: { received: string; 'in-progress': string };
  status: { heading: string; number: string; help: string; check: string; found: string; notFound: string };
  example: { name: string; email: string; message: string };
  wrong: { service: string; field: string; other: string };
}

const ro: GovLabels = {
  region: 'Portal de exercițiu',
  practiceBanner: 'Copie de exercițiu: nimic nu se trimite vreunei autorități. Folosiți doar date inventate.',
  search: { label: 'Căutați un serviciu', button: 'Caută' },
  nav: {
    home: 'Acasă',
    signin: 'Autentificare',
    register: 'Înregistrare',
    signout: 'Ieșire',
    requests: 'Cererile mele',
    status: 'Starea unei cereri',
    signedIn: 'Sunteți autentificat',
  },
  home: {
    heading: 'Ce aveți de rezolvat?',
    intro: 'Scrieți în căsuța de căutare un cuvânt, de exemplu denumirea actului de care aveți nevoie.',
  },
  results: {
    heading: 'Rezultate pentru „{query}”',
    none: 'Nu am găsit nimic pentru „{query}”. Încercați alt cuvânt — de exemplu denumirea actului de care aveți nevoie.',
  },
  service: {
    apply: 'Depune online',
    noForm:
      'În acest exercițiu serviciul nu se depune online. Informațiile de mai sus sunt cele de care aveți nevoie.',
    back: 'Înapoi la rezultate',
  },
  form: {
    step: 'Pasul {n} din {total}',
    next: 'Mai departe',
    back: 'Înapoi',
    review: 'Verificați datele',
    change: 'Modifică',
    submit: 'Trimite',
    required: '(obligatoriu)',
    choose: 'Alegeți…',
    problemsHeading: 'Vă rugăm să corectați:',
    problems: {
      required: 'Completați „{label}”.',
      email: 'La „{label}” scrieți o adresă ca nume@example.org.',
      phone: 'La „{label}” scrieți un număr de telefon din cifre, de exemplu {phone}.',
      date: 'La „{label}” alegeți o dată.',
      tick: 'Bifați „{label}” ca să puteți trimite.',
    },
    ticked: 'Da',
    notTicked: 'Nebifat',
    terms: 'Datele sunt folosite doar pentru a răspunde acestei cereri. (Exercițiu: nu se păstrează nimic.)',
  },
  receipt: {
    heading: 'Cererea a fost înregistrată',
    number: 'Numărul de înregistrare',
    keep: 'Notați acest număr: după el puteți verifica starea cererii.',
    download: 'Descarcă confirmarea (PDF)',
    downloaded:
      'Confirmarea {file} a fost salvată în „Descărcări” (în exercițiu nu se salvează nimic de fapt).',
    status: 'Verifică starea',
  },
  register: {
    heading: 'Înregistrare',
    intro: 'Creați un cont pe portal. Folosiți doar date inventate.',
    name: 'Nume și prenume',
    email: 'E-mail',
    password: 'Parola',
    passwordHelp: 'Cel puțin 8 caractere — o parolă de exercițiu, niciodată una adevărată.',
    repeat: 'Parola încă o dată',
    terms:
      'Condiții: datele sunt folosite doar pentru serviciile portalului. (Exercițiu: nu se păstrează nimic.)',
    consent: 'Am citit și accept condițiile',
    submit: 'Creează contul',
    problemsHeading: 'Vă rugăm să corectați:',
    problems: {
      name: 'Scrieți numele și prenumele.',
      email: 'Scrieți o adresă de e-mail ca nume@example.org.',
      password: 'Parola trebuie să aibă cel puțin 8 caractere.',
      repeat: 'Cele două parole nu sunt la fel.',
      consent: 'Bifați că acceptați condițiile.',
    },
  },
  signin: {
    heading: 'Autentificare',
    eidHeading: 'Cu identitatea electronică',
    eidText:
      'Autentificare de exercițiu: în realitate confirmați cu buletinul electronic, semnătura mobilă sau banca.',
    eidButton: 'Intră cu identitatea electronică',
    passwordHeading: 'Cu e-mail și parolă',
    email: 'E-mail',
    password: 'Parola',
    submit: 'Intră în cont',
    noAccount: 'Nu aveți cont?',
    problems: {
      email: 'Scrieți adresa de e-mail ca nume@example.org.',
      unknown: 'Încă nu există un cont cu această adresă. Înregistrați-vă mai întâi sau verificați adresa.',
      password: 'Parola are cel puțin 8 caractere.',
    },
  },
  requests: {
    heading: 'Cererile mele',
    none: 'Nu aveți încă nicio cerere.',
    number: 'Număr',
    state: 'Stare',
    statusButton: 'Starea cererii {number}',
    download: 'Confirmarea cererii {number}',
  },
  statuses: { received: 'Primită — se examinează', 'in-progress': 'În lucru' },
  status: {
    heading: 'Starea unei cereri',
    number: 'Numărul de înregistrare',
    help: 'Îl găsiți pe confirmare, de exemplu {number}.',
    check: 'Verifică',
    found: 'Cererea {number}: {status}.',
    notFound: 'Nu am găsit nicio cerere cu acest număr. Verificați-l pe confirmare.',
  },
  example: {
    name: 'Ana Rusu',
    email: 'ana.rusu@example.org',
    message: 'Pe strada Exemplului nu funcționează felinarele de o săptămână, de la numărul 1 la numărul 20.',
  },
  wrong: {
    service: 'Așa se deschide „{title}”.',
    field: 'Ați completat „{label}”.',
    other: 'Nu s-a stricat nimic.',
  },
};

const ru: GovLabels = {
  region: 'Учебный портал',
  practiceBanner:
    'Учебная копия: ничего не отправляется ни в какое ведомство. Используйте только выдуманные данные.',
  search: { label: 'Поиск услуги', button: 'Найти' },
  nav: {
    home: 'Главная',
    signin: 'Вход',
    register: 'Регистрация',
    signout: 'Выйти',
    requests: 'Мои заявления',
    status: 'Статус заявления',
    signedIn: 'Вы вошли',
  },
  home: {
    heading: 'Что вам нужно сделать?',
    intro: 'Введите в строку поиска слово, например название нужного документа.',
  },
  results: {
    heading: 'Результаты по запросу «{query}»',
    none: 'По запросу «{query}» ничего не найдено. Попробуйте другое слово — например, название нужного документа.',
  },
  service: {
    apply: 'Подать онлайн',
    noForm: 'В этом упражнении услугу нельзя подать онлайн. Всё, что нужно знать, написано выше.',
    back: 'Назад к результатам',
  },
  form: {
    step: 'Шаг {n} из {total}',
    next: 'Далее',
    back: 'Назад',
    review: 'Проверьте данные',
    change: 'Изменить',
    submit: 'Отправить',
    required: '(обязательно)',
    choose: 'Выберите…',
    problemsHeading: 'Пожалуйста, исправьте:',
    problems: {
      required: 'Заполните поле «{label}».',
      email: 'В поле «{label}» введите адрес вида imya@example.org.',
      phone: 'В поле «{label}» введите номер телефона цифрами, например {phone}.',
      date: 'В поле «{label}» выберите дату.',
      tick: 'Отметьте «{label}», чтобы отправить.',
    },
    ticked: 'Да',
    notTicked: 'Не отмечено',
    terms: 'Данные используются только для ответа на это заявление. (Упражнение: ничего не сохраняется.)',
  },
  receipt: {
    heading: 'Заявление зарегистрировано',
    number: 'Регистрационный номер',
    keep: 'Запишите этот номер: по нему можно проверить статус.',
    download: 'Скачать подтверждение (PDF)',
    downloaded:
      'Подтверждение {file} сохранено в «Загрузках» (в упражнении на самом деле ничего не сохраняется).',
    status: 'Проверить статус',
  },
  register: {
    heading: 'Регистрация',
    intro: 'Создайте учётную запись на портале. Используйте только выдуманные данные.',
    name: 'Фамилия и имя',
    email: 'Электронная почта',
    password: 'Пароль',
    passwordHelp: 'Не меньше 8 символов — учебный пароль, никогда не настоящий.',
    repeat: 'Пароль ещё раз',
    terms: 'Условия: данные используются только для услуг портала. (Упражнение: ничего не сохраняется.)',
    consent: 'Я прочитал(а) и принимаю условия',
    submit: 'Создать учётную запись',
    problemsHeading: 'Пожалуйста, исправьте:',
    problems: {
      name: 'Введите фамилию и имя.',
      email: 'Введите адрес электронной почты вида imya@example.org.',
      password: 'В пароле должно быть не меньше 8 символов.',
      repeat: 'Пароли не совпадают.',
      consent: 'Отметьте, что вы принимаете условия.',
    },
  },
  signin: {
    heading: 'Вход',
    eidHeading: 'С электронной подписью',
    eidText: 'Учебный вход: в жизни вы подтверждаете вход ID-картой, мобильной подписью или через банк.',
    eidButton: 'Войти с электронной подписью',
    passwordHeading: 'С почтой и паролем',
    email: 'Электронная почта',
    password: 'Пароль',
    submit: 'Войти',
    noAccount: 'Нет учётной записи?',
    problems: {
      email: 'Введите адрес электронной почты вида imya@example.org.',
      unknown: 'Учётной записи с таким адресом пока нет. Сначала зарегистрируйтесь или проверьте адрес.',
      password: 'В пароле не меньше 8 символов.',
    },
  },
  requests: {
    heading: 'Мои заявления',
    none: 'У вас пока нет заявлений.',
    number: 'Номер',
    state: 'Статус',
    statusButton: 'Статус заявления {number}',
    download: 'Подтверждение заявления {number}',
  },
  statuses: { received: 'Получено — рассматривается', 'in-progress': 'В работе' },
  status: {
    heading: 'Статус заявления',
    number: 'Регистрационный номер',
    help: 'Он указан в подтверждении, например {number}.',
    check: 'Проверить',
    found: 'Заявление {number}: {status}.',
    notFound: 'Заявления с таким номером не найдено. Сверьте номер с подтверждением.',
  },
  example: {
    name: 'Анна Руденко',
    email: 'anna.rudenko@example.org',
    message: 'На улице Примерной уже неделю не горят фонари, от дома 1 до дома 20.',
  },
  wrong: {
    service: 'Так открывается «{title}».',
    field: 'Вы заполнили поле «{label}».',
    other: 'Ничего не сломалось.',
  },
};

const uk: GovLabels = {
  region: 'Навчальний портал',
  practiceBanner:
    'Навчальна копія: нічого не надсилається до жодного органу. Використовуйте лише вигадані дані.',
  search: { label: 'Пошук послуги', button: 'Знайти' },
  nav: {
    home: 'Головна',
    signin: 'Вхід',
    register: 'Реєстрація',
    signout: 'Вийти',
    requests: 'Мої заяви',
    status: 'Статус заяви',
    signedIn: 'Ви увійшли',
  },
  home: {
    heading: 'Що вам потрібно зробити?',
    intro: 'Введіть у рядок пошуку слово, наприклад назву потрібного документа.',
  },
  results: {
    heading: 'Результати за запитом «{query}»',
    none: 'За запитом «{query}» нічого не знайдено. Спробуйте інше слово — наприклад, назву потрібного документа.',
  },
  service: {
    apply: 'Подати онлайн',
    noForm: 'У цій вправі послугу не можна подати онлайн. Усе, що треба знати, написано вище.',
    back: 'Назад до результатів',
  },
  form: {
    step: 'Крок {n} з {total}',
    next: 'Далі',
    back: 'Назад',
    review: 'Перевірте дані',
    change: 'Змінити',
    submit: 'Надіслати',
    required: "(обов'язково)",
    choose: 'Виберіть…',
    problemsHeading: 'Будь ласка, виправте:',
    problems: {
      required: 'Заповніть поле «{label}».',
      email: 'У полі «{label}» введіть адресу на зразок imya@example.org.',
      phone: 'У полі «{label}» введіть номер телефону цифрами, наприклад {phone}.',
      date: 'У полі «{label}» виберіть дату.',
      tick: 'Позначте «{label}», щоб надіслати.',
    },
    ticked: 'Так',
    notTicked: 'Не позначено',
    terms: 'Дані використовуються лише для відповіді на цю заяву. (Вправа: нічого не зберігається.)',
  },
  receipt: {
    heading: 'Заяву зареєстровано',
    number: 'Реєстраційний номер',
    keep: 'Запишіть цей номер: за ним можна перевірити статус.',
    download: 'Завантажити підтвердження (PDF)',
    downloaded:
      'Підтвердження {file} збережено в «Завантаженнях» (у вправі насправді нічого не зберігається).',
    status: 'Перевірити статус',
  },
  register: {
    heading: 'Реєстрація',
    intro: 'Створіть обліковий запис на порталі. Використовуйте лише вигадані дані.',
    name: "Прізвище та ім'я",
    email: 'Електронна пошта',
    password: 'Пароль',
    passwordHelp: 'Щонайменше 8 символів — навчальний пароль, ніколи не справжній.',
    repeat: 'Пароль ще раз',
    terms: 'Умови: дані використовуються лише для послуг порталу. (Вправа: нічого не зберігається.)',
    consent: 'Я прочитав(-ла) і приймаю умови',
    submit: 'Створити обліковий запис',
    problemsHeading: 'Будь ласка, виправте:',
    problems: {
      name: "Введіть прізвище та ім'я.",
      email: 'Введіть адресу електронної пошти на зразок imya@example.org.',
      password: 'Пароль має містити щонайменше 8 символів.',
      repeat: 'Паролі не збігаються.',
      consent: 'Позначте, що ви приймаєте умови.',
    },
  },
  signin: {
    heading: 'Вхід',
    eidHeading: 'З електронним підписом',
    eidText: 'Навчальний вхід: у житті ви підтверджуєте вхід ID-карткою, мобільним підписом або через банк.',
    eidButton: 'Увійти з електронним підписом',
    passwordHeading: 'З поштою та паролем',
    email: 'Електронна пошта',
    password: 'Пароль',
    submit: 'Увійти',
    noAccount: 'Немає облікового запису?',
    problems: {
      email: 'Введіть адресу електронної пошти на зразок imya@example.org.',
      unknown: 'Облікового запису з такою адресою ще немає. Спершу зареєструйтеся або перевірте адресу.',
      password: 'Пароль містить щонайменше 8 символів.',
    },
  },
  requests: {
    heading: 'Мої заяви',
    none: 'У вас поки немає заяв.',
    number: 'Номер',
    state: 'Статус',
    statusButton: 'Статус заяви {number}',
    download: 'Підтвердження заяви {number}',
  },
  statuses: { received: 'Отримано — розглядається', 'in-progress': 'У роботі' },
  status: {
    heading: 'Статус заяви',
    number: 'Реєстраційний номер',
    help: 'Він є в підтвердженні, наприклад {number}.',
    check: 'Перевірити',
    found: 'Заява {number}: {status}.',
    notFound: 'Заяви з таким номером не знайдено. Звірте номер із підтвердженням.',
  },
  example: {
    name: 'Ганна Руденко',
    email: 'hanna.rudenko@example.org',
    message: 'На вулиці Прикладній уже тиждень не світять ліхтарі, від будинку 1 до будинку 20.',
  },
  wrong: {
    service: 'Так відкривається «{title}».',
    field: 'Ви заповнили поле «{label}».',
    other: 'Нічого не зламалося.',
  },
};

const pl: GovLabels = {
  region: 'Ćwiczebny portal',
  practiceBanner: 'Kopia ćwiczebna: nic nie trafia do żadnego urzędu. Używaj wyłącznie zmyślonych danych.',
  search: { label: 'Wyszukaj usługę', button: 'Szukaj' },
  nav: {
    home: 'Strona główna',
    signin: 'Zaloguj się',
    register: 'Zarejestruj się',
    signout: 'Wyloguj się',
    requests: 'Moje sprawy',
    status: 'Status sprawy',
    signedIn: 'Jesteś zalogowany',
  },
  home: {
    heading: 'Co chcesz załatwić?',
    intro: 'Wpisz w wyszukiwarkę słowo, na przykład nazwę potrzebnego dokumentu.',
  },
  results: {
    heading: 'Wyniki dla „{query}”',
    none: 'Nic nie znaleziono dla „{query}”. Spróbuj innego słowa — na przykład nazwy potrzebnego dokumentu.',
  },
  service: {
    apply: 'Złóż online',
    noForm: 'W tym ćwiczeniu tej usługi nie składa się online. Wszystko, co trzeba wiedzieć, jest powyżej.',
    back: 'Wróć do wyników',
  },
  form: {
    step: 'Krok {n} z {total}',
    next: 'Dalej',
    back: 'Wstecz',
    review: 'Sprawdź dane',
    change: 'Zmień',
    submit: 'Wyślij',
    required: '(wymagane)',
    choose: 'Wybierz…',
    problemsHeading: 'Popraw, proszę:',
    problems: {
      required: 'Wypełnij pole „{label}”.',
      email: 'W polu „{label}” wpisz adres w rodzaju imie@example.org.',
      phone: 'W polu „{label}” wpisz numer telefonu cyframi, na przykład {phone}.',
      date: 'W polu „{label}” wybierz datę.',
      tick: 'Zaznacz „{label}”, żeby wysłać.',
    },
    ticked: 'Tak',
    notTicked: 'Nie zaznaczono',
    terms: 'Dane służą wyłącznie do załatwienia tej sprawy. (Ćwiczenie: nic nie jest przechowywane.)',
  },
  receipt: {
    heading: 'Sprawa została zarejestrowana',
    number: 'Numer sprawy',
    keep: 'Zapisz ten numer: dzięki niemu sprawdzisz status.',
    download: 'Pobierz potwierdzenie (PDF)',
    downloaded: 'Potwierdzenie {file} zapisano w „Pobranych” (w ćwiczeniu naprawdę nic się nie zapisuje).',
    status: 'Sprawdź status',
  },
  register: {
    heading: 'Rejestracja',
    intro: 'Załóż konto na portalu. Używaj wyłącznie zmyślonych danych.',
    name: 'Imię i nazwisko',
    email: 'Adres e-mail',
    password: 'Hasło',
    passwordHelp: 'Co najmniej 8 znaków — hasło ćwiczebne, nigdy prawdziwe.',
    repeat: 'Powtórz hasło',
    terms: 'Regulamin: dane służą wyłącznie do usług portalu. (Ćwiczenie: nic nie jest przechowywane.)',
    consent: 'Przeczytałem(-am) i akceptuję regulamin',
    submit: 'Załóż konto',
    problemsHeading: 'Popraw, proszę:',
    problems: {
      name: 'Wpisz imię i nazwisko.',
      email: 'Wpisz adres e-mail w rodzaju imie@example.org.',
      password: 'Hasło musi mieć co najmniej 8 znaków.',
      repeat: 'Hasła się różnią.',
      consent: 'Zaznacz, że akceptujesz regulamin.',
    },
  },
  signin: {
    heading: 'Logowanie',
    eidHeading: 'Tożsamością elektroniczną',
    eidText: 'Logowanie ćwiczebne: naprawdę potwierdzasz je e-dowodem, podpisem mobilnym albo przez bank.',
    eidButton: 'Zaloguj się tożsamością elektroniczną',
    passwordHeading: 'Adresem e-mail i hasłem',
    email: 'Adres e-mail',
    password: 'Hasło',
    submit: 'Zaloguj się',
    noAccount: 'Nie masz konta?',
    problems: {
      email: 'Wpisz adres e-mail w rodzaju imie@example.org.',
      unknown: 'Nie ma jeszcze konta z tym adresem. Najpierw się zarejestruj albo sprawdź adres.',
      password: 'Hasło ma co najmniej 8 znaków.',
    },
  },
  requests: {
    heading: 'Moje sprawy',
    none: 'Nie masz jeszcze żadnych spraw.',
    number: 'Numer',
    state: 'Status',
    statusButton: 'Status sprawy {number}',
    download: 'Potwierdzenie sprawy {number}',
  },
  statuses: { received: 'Przyjęta — w rozpatrzeniu', 'in-progress': 'W toku' },
  status: {
    heading: 'Status sprawy',
    number: 'Numer sprawy',
    help: 'Znajdziesz go na potwierdzeniu, na przykład {number}.',
    check: 'Sprawdź',
    found: 'Sprawa {number}: {status}.',
    notFound: 'Nie znaleziono sprawy o tym numerze. Porównaj go z potwierdzeniem.',
  },
  example: {
    name: 'Janina Kowalska',
    email: 'janina.kowalska@example.org',
    message: 'Na ulicy Przykładowej od tygodnia nie świecą latarnie, od numeru 1 do numeru 20.',
  },
  wrong: {
    service: 'Tak otwiera się „{title}”.',
    field: 'Wypełniono pole „{label}”.',
    other: 'Nic się nie zepsuło.',
  },
};

const en: GovLabels = {
  region: 'Practice portal',
  practiceBanner: 'A practice copy: nothing is sent to any authority. Use made-up data only.',
  search: { label: 'Search for a service', button: 'Search' },
  nav: {
    home: 'Home',
    signin: 'Sign in',
    register: 'Register',
    signout: 'Sign out',
    requests: 'My requests',
    status: 'Request status',
    signedIn: 'You are signed in',
  },
  home: {
    heading: 'What do you need to do?',
    intro: 'Type a word in the search box, for example the name of the document you need.',
  },
  results: {
    heading: 'Results for "{query}"',
    none: 'Nothing found for "{query}". Try another word — for example the name of the document you need.',
  },
  service: {
    apply: 'Apply online',
    noForm: 'In this practice, this service is not applied for online. What you need to know is above.',
    back: 'Back to the results',
  },
  form: {
    step: 'Step {n} of {total}',
    next: 'Next',
    back: 'Back',
    review: 'Check your answers',
    change: 'Change',
    submit: 'Submit',
    required: '(required)',
    choose: 'Choose…',
    problemsHeading: 'Please correct:',
    problems: {
      required: 'Fill in "{label}".',
      email: 'In "{label}", type an address like name@example.org.',
      phone: 'In "{label}", type a phone number in digits, for example {phone}.',
      date: 'In "{label}", choose a date.',
      tick: 'Tick "{label}" to submit.',
    },
    ticked: 'Yes',
    notTicked: 'Not ticked',
    terms: 'The data are used only to answer this request. (Practice: nothing is kept.)',
  },
  receipt: {
    heading: 'Your request has been registered',
    number: 'Registration number',
    keep: 'Write down this number: with it you can check the status.',
    download: 'Download the confirmation (PDF)',
    downloaded: 'The confirmation {file} is saved in Downloads (in practice, nothing is really saved).',
    status: 'Check the status',
  },
  register: {
    heading: 'Register',
    intro: 'Create an account on the portal. Use made-up data only.',
    name: 'Full name',
    email: 'E-mail',
    password: 'Password',
    passwordHelp: 'At least 8 characters — a practice password, never a real one.',
    repeat: 'Password again',
    terms: "Terms: your data are used only for the portal's services. (Practice: nothing is kept.)",
    consent: 'I have read and accept the terms',
    submit: 'Create account',
    problemsHeading: 'Please correct:',
    problems: {
      name: 'Type your full name.',
      email: 'Type an e-mail address like name@example.org.',
      password: 'The password needs at least 8 characters.',
      repeat: 'The two passwords are not the same.',
      consent: 'Tick that you accept the terms.',
    },
  },
  signin: {
    heading: 'Sign in',
    eidHeading: 'With your electronic identity',
    eidText:
      'A practice sign-in: in real life you confirm with your electronic ID card, mobile signature or bank.',
    eidButton: 'Sign in with electronic identity',
    passwordHeading: 'With e-mail and password',
    email: 'E-mail',
    password: 'Password',
    submit: 'Sign in',
    noAccount: 'No account yet?',
    problems: {
      email: 'Type an e-mail address like name@example.org.',
      unknown: 'There is no account with this address yet. Register first, or check the address.',
      password: 'The password has at least 8 characters.',
    },
  },
  requests: {
    heading: 'My requests',
    none: 'You have no requests yet.',
    number: 'Number',
    state: 'Status',
    statusButton: 'Status of request {number}',
    download: 'Confirmation of request {number}',
  },
  statuses: { received: 'Received — being examined', 'in-progress': 'In progress' },
  status: {
    heading: 'Request status',
    number: 'Registration number',
    help: 'It is on the confirmation, for example {number}.',
    check: 'Check',
    found: 'Request {number}: {status}.',
    notFound: 'We found no request with this number. Compare it with the confirmation.',
  },
  example: {
    name: 'Ann Sample',
    email: 'ann.sample@example.org',
    message: 'The street lamps on Example Street, from number 1 to number 20, have not worked for a week.',
  },
  wrong: { service: 'That opens "{title}".', field: 'You filled in "{label}".', other: 'Nothing is broken.' },
};

export const GOV_LABELS: Record<Locale, GovLabels> = { ro, ru, uk, pl, en };
