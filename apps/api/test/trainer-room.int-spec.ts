import { parse } from 'csv-parse/sync';
import { readPdf } from '../src/modules/handouts/read-pdf.testing';
import { RECORD } from './player/operations';
import { ApiHarness } from './support/api-harness';
import { type Caller } from './support/caller';
import {
  aLearner,
  aPlannedGroup,
  aSchedule,
  aTrainer,
  type GroupLearner,
  type SignedInPerson,
  type TestGroup,
} from './support/factories';

const LIVE = `query ($groupId: ID!, $locale: Locale!) { groupLive(groupId: $groupId, locale: $locale) { groupId at cards { learnerId name status stuckReason lessonTitle stepTitle stepNumber stepCount wrongAttempts hintsUsed timeOnStepMs unsynced } } }`;
const HELPED = `mutation ($groupId: ID!, $learnerId: ID!) { markHelped(groupId: $groupId, learnerId: $learnerId) }`;
const SESSIONS = `query ($groupId: ID!) { groupSessions(groupId: $groupId) { date startsAt offSchedule attendance { learnerId status source } } }`;
const SET_ATTENDANCE = `mutation ($groupId: ID!, $date: String!, $marks: [AttendanceMarkInput!]!) { setAttendance(groupId: $groupId, sessionDate: $date, marks: $marks) { date attendance { learnerId status source } } }`;
const REPORT = `query ($groupId: ID!, $locale: Locale!) { groupReport(groupId: $groupId, locale: $locale) { groupName lessons { lessonId title completed inProgress notStarted completionShare meanScore } learners { name lessonsCompleted lessonsStarted stuck attendance { present held } } mostMissed { questionId prompt learnersWrong wrongAttempts commonWrongAnswers { text count } } } }`;
const LEARNER_REPORT = `query ($learnerId: ID!, $locale: Locale!) { learnerReport(learnerId: $learnerId, locale: $locale) { name lastSeenAt lessons { lessonId status attempts steps { stepId status attempts } } } }`;

type Card = {
  learnerId: string;
  name: string;
  status: string;
  stuckReason: string | null;
  wrongAttempts: number;
  timeOnStepMs: number;
};
type Session = { date: string; attendance: { learnerId: string; status: string; source: string }[] };

let n = 0;
const event = (type: string, fields: Record<string, unknown> = {}) => ({
  id: `room-${type.replace(/\W/g, '-')}-${Date.now().toString(36)}-${n++}`,
  at: Date.now(),
  type,
  ...fields,
});
const answer = (truth: boolean) =>
  event('answer.submit', { questionId: 'left-button', answer: { kind: 'true_false', truth } });

async function record(learner: GroupLearner, events: Record<string, unknown>[]): Promise<void> {
  for (const e of events)
    await learner.caller.ok(RECORD, {
      input: { courseSlug: 'first-steps', lessonId: 'the-mouse', locale: 'ro', events: [e] },
    });
}

