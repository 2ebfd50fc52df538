import type { CoreMessages } from './messages';
import { accountMenu } from './account-menu/ro';
import { player } from './player/ro';

/** The sign-in, trainer, plans and printables messages are loaded apart (see ../index.ts). */
export const ro: CoreMessages = {
  accountMenu,
  siteName: 'Punte',
  siteTagline: 'Cursuri gratuite la biblioteca dumneavoastră',
  skipLink: 'Sari la conținutul principal',
  languageNavLabel: 'Alegeți limba',
  footer: 'Punte — învățăm împreună la bibliotecă.',
  home: {
    title: 'Cursuri',
    intro: 'Alegeți un curs. Puteți învăța în ritmul dumneavoastră și puteți reveni oricând.',
    empty: 'Deocamdată nu există niciun curs. Reveniți în curând sau întrebați bibliotecarul.',
  },
  course: {
    audience: 'Pentru cine este',
    audiences: {
      seniors: 'Vârstnici',
      librarians: 'Bibliotecari',
      trainers: 'Formatori',
      everyone: 'Toată lumea',
    },
    duration: 'Durată estimată',
    lessons: { one: '{count} lecție', few: '{count} lecții', other: '{count} de lecții' },
    modules: { one: '{count} modul', few: '{count} module', other: '{count} de module' },
    steps: { one: '{count} pas', few: '{count} pași', other: '{count} de pași' },
    backToList: 'Înapoi la lista de cursuri',
    contentsHeading: 'Ce veți învăța',
    moduleLabel: 'Modulul {number}',
  },
  player,
  errors: {
    notFoundTitle: 'Pagina nu a fost găsită',
    notFoundBody:
      'Nu am găsit ce căutați. Poate că adresa este greșită. Întoarceți-vă la lista de cursuri și alegeți de acolo.',
    courseNotFoundTitle: 'Cursul nu a fost găsit',
    courseNotFoundBody:
      'Acest curs nu există sau nu mai este disponibil. Întoarceți-vă la lista de cursuri și alegeți alt curs.',
    apiUnavailableTitle: 'Nu ne putem conecta acum',
    apiUnavailableBody:
      'Serverul cu cursuri nu răspunde. Așteptați un minut, apoi apăsați „Încercați din nou”. Dacă nici atunci nu merge, cereți ajutor bibliotecarului.',
    apiRetrying: 'Pagina încearcă și singură din nou, la câteva secunde.',
    unexpectedTitle: 'Ceva nu a mers bine',
    unexpectedBody:
      'A apărut o eroare neașteptată. Nu este vina dumneavoastră. Apăsați „Încercați din nou” sau întoarceți-vă la lista de cursuri.',
    tryAgain: 'Încercați din nou',
    goHome: 'Mergeți la lista de cursuri',
  },
};
