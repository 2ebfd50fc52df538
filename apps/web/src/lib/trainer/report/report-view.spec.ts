import { MESSAGES } from '../../i18n/all-messages';
import { completionRows, completionSentence, missedLine, scoreRows } from './report-view';

const lessons = [
  {
    lessonId: 'a',
    title: 'Первое письмо',
    completed: 2,
    inProgress: 1,
    notStarted: 1,
    meanScore: 0.75,
    scoredLearners: 2,
  },
  {
    lessonId: 'b',
    title: 'Видеозвонок',
    completed: 0,
    inProgress: 0,
    notStarted: 4,
    meanScore: null,
    scoredLearners: 0,
  },
];

describe('the report as charts', () => {
  it('stacks completed, in progress and not started per lesson', () => {
    expect(completionRows(lessons, 'ru')).toEqual([
      {
        label: 'Первое письмо',
        parts: [
          { key: 'completed', value: 2 },
          { key: 'inProgress', value: 1 },
          { key: 'notStarted', value: 1 },
        ],
        display: '2/4',
      },
      expect.objectContaining({ label: 'Видеозвонок', display: '0/4' }),
    ]);
  });

  it('writes scores as percentages and says so when there is no quiz yet', () => {
    expect(scoreRows(lessons, 'en', MESSAGES.en.trainer).map((r) => [r.value, r.display])).toEqual([
      [0.75, '75%'],
      [0, 'no quiz yet'],
    ]);
  });

  it('counts learners and times with the right plural forms', () => {
    expect(missedLine(2, 5, 'ru', MESSAGES.ru.trainer)).toBe('2 слушателя · 5 раз');
    expect(missedLine(1, 3, 'uk', MESSAGES.uk.trainer)).toBe('1 слухач · 3 рази');
    expect(missedLine(21, 22, 'ro', MESSAGES.ro.trainer)).toBe('21 de cursanți · de 22 de ori');
    expect(completionSentence(lessons[0], MESSAGES.pl.trainer)).toBe(
      'Lekcję „Первое письмо” ukończyło 2 z 4 uczestników',
    );
  });
});
