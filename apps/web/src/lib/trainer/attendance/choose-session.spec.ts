import { chooseSession, sheetRows, type SessionView } from './choose-session';

const session = (date: string, attendance: SessionView['attendance'] = []): SessionView => ({
  date,
  startsAt: `${date}T08:00:00.000Z`,
  attendance,
});

describe('the attendance page', () => {
  const sessions = [session('2027-03-02'), session('2027-03-04'), session('2027-03-09')];

  it('opens on the meeting asked for, else the latest that has begun, else the first to come', () => {
    expect(chooseSession(sessions, '2027-03-09', new Date('2027-03-01'))?.date).toBe('2027-03-09');
    expect(chooseSession(sessions, null, new Date('2027-03-05T12:00:00Z'))?.date).toBe('2027-03-04');
    expect(chooseSession(sessions, 'not-a-date', new Date('2027-03-04T09:00:00Z'))?.date).toBe('2027-03-04');
    expect(chooseSession(sessions, null, new Date('2027-02-01'))?.date).toBe('2027-03-02');
    expect(chooseSession([], null, new Date())).toBeNull();
  });

  it('lists every current learner, those without an entry as still to come', () => {
    const rows = sheetRows(
      session('2027-03-02', [{ learnerId: 'ana', status: 'present', source: 'activity' }]),
      [
        { id: 'ana', name: 'Ana' },
        { id: 'olena', name: 'Олена' },
      ],
    );
    expect(rows).toEqual([
      { learnerId: 'ana', name: 'Ana', status: 'present', source: 'activity' },
      { learnerId: 'olena', name: 'Олена', status: 'upcoming', source: 'none' },
    ]);
  });
});
