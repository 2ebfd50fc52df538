import type { Locale } from '../../i18n/locales';

/** The practice host's own words, around every tool. */
export interface HostLabels {
  region: string;
  panel: string;
  task: string;
  now: string;
  readAloud: string;
  stopReading: string;
  showMe: string;
  showing: string;
  yourTurn: string;
  hint: string;
  progress: string;
  done: string;
  current: string;
  optional: string;
  complete: string;
  loading: string;
  unavailable: string;
  failed: string;
  tryAgain: string;
}

export const HOST_LABELS: Record<Locale, HostLabels> = {
  ro: {
    region: 'Exercițiu: {title}',
    panel: 'Ce aveți de făcut',
    task: 'Sarcina',
    now: 'Acum',
    readAloud: 'Citește cu voce tare',
    stopReading: 'Oprește citirea',
    showMe: 'Arată-mi',
    showing: 'Priviți: fac eu acest pas, încet…',
    yourTurn: 'Acum e rândul dumneavoastră.',
    hint: 'Uitați-vă la locul evidențiat cu chenar portocaliu în exercițiu: de acolo continuați.',
    progress: 'Pașii exercițiului',
    done: 'făcut',
    current: 'acum',
    optional: 'dacă doriți',
    complete: 'Exercițiul este gata. Puteți merge mai departe.',
    loading: 'Se încarcă exercițiul…',
    unavailable:
      'Acest exercițiu nu este încă disponibil. Puteți trece la pasul următor sau cereți ajutor bibliotecarului.',
    failed: 'Exercițiul nu s-a putut încărca. Verificați conexiunea și apăsați „Încearcă din nou”.',
    tryAgain: 'Încearcă din nou',
  },
  ru: {
    region: 'Упражнение: {title}',
    panel: 'Что нужно сделать',
    task: 'Задание',
    now: 'Сейчас',
    readAloud: 'Прочитать вслух',
    stopReading: 'Остановить чтение',
    showMe: 'Покажите мне',
    showing: 'Смотрите: я медленно делаю этот шаг за вас…',
    yourTurn: 'Теперь ваша очередь.',
    hint: 'Посмотрите на место в упражнении, выделенное оранжевой рамкой: продолжайте оттуда.',
    progress: 'Шаги упражнения',
    done: 'сделано',
    current: 'сейчас',
    optional: 'по желанию',
    complete: 'Упражнение выполнено. Можно идти дальше.',
    loading: 'Упражнение загружается…',
    unavailable:
      'Это упражнение пока недоступно. Перейдите к следующему шагу или попросите помощи у библиотекаря.',
    failed: 'Не удалось загрузить упражнение. Проверьте подключение и нажмите «Попробовать снова».',
    tryAgain: 'Попробовать снова',
  },
  uk: {
    region: 'Вправа: {title}',
    panel: 'Що потрібно зробити',
    task: 'Завдання',
    now: 'Зараз',
    readAloud: 'Прочитати вголос',
    stopReading: 'Зупинити читання',
    showMe: 'Покажіть мені',
    showing: 'Дивіться: я повільно роблю цей крок за вас…',
    yourTurn: 'Тепер ваша черга.',
    hint: 'Подивіться на місце у вправі, виділене помаранчевою рамкою: продовжуйте звідти.',
    progress: 'Кроки вправи',
    done: 'зроблено',
    current: 'зараз',
    optional: 'за бажанням',
    complete: 'Вправу виконано. Можна йти далі.',
    loading: 'Вправа завантажується…',
    unavailable:
      'Ця вправа поки недоступна. Перейдіть до наступного кроку або попросіть допомоги в бібліотекаря.',
    failed: "Не вдалося завантажити вправу. Перевірте з'єднання й натисніть «Спробувати ще раз».",
    tryAgain: 'Спробувати ще раз',
  },
  pl: {
    region: 'Ćwiczenie: {title}',
    panel: 'Co masz zrobić',
    task: 'Zadanie',
    now: 'Teraz',
    readAloud: 'Przeczytaj na głos',
    stopReading: 'Zatrzymaj czytanie',
    showMe: 'Pokaż mi',
    showing: 'Patrz: powoli robię ten krok za ciebie…',
    yourTurn: 'Teraz twoja kolej.',
    hint: 'Spójrz na miejsce w ćwiczeniu oznaczone pomarańczową ramką: stamtąd idź dalej.',
    progress: 'Kroki ćwiczenia',
    done: 'zrobione',
    current: 'teraz',
    optional: 'jeśli chcesz',
    complete: 'Ćwiczenie ukończone. Możesz iść dalej.',
    loading: 'Ćwiczenie się wczytuje…',
    unavailable:
      'To ćwiczenie nie jest jeszcze dostępne. Przejdź do następnego kroku albo poproś o pomoc bibliotekarza.',
    failed: 'Nie udało się wczytać ćwiczenia. Sprawdź połączenie i naciśnij „Spróbuj ponownie”.',
    tryAgain: 'Spróbuj ponownie',
  },
  en: {
    region: 'Practice: {title}',
    panel: 'What to do',
    task: 'Your task',
    now: 'Now',
    readAloud: 'Read aloud',
    stopReading: 'Stop reading',
    showMe: 'Show me',
    showing: 'Watch: I am doing this step for you, slowly…',
    yourTurn: 'Now it is your turn.',
    hint: 'Look at the place in the exercise with the orange frame: go on from there.',
    progress: 'Steps of the exercise',
    done: 'done',
    current: 'now',
    optional: 'if you like',
    complete: 'The exercise is complete. You can go on.',
    loading: 'Loading the exercise…',
    unavailable: 'This exercise is not available yet. Go on to the next step, or ask a librarian for help.',
    failed: 'The exercise could not be loaded. Check the connection and press "Try again".',
    tryAgain: 'Try again',
  },
};
