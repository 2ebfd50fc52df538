import { marksFromForm } from '../attendance/attendance-form-data';
import { capacityTyped, coTrainersFromForm, planFromForm } from './plan-form-data';

function form(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

describe('reading the trainer forms', () => {
  it('reshapes the plan form for the API, every weekday and course ticked', () => {
    const plan = planFromForm(
      form([
        ['name', 'Seniori online'],
        ['language', 'ro'],
        ['courseSlugs', 'online-communication'],
        ['courseSlugs', 'e-government-at-the-library'],
        ['library', 'Biblioteca'],
        ['room', ''],
        ['address', ''],
        ['capacity', '500'],
        ['whatToBring', ''],
        ['weekdays', '2'],
        ['weekdays', '4'],
        ['startTime', '10:00'],
        ['endTime', '11:30'],
        ['firstDate', '2027-03-02'],
        ['lastDate', '2027-04-08'],
        ['timeZone', 'Europe/Chisinau'],
      ]),
    );
    expect(plan.courseSlugs).toEqual(['online-communication', 'e-government-at-the-library']);
    expect(plan.capacity).toBe(500);
    expect(plan.stuckAfterMinutes).toBe(10);
    expect(plan.schedule).toEqual({
      weekdays: [2, 4],
      startTime: '10:00',
      endTime: '11:30',
      firstDate: '2027-03-02',
      lastDate: '2027-04-08',
      timeZone: 'Europe/Chisinau',
    });
  });

  it('passes a capacity that is not a number on for the API to refuse, and an empty one as the default', () => {
    expect(planFromForm(form([['capacity', 'ten']])).capacity).toBeNaN();
    expect(capacityTyped(planFromForm(form([['capacity', 'ten']])))).toBe(false);
    expect(capacityTyped(planFromForm(form([['capacity', '12']])))).toBe(true);
    expect(planFromForm(form([['capacity', ' ']])).capacity).toBe(10);
  });

  it('reads attendance rows, leaving out rows the trainer did not answer', () => {
    expect(
      marksFromForm(
        form([
          ['sessionDate', '2027-03-02'],
          ['learnerId', 'ana'],
          ['present-0', 'yes'],
          ['learnerId', 'ion'],
          ['learnerId', 'olena'],
          ['present-2', 'no'],
        ]),
      ),
    ).toEqual({
      sessionDate: '2027-03-02',
      marks: [
        { learnerId: 'ana', present: true },
        { learnerId: 'olena', present: false },
      ],
    });
  });

  it('marks every row present with the "everyone present" button, whatever the radios say', () => {
    expect(
      marksFromForm(
        form([
          ['sessionDate', '2027-03-04'],
          ['learnerId', 'ana'],
          ['present-0', 'no'],
          ['learnerId', 'ion'],
          ['all', 'present'],
        ]),
      ),
    ).toEqual({
      sessionDate: '2027-03-04',
      marks: [
        { learnerId: 'ana', present: true },
        { learnerId: 'ion', present: true },
      ],
    });
  });

  it('reads co-trainer lines as the API counts them: trimmed, blanks and repeats left out', () => {
    const lines = form([
      ['coTrainers', ' vera@example.md '],
      ['coTrainers', ''],
      ['coTrainers', 'ion@example.md'],
      ['coTrainers', 'vera@example.md'],
    ]);
    expect(coTrainersFromForm(lines)).toEqual(['vera@example.md', 'ion@example.md']);
    expect(planFromForm(lines).coTrainers).toEqual(['vera@example.md', 'ion@example.md']);
    expect(planFromForm(form([])).coTrainers).toEqual([]);
  });
});
