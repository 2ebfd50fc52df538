import { LiveService } from '../src/modules/live/live.service';
import { ProgressRecorderService } from '../src/modules/progress/progress-recorder.service';
import { type LearnerEventInput } from '../src/modules/progress/models/learner-event.input';
import { type GroupScope } from '../src/modules/reports/group-scope';
import { ReportRowsRepository } from '../src/modules/reports/report-rows.repository';
import { ReportService } from '../src/modules/reports/report.service';
import { ApiHarness } from './support/api-harness';

/** The trainer's views read what the progress store really writes (not documents shaped by hand). */
describe("the trainer's views over progress recorded by the progress store", () => {
  const harness = new ApiHarness();
  let recorder: ProgressRecorderService;
  const scope: GroupScope = {
    groupId: 'g-contract',
    courseSlugs: ['first-steps'],
    timeZone: 'Europe/Chisinau',
    members: [
      { learnerId: 'learner-ana-0001', name: 'Ana' },
      { learnerId: 'learner-ion-0002', name: 'Ион' },
    ],
  };
  const t0 = Date.now() - 60_000;
  const next = (id: string, at: number): LearnerEventInput => ({ id, at, type: 'step.next' });
  const answer = (id: string, at: number, truth: boolean): LearnerEventInput => ({
    id,
    at,
    type: 'answer.submit',
    questionId: 'left-button',
    answer: { kind: 'true-false', truth },
  });

  beforeAll(async () => {
    recorder = (await harness.start()).app.get(ProgressRecorderService);
    await recorder.record('learner-ana-0001', 'first-steps', 'the-mouse', 'ro', [
      next('ana-event-01', t0),
      answer('ana-event-02', t0 + 5000, false),
      answer('ana-event-03', t0 + 9000, true),
      next('ana-event-04', t0 + 12_000),
    ]);
    await recorder.record('learner-ion-0002', 'first-steps', 'the-mouse', 'ru', [
      next('ion-event-01', t0),
      answer('ion-event-02', t0 + 5000, false),
      answer('ion-event-03', t0 + 7000, false),
      answer('ion-event-04', t0 + 9000, false),
    ]);
  });
  afterAll(() => harness.dispose());

  it('reports completion and the wrong answer given, from the stored snapshots and verdicts', async () => {
    const report = await harness.api!.app.get(ReportService).groupReport(scope, 'en', new Date());
    expect(report.lessons[0]).toMatchObject({ lessonId: 'the-mouse', completed: 1, inProgress: 1 });
    expect(report.mostMissed[0]).toMatchObject({
      questionId: 'left-button',
      learnersWrong: 2,
      wrongAttempts: 4,
      commonWrongAnswers: [{ text: 'False', count: 4 }],
    });
  });

  it('shows the learner with three wrong answers as needing help, first', async () => {
    const board = await harness.api!.app.get(LiveService).board(scope, 'ru', new Date());
    expect(board.map((card) => [card.name, card.status])).toEqual([
      ['Ион', 'stuck'],
      ['Ana', 'finished'],
    ]);
    expect(board[0]).toMatchObject({
      stuckReason: 'failed-attempts',
      wrongAttempts: 3,
      stepTitle: 'Проверка',
    });
  });

  // Last: it records one more answer for Ион.
  it('keeps the rows it computed: a second report with nothing recorded in between rewrites none', async () => {
    const reports = harness.api!.app.get(ReportService);
    const kept = harness.api!.app.get(ReportRowsRepository);
    const scoped = { ...scope, groupId: 'g-contract-kept' };
    await reports.groupReport(scoped, 'en', new Date());
    const rows = await kept.get(scoped.groupId);
    // The revision the progress store moves on every write is kept with the row it was computed from.
    expect(rows.map((row) => row.sourceRevision)).toEqual([expect.any(Number), expect.any(Number)]);
    const update = jest.spyOn(kept, 'update');
    try {
      await reports.groupReport(scoped, 'en', new Date());
      expect(update).not.toHaveBeenCalled();
      await recorder.record('learner-ion-0002', 'first-steps', 'the-mouse', 'ru', [
        answer('ion-event-05', t0 + 12_000, true),
      ]);
      await reports.groupReport(scoped, 'en', new Date());
      expect(update).toHaveBeenCalledTimes(1);
      expect(update.mock.calls[0][1].map((row) => row.learnerId)).toEqual(['learner-ion-0002']);
    } finally {
      update.mockRestore();
    }
  });
});
