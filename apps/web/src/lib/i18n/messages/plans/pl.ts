import type { PlansMessages } from './messages';

export const plans: PlansMessages = {
  backToCourse: 'Wróć do kursu',
  print: 'Wydrukuj plan',
  downloadPdf: 'Pobierz PDF',
  filled: 'Wpisane odpowiedzi: {filled} z {total}',
  fromLesson: 'Z lekcji „{lesson}”',
  notReached: 'Tę część napiszesz w lekcji „{lesson}”.',
  openLesson: 'Otwórz lekcję',
  courseHeading: 'Twój plan',
  reportHeading: 'Plany',
  noPlanYet: 'Jeszcze bez planu',
  courseIntro:
    'To, co piszesz w kartach pracy tego kursu, składa się na jeden plan. Otwórz go, aby go przeczytać, zmienić lub pobrać.',
  notFilled: 'Jeszcze nie wpisano',
  optional: '(nieobowiązkowe)',
  save: 'Zapisz tę część',
  saved: 'Zapisano',
  saving: 'Zapisywanie…',
  offline: 'Brak połączenia. Zmiany są zapisane na tym komputerze i zostaną wysłane, gdy połączenie wróci.',
  refused: 'Nie udało się zapisać zmiany: {reason}',
  guestTitle: 'Twój plan jest przechowywany na Twoim koncie',
  guestBody:
    'Zaloguj się, aby zobaczyć cały plan w jednym miejscu, poprawiać go i pobrać jako PDF. To, co wpisano w kartach pracy na tym komputerze, po zalogowaniu przejdzie na Twoje konto.',
  signIn: 'Zaloguj się',
  learnerHeading: 'Plan: {name}',
  readOnly: 'Możesz przeczytać ten plan. Zmienić go może tylko uczestnik.',
  trainerGuideNote: 'Dla trenerów: uczestnicy nie widzą tej strony.',
};
