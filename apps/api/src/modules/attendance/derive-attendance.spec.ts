import { attendanceTotals, deriveAttendance, type AttendanceSession } from './derive-attendance';

const at = (iso: string) => new Date(iso);
const sessions: AttendanceSession[] = [
  { id: 's1', startsAt: at('2027-03-02T08:00:00Z'), endsAt: at('2027-03-02T09:30:00Z') },
  { id: 's2', startsAt: at('2027-03-04T08:00:00Z'), endsAt: at('2027-03-04T09:30:00Z') },
  { id: 's3', startsAt: at('2027-03-09T08:00:00Z'), endsAt: at('2027-03-09T09:30:00Z') },
];
const now = at('2027-03-05T12:00:00Z');

describe('attendance derived from activity', () => {
  it('counts a learner present who did something during the session, absent otherwise', () => {
    const entries = deriveAttendance(
      sessions,
      ['ana', 'ion'],
      [
        { learnerId: 'ana', at: at('2027-03-02T08:40:00Z') },
        { learnerId: 'ion', at: at('2027-03-03T15:00:00Z') }, // at home, the day after
      ],
      [],
      { now },
    );
    const of = (sessionId: string, learnerId: string) =>
      entries.find((e) => e.sessionId === sessionId && e.learnerId === learnerId);
    expect(of('s1', 'ana')).toEqual({
      sessionId: 's1',
      learnerId: 'ana',
      status: 'present',
      source: 'activity',
    });
    expect(of('s1', 'ion')?.status).toBe('absent');
    expect(of('s2', 'ana')?.status).toBe('absent');
    expect(of('s3', 'ana')).toMatchObject({ status: 'upcoming', source: 'none' });
  });

  it('counts activity within the grace before the start and after the end, not beyond', () => {
    const derive = (time: string) =>
      deriveAttendance([sessions[0]], ['ana'], [{ learnerId: 'ana', at: at(time) }], [], {
        now,
        graceMs: 10 * 60_000,
      })[0].status;
    expect(derive('2027-03-02T07:50:00Z')).toBe('present');
    expect(derive('2027-03-02T09:40:00Z')).toBe('present');
    expect(derive('2027-03-02T07:49:59Z')).toBe('absent');
    expect(derive('2027-03-02T09:40:01Z')).toBe('absent');
  });

  it("lets the trainer's mark win either way, even on a session still to come", () => {
    const entries = deriveAttendance(
      sessions,
      ['ana', 'ion'],
      [{ learnerId: 'ana', at: at('2027-03-02T08:40:00Z') }],
      [
        { sessionId: 's1', learnerId: 'ana', present: false },
        { sessionId: 's1', learnerId: 'ion', present: true },
        { sessionId: 's3', learnerId: 'ion', present: false },
      ],
      { now },
    );
    const s1 = entries.filter((e) => e.sessionId === 's1');
    expect(s1).toEqual([
      { sessionId: 's1', learnerId: 'ana', status: 'absent', source: 'trainer' },
      { sessionId: 's1', learnerId: 'ion', status: 'present', source: 'trainer' },
    ]);
    expect(entries.find((e) => e.sessionId === 's3' && e.learnerId === 'ion')?.status).toBe('absent');
  });

  it('totals each learner over the sessions held', () => {
    const entries = deriveAttendance(
      sessions,
      ['ana', 'ion'],
      [
        { learnerId: 'ana', at: at('2027-03-04T09:00:00Z') },
        { learnerId: 'ana', at: at('2027-03-02T08:10:00Z') },
      ],
      [],
      { now },
    );
    expect(attendanceTotals(entries, ['ana', 'ion'])).toEqual([
      { learnerId: 'ana', present: 2, held: 2 },
      { learnerId: 'ion', present: 0, held: 2 },
    ]);
  });
});
