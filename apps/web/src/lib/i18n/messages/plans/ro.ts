import type { PlansMessages } from './messages';

export const plans: PlansMessages = {
  backToCourse: 'Înapoi la curs',
  print: 'Tipăriți planul',
  downloadPdf: 'Descărcați PDF',
  filled: '{filled} din {total} răspunsuri scrise',
  fromLesson: 'Din lecția „{lesson}”',
  notReached: 'Această parte o veți scrie în lecția „{lesson}”.',
  openLesson: 'Deschideți lecția',
  courseHeading: 'Planul dumneavoastră',
  reportHeading: 'Planuri',
  noPlanYet: 'Încă niciun plan',
  courseIntro:
    'Ce scrieți în fișele de lucru ale acestui curs formează un singur plan. Deschideți-l ca să-l citiți, să-l schimbați sau să-l descărcați.',
  notFilled: 'Încă nu este scris',
  optional: '(opțional)',
  save: 'Salvați această parte',
  saved: 'Salvat',
  saving: 'Se salvează…',
  offline:
    'Nu există conexiune. Modificările sunt păstrate pe acest calculator și vor fi trimise când revine conexiunea.',
  refused: 'Modificarea nu a putut fi salvată: {reason}',
  guestTitle: 'Planul dumneavoastră se păstrează în contul dumneavoastră',
  guestBody:
    'Intrați în cont ca să vedeți planul într-un singur loc, să-l modificați și să-l descărcați ca PDF. Ce ați scris în foile de lucru pe acest calculator trece în contul dumneavoastră când intrați.',
  signIn: 'Intrați în cont',
  learnerHeading: 'Planul lui {name}',
  readOnly: 'Puteți citi acest plan. Numai cursantul îl poate modifica.',
  trainerGuideNote: 'Pentru formatori: cursanții nu văd această pagină.',
};