describe("the trainer's room: live view, attendance, reports and printouts over HTTP", () => {
  const harness = new ApiHarness();
  let url: string;
  let trainer: SignedInPerson;
  let volunteer: SignedInPerson;
  let group: TestGroup;
  let ana: GroupLearner;
  let ivan: GroupLearner;
  let petru: GroupLearner;
  const today = new Date().toISOString().slice(0, 10);

  const download = (caller: Caller, path: string) =>
    fetch(`${url}${path}`, { headers: { cookie: caller.cookie ?? '', 'x-forwarded-for': caller.ip } });

  beforeAll(async () => {
    url = (await harness.start()).url;
    trainer = await aTrainer(url);
    volunteer = await aTrainer(url, 'Vera Volunteer');
    // Every day, all day (UTC): "now" is always during one of the group's sessions.
    group = await aPlannedGroup(url, {
      trainer,
      input: {
        coTrainers: [volunteer.email],
        schedule: aSchedule({ startTime: '00:00', endTime: '23:59', timeZone: 'UTC' }, 1),
      },
    });
    ana = await aLearner(url, { group, firstName: 'Ana' });
    ivan = await aLearner(url, { group, firstName: 'Иван' });
    petru = await aLearner(url, { group, firstName: 'Petru' });
    await record(ana, [event('step.next'), answer(false), answer(true), event('step.next')]);
    await record(ivan, [event('step.next'), answer(false), answer(false), answer(false)]);
  });
  afterAll(() => harness.dispose());

  it('puts the stuck learner first on the live view; "helped" clears the flag; a co-trainer sees the same', async () => {
    const board = async (who: Caller) =>
      (await who.ok<{ groupLive: { cards: Card[] } }>(LIVE, { groupId: group.id, locale: 'ru' })).groupLive
        .cards;
    const cards = await board(trainer.caller);
    expect(cards.map((c) => [c.name, c.status])).toEqual([
      ['Иван', 'stuck'],
      ['Petru', 'not_started'],
      ['Ana', 'finished'],
    ]);
    expect(cards[0]).toMatchObject({ stuckReason: 'failed_attempts', wrongAttempts: 3 });
    // Time on the step grows between two polls; the rest is the same for the volunteer.
    const still = (list: Card[]) => list.map(({ timeOnStepMs: _, ...rest }) => rest);
    expect(still(await board(volunteer.caller))).toEqual(still(cards));
    await volunteer.caller.ok(HELPED, { groupId: group.id, learnerId: ivan.id });
    expect((await board(trainer.caller))[0]).toMatchObject({ name: 'Иван', status: 'working' });
  });

  it("derives today's attendance from activity; one save of the trainer's marks wins", async () => {
    const { groupSessions } = await trainer.caller.ok<{ groupSessions: Session[] }>(SESSIONS, {
      groupId: group.id,
    });
    const now = groupSessions.find((s) => s.date === today)!;
    const status = (session: Session, id: string) => session.attendance.find((a) => a.learnerId === id);
    expect(status(now, ana.id)).toEqual({ learnerId: ana.id, status: 'present', source: 'activity' });
    expect(status(now, petru.id)).toMatchObject({ status: 'absent', source: 'activity' });
    expect(groupSessions.at(-1)!.attendance.every((a) => a.status === 'upcoming')).toBe(true);

    const { setAttendance } = await volunteer.caller.ok<{ setAttendance: Session }>(SET_ATTENDANCE, {
      groupId: group.id,
      date: today,
      marks: [
        { learnerId: ana.id, present: true },
        { learnerId: ivan.id, present: false },
        { learnerId: petru.id, present: true },
      ],
    });
    expect(status(setAttendance, ivan.id)).toMatchObject({ status: 'absent', source: 'trainer' });
    expect(status(setAttendance, petru.id)).toMatchObject({ status: 'present', source: 'trainer' });

    const outsider = await aLearner(url);
    const refused = await trainer.caller.graphql(SET_ATTENDANCE, {
      groupId: group.id,
      date: today,
      marks: [{ learnerId: outsider.id, present: true }],
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("reports the group's figures in the trainer's language", async () => {
    const { groupReport } = await trainer.caller.ok<{ groupReport: Record<string, unknown> }>(REPORT, {
      groupId: group.id,
      locale: 'ro',
    });
    expect(groupReport.lessons).toEqual([
      expect.objectContaining({ lessonId: 'the-mouse', completed: 1, inProgress: 1, notStarted: 1 }),
    ]);
    expect(groupReport.mostMissed).toEqual([
      expect.objectContaining({
        questionId: 'left-button',
        prompt: 'Pentru a deschide ceva, apăsăm butonul din stânga.',
        learnersWrong: 2,
        wrongAttempts: 4,
        commonWrongAnswers: [{ text: 'Fals', count: 4 }],
      }),
    ]);
    const learners = groupReport.learners as { name: string; attendance: unknown }[];
    expect(learners.find((l) => l.name === 'Petru')).toMatchObject({
      lessonsStarted: 0,
      attendance: { present: 1, held: 1 },
    });

    const { learnerReport } = await trainer.caller.ok<{ learnerReport: Record<string, unknown> }>(
      LEARNER_REPORT,
      { learnerId: ana.id, locale: 'en' },
    );
    expect(learnerReport).toMatchObject({
      name: 'Ana',
      lessons: [{ lessonId: 'the-mouse', status: 'completed', attempts: 2 }],
    });
  });

  it('exports the CSV: UTF-8 with a byte-order mark, named columns, Cyrillic intact, a download', async () => {
    const response = await download(trainer.caller, `/groups/${group.id}/report.csv?lang=ru`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename=".+\.csv"; filename\*=UTF-8''/,
    );
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parse(bytes.toString('utf8'), { delimiter: ';', bom: true }) as string[][];
    expect(header.slice(0, 4)).toEqual(['Слушатель', 'Курс', 'Урок', 'Статус']);
    expect(rows.map((r) => [r[0], r[3]]).sort()).toEqual([
      ['Ana', 'пройден'],
      ['Petru', 'не начат'],
      ['Иван', 'в процессе'],
    ]);
    const bad = await download(trainer.caller, `/groups/${group.id}/report.csv?lang=xx`);
    expect(bad.status).toBe(400);
  });

  it('gives the join handout PDF: the code and a QR code opening the join page', async () => {
    const response = await download(volunteer.caller, `/groups/${group.id}/handout.pdf`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const pdf = await readPdf(Buffer.from(await response.arrayBuffer()));
    expect(pdf.pages).toHaveLength(1);
    // Printed letter-spaced so that look-alike letters stand apart; read back with spaces between.
    expect(pdf.pages[0].replace(/ /g, '')).toContain(group.joinCode);
    expect(pdf.pages[0]).toContain('Biblioteca „Onisifor Ghibu”');
    expect(pdf.qrCodes).toEqual([`http://localhost:3000/join/${group.joinCode}`]);
  });

  it('prints a card per learner, without their PIN', async () => {
    const response = await download(trainer.caller, `/groups/${group.id}/cards.pdf`);
    expect(response.status).toBe(200);
    const pdf = await readPdf(Buffer.from(await response.arrayBuffer()));
    const text = pdf.pages.join('\n');
    for (const name of ['Ana', 'Иван', 'Petru']) expect(text).toContain(name);
    expect(text).not.toContain('2580');
  });
});
