import { type PlanCourse } from './plan-assembly';
import { answersProjection, learnersWithPlans, planSheets, type PlanLessonOf } from './plan-links';

const t = (en: string, ro = `${en} (ro)`) => ({ ro, en });
const course: PlanCourse = {
  slug: 'plan-course',
  title: t('A course'),
  languages: ['ro', 'en'],
  fallbackLocale: 'ro',
  modules: [{ lessonIds: ['second', 'first'] }],
  documents: [
    { id: 'service-plan', title: t('My plan') },
    { id: 'activity-plan', title: t('My activity') },
  ],
};
const sheet = (id: string, fieldIds: string[], document = 'service-plan') => ({
  id,
  kind: 'worksheet',
  title: t(id),
  document,
  fields: fieldIds.map((f) => ({ id: f, type: 'short-text', label: t(f) })),
});
const lessons: PlanLessonOf[] = [
  { courseSlug: 'plan-course', lessonId: 'first', definition: { steps: [sheet('idea', ['name', 'why'])] } },
  {
    courseSlug: 'plan-course',
    lessonId: 'second',
    definition: { steps: [sheet('audience', ['who']), sheet('other', ['x'], 'activity-plan')] },
  },
  // Another course's lesson of the same id is not this course's.
  { courseSlug: 'elsewhere', lessonId: 'first', definition: { steps: [sheet('idea', ['extra'])] } },
];
const answers = (learnerId: string, lessonId: string, steps: Record<string, Record<string, string>>) => ({
  learnerId,
  courseSlug: 'plan-course',
  lessonId,
  snapshot: {
    state: {
      context: { steps: Object.fromEntries(Object.entries(steps).map(([id, a]) => [id, { answers: a }])) },
    },
  },
});

describe('learnersWithPlans', () => {
  const sheets = planSheets([course], lessons);

  it('lists the sheets of each document in course order', () => {
    expect(sheets.map((s) => `${s.documentId}/${s.lessonId}/${s.stepId}`)).toEqual([
      'service-plan/second/audience',
      'service-plan/first/idea',
      'activity-plan/second/other',
    ]);
  });

  it('gives each learner who wrote something their plans with the trainer link; blanks count as nothing', () => {
    const rows = learnersWithPlans(
      [course],
      sheets,
      [
        answers('ana', 'first', { idea: { name: 'Club', why: '  ' } }),
        answers('ion', 'second', { audience: { who: ' ' } }),
        answers('eva', 'second', { other: { x: 'Stream' } }),
      ],
      ['ana', 'ion', 'eva', 'dan'],
      'en',
    );
    expect(rows).toEqual([
      {
        learnerId: 'ana',
        plans: [
          {
            courseSlug: 'plan-course',
            documentId: 'service-plan',
            title: 'My plan',
            filledFields: 1,
            totalFields: 3,
            href: '/trainer/learners/ana/plans/service-plan?course=plan-course',
          },
        ],
      },
      {
        learnerId: 'eva',
        plans: [expect.objectContaining({ documentId: 'activity-plan', filledFields: 1, totalFields: 1 })],
      },
    ]);
  });

  it("titles a plan in the course's fallback when the asked language is not the course's", () => {
    const rows = learnersWithPlans(
      [course],
      sheets,
      [answers('ana', 'first', { idea: { name: 'Club' } })],
      ['ana'],
      'uk',
    );
    expect(rows[0]?.plans[0]?.title).toBe('My plan (ro)');
  });

  it('projects only the answers of the sheets, never a path from an id that is not one', () => {
    expect(answersProjection([...sheets, { ...sheets[0]!, stepId: 'bad.id' }])).toEqual({
      _id: 0,
      learnerId: 1,
      courseSlug: 1,
      lessonId: 1,
      'snapshot.state.context.steps.audience.answers': 1,
      'snapshot.state.context.steps.idea.answers': 1,
      'snapshot.state.context.steps.other.answers': 1,
    });
  });
});
