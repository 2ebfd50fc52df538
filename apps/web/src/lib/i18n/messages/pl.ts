import type { CoreMessages } from './messages';
import { accountMenu } from './account-menu/pl';
import { player } from './player/pl';

/** The sign-in, trainer, plans and printables messages are loaded apart (see ../index.ts). */
export const pl: CoreMessages = {
  accountMenu,
  siteName: 'Punte',
  siteTagline: 'Bezpłatne kursy w Twojej bibliotece',
  skipLink: 'Przejdź do głównej treści',
  languageNavLabel: 'Wybierz język',
  footer: 'Punte — uczymy się razem w bibliotece.',
  home: {
    title: 'Kursy',
    intro: 'Wybierz kurs. Możesz uczyć się we własnym tempie i wracać, kiedy chcesz.',
    empty: 'Na razie nie ma tu żadnego kursu. Zajrzyj później albo zapytaj bibliotekarza.',
  },
  course: {
    audience: 'Dla kogo',
    audiences: {
      seniors: 'Seniorzy',
      librarians: 'Bibliotekarze',
      trainers: 'Trenerzy',
      everyone: 'Wszyscy',
    },
    duration: 'Szacowany czas',
    lessons: {
      one: '{count} lekcja',
      few: '{count} lekcje',
      many: '{count} lekcji',
      other: '{count} lekcji',
    },
    modules: {
      one: '{count} moduł',
      few: '{count} moduły',
      many: '{count} modułów',
      other: '{count} modułu',
    },
    steps: { one: '{count} krok', few: '{count} kroki', many: '{count} kroków', other: '{count} kroku' },
    backToList: 'Wróć do listy kursów',
    contentsHeading: 'Czego się nauczysz',
    moduleLabel: 'Moduł {number}',
  },
  player,
  errors: {
    notFoundTitle: 'Nie znaleziono strony',
    notFoundBody:
      'Nie znaleźliśmy tego, czego szukasz. Być może adres jest błędny. Wróć do listy kursów i wybierz kurs stamtąd.',
    courseNotFoundTitle: 'Nie znaleziono kursu',
    courseNotFoundBody:
      'Ten kurs nie istnieje lub nie jest już dostępny. Wróć do listy kursów i wybierz inny kurs.',
    apiUnavailableTitle: 'Nie możemy się teraz połączyć',
    apiUnavailableBody:
      'Serwer z kursami nie odpowiada. Poczekaj minutę i naciśnij „Spróbuj ponownie”. Jeśli to nie pomoże, poproś o pomoc bibliotekarza.',
    apiRetrying: 'Strona sama też próbuje ponownie co kilka sekund.',
    unexpectedTitle: 'Coś poszło nie tak',
    unexpectedBody:
      'Wystąpił nieoczekiwany błąd. To nie Twoja wina. Naciśnij „Spróbuj ponownie” albo wróć do listy kursów.',
    tryAgain: 'Spróbuj ponownie',
    goHome: 'Przejdź do listy kursów',
  },
};
