import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { readPdf } from '../src/common/pdf/read-pdf.testing';
import { type Caller, codeOf } from './support/caller';
import { aLearner, aPlannedGroup, aTrainer, theFirstAdmin, type GroupLearner } from './support/factories';
import { ApiHarness } from './support/api-harness';
import { answer, COURSE_PROGRESS, ev, RECORD } from './player/operations';

const COURSE = 'new-library-service';
const REAL_COURSE = join(__dirname, '..', '..', '..', 'content', 'courses', COURSE);

const PLAN_FIELDS = `courseSlug courseTitle documentId title intro locale learnerName filledFields totalFields
  sections { lessonId lessonTitle stepId title entered editable fields { id type label value shownValue required maxLength } }`;
const MY_PLAN = `query ($locale: Locale!) { myPlan(courseSlug: "${COURSE}", documentId: "service-plan", locale: $locale) { ${PLAN_FIELDS} } }`;
const LEARNER_PLAN = `query ($learnerId: ID!) { learnerPlan(learnerId: $learnerId, courseSlug: "${COURSE}", documentId: "service-plan", locale: ru) { ${PLAN_FIELDS} } }`;

interface Plan {
  title: string;
  locale: string;
  learnerName: string | null;
  filledFields: number;
  totalFields: number;
  sections: {
    lessonId: string;
    stepId: string;
    entered: boolean;
    editable: boolean;
    fields: { id: string; value: string }[];
  }[];
}

const LIBRARY = 'Сельская библиотека в Бельцах — «Мост»';
const TEAM = 'Я и Оксана Петровна';
const BENEFITS = 'Жители узнают, как получить справку онлайн, не выезжая в район.';

/** Records events in the first lesson: through its readings to the plan's first worksheet, filled in. */
async function fillTheFirstSheet(caller: Caller): Promise<void> {
  const t0 = Date.now() - 60_000;
  const events = [
    ev('step.next', {}, t0),
    ev('step.next', {}, t0 + 1000),
    ev('step.next', {}, t0 + 2000),
    ev(
      'worksheet.save',
      { values: { library: LIBRARY, team: TEAM, benefits: BENEFITS, worries: 'Хватит ли нам времени.' } },
      t0 + 3000,
    ),
  ];
  const { recordProgress } = await caller.ok<{
    recordProgress: { results: { status: string; reason: string | null }[] };
  }>(RECORD, {
    input: { courseSlug: COURSE, lessonId: 'learning-community', locale: 'ru', events },
  });
  expect(recordProgress.results.map((r) => r.status)).toEqual([
    'accepted',
    'accepted',
    'accepted',
    'accepted',
  ]);
}

async function pdfOf(url: string, caller: Caller, path: string): Promise<Response> {
  return fetch(`${url}/plans/${path}`, { headers: caller.cookie ? { cookie: caller.cookie } : {} });
}

