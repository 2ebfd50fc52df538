import { answer, ev, type EventInput } from './operations';

/** The events that take the tour lesson from its start to its quiz (video watched, reading read, practice done). */
export function toTheQuiz(t0 = Date.now() - 60_000): EventInput[] {
  return [
    ev('video.progress', { watchedShare: 1 }, t0 + 1000),
    ev('step.next', {}, t0 + 2000),
    ev('step.next', {}, t0 + 3000),
    ev('checkpoint.reach', { toolEvent: 'compose.opened' }, t0 + 4000),
    ev(
      'checkpoint.reach',
      { toolEvent: 'message.sent', toolData: { to: 'ana.rusu@example.org' } },
      t0 + 5000,
    ),
    ev('step.next', {}, t0 + 6000),
  ];
}

/** The right answer to every question of the tour quiz, in order. */
export function rightAnswers(): EventInput[] {
  return [
    answer('q-single', { kind: 'single_choice', optionId: 'mail' }),
    answer('q-multi', { kind: 'multiple_choice', optionIds: ['subject', 'attachment'] }),
    answer('q-truth', { kind: 'true_false', truth: true }),
    answer('q-text', { kind: 'short_text', text: 'at sign' }),
    answer('q-number', { kind: 'number', number: 1 }),
    answer('q-order', { kind: 'ordering', itemIds: ['compose', 'address', 'send'] }),
    answer('q-match', {
      kind: 'matching',
      pairs: [
        { left: 'to', right: 'address' },
        { left: 'subject', right: 'topic' },
      ],
    }),
    answer('q-pick', { kind: 'pick_items', itemIds: ['one', 'three'] }),
  ];
}
