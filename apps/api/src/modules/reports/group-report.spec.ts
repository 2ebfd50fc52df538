import { groupReport } from './group-report';
import { learnerReport } from './learner-report';
import { learners, lessons, progress } from './__fixtures__/small-group';

describe('the group report on a known group', () => {
  const report = groupReport(lessons, learners, progress, {
    locale: 'ro',
    attendance: [
      { learnerId: 'ana', present: 2, held: 2 },
      { learnerId: 'ion', present: 1, held: 2 },
    ],
  });

  it('gives completion, mean score and time per lesson over the group members only', () => {
    expect(report.lessons).toEqual([
      {
        lessonId: 'email-basics',
        title: 'Primul e-mail',
        completed: 2,
        inProgress: 1,
        notStarted: 1,
        completionShare: 0.5,
        meanScore: 0.75,
        scoredLearners: 2,
        meanTimeMs: 600_000,
      },
      {
        lessonId: 'video-calls',
        title: 'Apel video',
        completed: 1,
        inProgress: 1,
        notStarted: 2,
        completionShare: 0.25,
        meanScore: 1,
        scoredLearners: 1,
        meanTimeMs: 160_000,
      },
    ]);
  });

  it('totals each learner, with attendance and the last time they were seen', () => {
    expect(
      report.learners.map((l) => [l.name, l.lessonsCompleted, l.lessonsStarted, l.meanScore, l.timeMs]),
    ).toEqual([
      ['Ana P.', 1, 2, 1, 720_000],
      ['Ион', 0, 1, null, 300_000],
      ['Олена', 2, 2, 0.75, 1_100_000],
      ['Petru', 0, 0, null, 0],
    ]);
    expect(report.learners[0].lastSeenAt?.toISOString()).toBe('2027-03-04T08:30:00.000Z');
    expect(report.learners[0].attendance).toEqual({ present: 2, held: 2 });
    expect(report.learners[1]).toMatchObject({ stuck: true, attendance: { present: 1, held: 2 } });
    expect(report.learners[3]).toMatchObject({ lastSeenAt: null, attendance: null, stuck: false });
  });

  it('ranks the most-missed questions by learners affected, with their commonest wrong answers in words', () => {
    expect(report.mostMissed).toEqual([
      {
        lessonId: 'email-basics',
        questionId: 'q1',
        prompt: 'Unde scrieți adresa destinatarului?',
        wrongAttempts: 4,
        learnersWrong: 2,
        commonWrongAnswers: [
          { text: 'În subiect', count: 3 },
          { text: 'În text', count: 1 },
        ],
      },
      {
        lessonId: 'video-calls',
        questionId: 'q3',
        prompt: 'Numiți o aplicație de apel video.',
        wrongAttempts: 2,
        learnersWrong: 2,
        commonWrongAnswers: [{ text: 'Skype', count: 2 }],
      },
      {
        lessonId: 'email-basics',
        questionId: 'q2',
        prompt: 'Parola se spune prietenilor.',
        wrongAttempts: 1,
        learnersWrong: 1,
        commonWrongAnswers: [{ text: 'Adevărat', count: 1 }],
      },
    ]);
  });

  it("describes wrong answers in the trainer's language, falling back to the course's", () => {
    const russian = groupReport(lessons, learners, progress, { locale: 'ru', missedQuestions: 1 });
    expect(russian.mostMissed).toHaveLength(1);
    expect(russian.mostMissed[0].prompt).toBe('Где пишут адрес получателя?');
    expect(russian.mostMissed[0].commonWrongAnswers[0]).toEqual({ text: 'В теме', count: 3 });
    const q2 = groupReport(lessons, learners, progress, { locale: 'ru' }).mostMissed[2];
    expect(q2).toMatchObject({
      prompt: 'Parola se spune prietenilor.',
      commonWrongAnswers: [{ text: 'Верно' }],
    });
  });
});

describe('the learner report', () => {
  it('lists every lesson and step, with attempts, hints, time and last seen', () => {
    const rows = learnerReport(
      lessons,
      progress.filter((p) => p.learnerId === 'ana'),
    );
    expect(rows.map((r) => [r.lessonId, r.status, r.score, r.attempts, r.hintsUsed, r.timeMs])).toEqual([
      ['email-basics', 'completed', 1, 3, 1, 600_000],
      ['video-calls', 'in-progress', null, 0, 0, 120_000],
    ]);
    expect(rows[0].steps).toEqual([
      {
        stepId: 'read',
        title: 'Ce este un e-mail',
        status: 'completed',
        attempts: 0,
        hintsUsed: 0,
        timeMs: 200_000,
        score: null,
      },
      {
        stepId: 'check',
        title: 'Verificare',
        status: 'passed',
        attempts: 3,
        hintsUsed: 1,
        timeMs: 400_000,
        score: 1,
      },
    ]);
    expect(rows[1].steps[0]).toMatchObject({ status: 'not-started', attempts: 0 });
    expect(rows[1].lastSeenAt?.toISOString()).toBe('2027-03-04T08:30:00.000Z');
  });
});