describe("a learner's plan, assembled from their worksheets", () => {
  const harness = new ApiHarness();
  let url: string;
  let learner: GroupLearner;

  beforeAll(async () => {
    cpSync(REAL_COURSE, join(harness.contentDir, COURSE), { recursive: true });
    url = (await harness.start()).url;
    learner = await aLearner(url);
    await fillTheFirstSheet(learner.caller);
  });
  afterAll(() => harness.dispose());

  it('assembles every worksheet of the course in course order, with what the learner wrote', async () => {
    const { myPlan } = await learner.caller.ok<{ myPlan: Plan }>(MY_PLAN, { locale: 'ru' });
    expect(myPlan.title).toBe('План моей новой библиотечной услуги');
    expect(myPlan.locale).toBe('ru');
    expect(myPlan.sections.map((s) => s.lessonId)).toEqual([
      'learning-community',
      'users-and-non-users',
      'defining-services',
      'needs-assessment',
      'partnerships-resources',
      'monitoring-evaluation',
      'dissemination-message',
      'implementation-planning',
      'risks-mitigation',
      'synthesis',
    ]);
    const [first, second] = myPlan.sections;
    expect(first).toMatchObject({ stepId: 'plan-context', entered: true, editable: true });
    expect(first.fields.find((f) => f.id === 'library')?.value).toBe(LIBRARY);
    expect(second).toMatchObject({ entered: false, editable: false });
    expect(myPlan.filledFields).toBe(4);
    expect(myPlan.totalFields).toBeGreaterThan(20);
  });

  it('shows an edit made from the plan (a save naming the sheet) once the lesson has moved on', async () => {
    const t = Date.now();
    const edit = ev(
      'worksheet.save',
      { stepId: 'plan-context', values: { team: 'Я, Оксана и Тарас' } },
      t + 1,
    );
    const { recordProgress } = await learner.caller.ok<{
      recordProgress: { results: { status: string; reason: string | null }[] };
    }>(RECORD, {
      input: {
        courseSlug: COURSE,
        lessonId: 'learning-community',
        locale: 'ru',
        events: [ev('step.next', {}, t), edit],
      },
    });
    expect(recordProgress.results.map((r) => [r.status, r.reason])).toEqual([
      ['accepted', null],
      ['accepted', null],
    ]);
    const { myPlan } = await learner.caller.ok<{ myPlan: Plan }>(MY_PLAN, { locale: 'en' });
    expect(myPlan.title).toBe('My new library service plan');
    expect(myPlan.sections[0].fields.find((f) => f.id === 'team')?.value).toBe('Я, Оксана и Тарас');
  });

  it("takes an edit of a finished lesson's sheet from the plan, the lesson staying completed since its date", async () => {
    const t = Date.now();
    const finish = [
      answer('burden-signs', { kind: 'multiple_choice', optionIds: ['imposed', 'no-need', 'one-person'] }),
      answer('network-word', { kind: 'short_text', text: 'инноваторов' }),
      answer('benefit-signs', {
        kind: 'multiple_choice',
        optionIds: ['asked', 'two-people', 'partner-ready'],
      }),
      answer('tickets-origin', { kind: 'single_choice', optionId: 'request' }),
      answer('one-document', { kind: 'true_false', truth: true }),
      ev('step.next', {}, t + 10),
    ];
    type Recorded = {
      recordProgress: { results: { status: string; reason: string | null }[]; lesson: { status: string } };
    };
    const record = (events: unknown[]) =>
      learner.caller.ok<Recorded>(RECORD, {
        input: { courseSlug: COURSE, lessonId: 'learning-community', locale: 'ru', events },
      });
    const finished = await record(finish);
    expect(finished.recordProgress.lesson.status).toBe('completed');
    expect(finished.recordProgress.results.map((r) => r.status)).toEqual(Array(6).fill('accepted'));
    const lessonOf = async () =>
      (
        await learner.caller.ok<{
          myCourseProgress: { lessons: { lessonId: string; status: string; completedAt: string | null }[] };
        }>(COURSE_PROGRESS, { courseSlug: COURSE, locale: 'ru' })
      ).myCourseProgress.lessons.find((l) => l.lessonId === 'learning-community')!;
    const before = await lessonOf();
    expect(before.completedAt).not.toBeNull();

    const edit = ev(
      'worksheet.save',
      { stepId: 'plan-context', values: { worries: 'Уже не боимся.' } },
      t + 20,
    );
    // Not a step.next: the finished lesson does not move on.
    const edited = await record([edit, ev('step.next', {}, t + 30)]);
    expect(edited.recordProgress.results.map((r) => r.status)).toEqual(['accepted', 'refused']);
    expect(edited.recordProgress.lesson.status).toBe('completed');
    expect(await lessonOf()).toEqual(before);
    const { myPlan } = await learner.caller.ok<{ myPlan: Plan }>(MY_PLAN, { locale: 'ru' });
    expect(myPlan.sections[0]).toMatchObject({ entered: true, editable: true });
    expect(myPlan.sections[0].fields.find((f) => f.id === 'worries')?.value).toBe('Уже не боимся.');
  });

  it("lists the course's plans with the page each opens at, for the course page to link", async () => {
    const { course } = await learner.caller.ok<{
      course: { plans: { id: string; title: string; href: string }[] };
    }>(`{ course(slug: "${COURSE}", locale: uk) { plans { id title href } } }`);
    expect(course.plans).toEqual([
      {
        id: 'service-plan',
        title: 'План моєї нової бібліотечної послуги',
        href: `/courses/${COURSE}/plan/service-plan?lang=uk`,
      },
    ]);
  });

  it('gives the learner a PDF of their plan whose text holds what they wrote, Cyrillic intact', async () => {
    const response = await pdfOf(url, learner.caller, `${COURSE}/service-plan/ru`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const pdf = await readPdf(Buffer.from(await response.arrayBuffer()));
    const text = pdf.pages.join('\n');
    expect(pdf.title).toBe('План моей новой библиотечной услуги');
    expect(text).toContain(LIBRARY);
    expect(text).toContain('(ещё не заполнено)');
  });

  it("lets the trainer of the learner's group, and an admin, read the plan (with the learner's name)", async () => {
    const { learnerPlan } = await learner.group.trainer.caller.ok<{ learnerPlan: Plan }>(LEARNER_PLAN, {
      learnerId: learner.id,
    });
    expect(learnerPlan.learnerName).toBe(learner.name);
    expect(learnerPlan.sections[0].fields.find((f) => f.id === 'library')?.value).toBe(LIBRARY);
    const admin = await theFirstAdmin(url);
    const byAdmin = await admin.caller.ok<{ learnerPlan: Plan }>(LEARNER_PLAN, { learnerId: learner.id });
    expect(byAdmin.learnerPlan.filledFields).toBe(4);
    const pdf = await pdfOf(
      url,
      learner.group.trainer.caller,
      `${COURSE}/service-plan/ru/learners/${learner.id}`,
    );
    expect(pdf.status).toBe(200);
    expect((await readPdf(Buffer.from(await pdf.arrayBuffer()))).pages.join('\n')).toContain(learner.name);
  });

  it("tells the group's trainer, in one call, which learners have written in a plan, with its link", async () => {
    // A group whose plan names another course: its learners' plans in this one count too.
    const group = await aPlannedGroup(url);
    const writer = await aLearner(url, { group, firstName: 'Oxana' });
    await aLearner(url, { group, firstName: 'Taras' });
    await fillTheFirstSheet(writer.caller);
    const WITH_PLANS = `query ($groupId: ID!) { learnersWithPlans(groupId: $groupId, locale: uk) {
      learnerId plans { courseSlug documentId title filledFields totalFields href } } }`;
    const { learnersWithPlans } = await group.trainer.caller.ok<{
      learnersWithPlans: { learnerId: string; plans: { filledFields: number; totalFields: number }[] }[];
    }>(WITH_PLANS, { groupId: group.id });
    // Taras has written nothing: he is not listed.
    expect(learnersWithPlans).toEqual([
      {
        learnerId: writer.id,
        plans: [
          {
            courseSlug: COURSE,
            documentId: 'service-plan',
            title: 'План моєї нової бібліотечної послуги',
            filledFields: 4,
            totalFields: learnersWithPlans[0]?.plans[0]?.totalFields,
            href: `/trainer/learners/${writer.id}/plans/service-plan?course=${COURSE}`,
          },
        ],
      },
    ]);
    expect(learnersWithPlans[0]!.plans[0]!.totalFields).toBeGreaterThan(20);
    const stranger = await aTrainer(url, 'Other Trainer');
    expect(codeOf(await stranger.caller.graphql(WITH_PLANS, { groupId: group.id }))).toBe('FORBIDDEN');
  });

  it("refuses the plan to another group's trainer, as data and as a PDF", async () => {
    const stranger = await aTrainer(url, 'Other Trainer');
    const reply = await stranger.caller.graphql<{ learnerPlan: Plan }>(LEARNER_PLAN, {
      learnerId: learner.id,
    });
    expect(codeOf(reply)).toBe('FORBIDDEN');
    expect(reply.data?.learnerPlan ?? null).toBeNull();
    const pdf = await pdfOf(url, stranger.caller, `${COURSE}/service-plan/ru/learners/${learner.id}`);
    expect(pdf.status).toBe(403);
  });

  it('refuses the PDF to nobody signed in, and names a document the course does not have', async () => {
    expect((await fetch(`${url}/plans/${COURSE}/service-plan/ru`)).status).toBe(401);
    const reply = await learner.caller.graphql(
      `{ myPlan(courseSlug: "${COURSE}", documentId: "no-such-plan", locale: ro) { title } }`,
    );
    expect(codeOf(reply)).toBe('NOT_FOUND');
    expect(reply.errors?.[0]?.message).toContain('no-such-plan');
  });
});
