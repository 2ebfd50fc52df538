import { AttendanceService } from '../src/modules/attendance/attendance.service';
import { HelpMarksRepository } from '../src/modules/live/help-marks.repository';
import { GroupPlansService } from '../src/modules/schedules/group-plans.service';
import { GroupSessionsService } from '../src/modules/schedules/group-sessions.service';
import { type Schedule } from '../src/modules/schedules/schedule';
import { ApiHarness } from './support/api-harness';

const schedule: Schedule = {
  weekdays: [2, 4],
  startTime: '10:00',
  endTime: '11:30',
  firstDate: '2027-03-02',
  lastDate: '2027-03-11',
  timeZone: 'Europe/Chisinau',
};

describe('a group’s sessions and attendance, stored', () => {
  const harness = new ApiHarness();
  let sessions: GroupSessionsService;
  let attendance: AttendanceService;

  beforeAll(async () => {
    const api = await harness.start();
    sessions = api.app.get(GroupSessionsService);
    attendance = api.app.get(AttendanceService);
  });
  afterAll(() => harness.dispose());

  it('generates the sessions once, however often the schedule is saved', async () => {
    await sessions.plan('g-twice', schedule, []);
    const stored = await sessions.plan('g-twice', schedule, []);
    expect(stored.map((s) => s.date)).toEqual(['2027-03-02', '2027-03-04', '2027-03-09', '2027-03-11']);
    expect(stored[0].startsAt.toISOString()).toBe('2027-03-02T08:00:00.000Z');
  });

  it('keeps a session the trainer took attendance on when the schedule drops its day', async () => {
    await sessions.plan('g-moved', schedule, []);
    await attendance.mark(
      'g-moved',
      '2027-03-04',
      [{ learnerId: 'ana', present: true }],
      ['ana'],
      'trainer-1',
      new Date(),
    );
    const moved = await sessions.plan(
      'g-moved',
      { ...schedule, weekdays: [2, 5] },
      await attendance.datesWithMarks('g-moved'),
    );
    expect(moved.map((s) => [s.date, s.offSchedule])).toEqual([
      ['2027-03-02', false],
      ['2027-03-04', true],
      ['2027-03-05', false],
      ['2027-03-09', false],
    ]);
  });

  it('derives attendance from activity and lets the trainer’s marks win', async () => {
    await sessions.plan('g-sheet', schedule, []);
    await attendance.mark(
      'g-sheet',
      '2027-03-02',
      [
        { learnerId: 'ion', present: true },
        { learnerId: 'ana', present: false },
      ],
      ['ana', 'ion'],
      'trainer-1',
      new Date('2027-03-02T09:35:00Z'),
    );
    const sheet = await attendance.sheet(
      'g-sheet',
      ['ana', 'ion'],
      [
        { learnerId: 'ana', at: new Date('2027-03-02T08:20:00Z') },
        { learnerId: 'ana', at: new Date('2027-03-04T08:20:00Z') },
      ],
      new Date('2027-03-05T00:00:00Z'),
    );
    const status = (date: string, learner: string) =>
      sheet.find((e) => e.sessionId === date && e.learnerId === learner);
    expect(status('2027-03-02', 'ana')).toMatchObject({ status: 'absent', source: 'trainer' });
    expect(status('2027-03-02', 'ion')).toMatchObject({ status: 'present', source: 'trainer' });
    expect(status('2027-03-04', 'ana')).toMatchObject({ status: 'present', source: 'activity' });
    expect(status('2027-03-04', 'ion')).toMatchObject({ status: 'absent', source: 'activity' });
    expect(status('2027-03-09', 'ion')).toMatchObject({ status: 'upcoming' });
  });

  it('refuses marks for a date without a session or for someone outside the group', async () => {
    await sessions.plan('g-refuse', schedule, []);
    await expect(
      attendance.mark(
        'g-refuse',
        '2027-03-03',
        [{ learnerId: 'ana', present: true }],
        ['ana'],
        't',
        new Date(),
      ),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT' },
      message: expect.stringContaining('sessionDate'),
    });
    await expect(
      attendance.mark(
        'g-refuse',
        '2027-03-02',
        [{ learnerId: 'eve', present: true }],
        ['ana'],
        't',
        new Date(),
      ),
    ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('finds the session under way, from half an hour before it starts', async () => {
    await sessions.plan('g-now', schedule, []);
    expect((await sessions.current('g-now', new Date('2027-03-04T07:40:00Z')))?.date).toBe('2027-03-04');
    expect((await sessions.current('g-now', new Date('2027-03-04T09:00:00Z')))?.date).toBe('2027-03-04');
    expect(await sessions.current('g-now', new Date('2027-03-04T10:00:00Z'))).toBeNull();
  });

  it('remembers "helped" per learner, in the database, the latest press winning', async () => {
    const help = harness.api!.app.get(HelpMarksRepository);
    await help.markHelped('g-help', 'ana', 't', new Date('2027-03-02T08:10:00Z'));
    await help.markHelped('g-help', 'ana', 't', new Date('2027-03-02T08:20:00Z'));
    const marks = await help.helpedAt('g-help');
    expect([...marks.entries()].map(([id, at]) => [id, at.toISOString()])).toEqual([
      ['ana', '2027-03-02T08:20:00.000Z'],
    ]);
  });
});

describe('a group plan', () => {
  const harness = new ApiHarness();
  let plans: GroupPlansService;
  const settings = {
    name: 'Seniori online',
    language: 'ro',
    courseSlugs: ['first-steps'],
    place: { library: 'Biblioteca „Onisifor Ghibu”', room: 'Sala 2' },
    schedule: {
      weekdays: [2, 4],
      startTime: '10:00',
      endTime: '11:30',
      firstDate: '2027-03-02',
      lastDate: '2027-03-11',
      timeZone: 'Europe/Chisinau',
    },
  };

  beforeAll(async () => {
    plans = (await harness.start()).app.get(GroupPlansService);
  });
  afterAll(() => harness.dispose());

  it('stores the settings and generates the sessions', async () => {
    const saved = await plans.save('g-plan', settings);
    expect(saved.capacity).toBe(10);
    expect((await plans.get('g-plan')).place.room).toBe('Sala 2');
    const sessions = await harness.api!.app.get(GroupSessionsService).list('g-plan');
    expect(sessions).toHaveLength(4);
  });

  it('refuses an end before the start, a capacity of 500 and a 10,000-character name, naming each field', async () => {
    await expect(
      plans.save('g-bad', {
        ...settings,
        name: 'x'.repeat(10_000),
        capacity: 500,
        schedule: { ...settings.schedule, startTime: '11:30', endTime: '10:00' },
      }),
    ).rejects.toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        fields: [
          expect.objectContaining({ field: 'name' }),
          expect.objectContaining({ field: 'capacity', max: 50 }),
          expect.objectContaining({ field: 'schedule.endTime', problem: 'end-not-after-start' }),
        ],
      },
    });
    expect(await plans.find('g-bad')).toBeNull();
  });

  it('keeps co-trainers and the archive mark, and finds the groups a volunteer helps with', async () => {
    await plans.save('g-co', settings);
    await plans.setCoTrainers('g-co', ['vol-1', 'vol-1', 'vol-2']);
    await plans.archive('g-co', true, new Date('2027-04-09T00:00:00Z'));
    const plan = await plans.get('g-co');
    expect(plan.coTrainerIds).toEqual(['vol-1', 'vol-2']);
    expect(plan.archivedAt?.toISOString()).toBe('2027-04-09T00:00:00.000Z');
    expect(await plans.coTrainedBy('vol-2')).toEqual(['g-co']);
    await expect(plans.setCoTrainers('g-none', ['vol-1'])).rejects.toMatchObject({
      extensions: { code: 'NOT_FOUND' },
    });
  });
});
