import { assemblePlan, type PlanCourse, type PlanLesson } from './plan-assembly';

const t = (en: string, ro = `${en} (ro)`) => ({ ro, en });

const course: PlanCourse = {
  slug: 'plan-course',
  title: t('A course'),
  languages: ['ro', 'en'],
  fallbackLocale: 'ro',
  modules: [{ lessonIds: ['second', 'first'] }],
  documents: [{ id: 'service-plan', title: t('My plan') }],
};

const sheet = (id: string, fields: unknown[], document = 'service-plan') => ({
  id,
  kind: 'worksheet',
  title: t(`Sheet ${id}`),
  document,
  fields,
});

const lessons: PlanLesson[] = [
  {
    lessonId: 'first',
    title: t('First'),
    definition: {
      steps: [
        sheet('idea', [{ id: 'name', type: 'short-text', label: t('Name') }]),
        sheet('other', [{ id: 'x', type: 'short-text', label: t('X') }], 'activity-plan'),
      ],
    },
  },
  {
    lessonId: 'second',
    title: t('Second'),
    definition: {
      steps: [
        sheet('audience', [
          {
            id: 'who',
            type: 'choice',
            label: t('Who'),
            options: [
              { id: 'seniors', label: t('Seniors', 'Vârstnici') },
              { id: 'youth', label: t('Young people') },
            ],
          },
          { id: 'when', type: 'date', label: t('When'), required: false },
        ]),
      ],
    },
  },
];

const snapshot = (answers: Record<string, Record<string, string>>) => ({
  state: {
    context: { steps: Object.fromEntries(Object.entries(answers).map(([id, a]) => [id, { answers: a }])) },
  },
});

describe('assemblePlan', () => {
  it('takes the sheets naming the document in the order of the modules, not of the files', () => {
    const plan = assemblePlan(course, lessons, [], 'service-plan', 'en');
    expect(plan?.sections.map((s) => s.stepId)).toEqual(['audience', 'idea']);
    expect(plan?.sections.every((s) => !s.entered && !s.editable)).toBe(true);
    expect(plan).toMatchObject({ filledFields: 0, totalFields: 3, title: 'My plan' });
  });

  it("shows a choice by its label in the learner's language, and a date as written", () => {
    const plan = assemblePlan(
      course,
      lessons,
      [
        {
          lessonId: 'second',
          status: 'in-progress',
          snapshot: snapshot({ audience: { who: 'seniors', when: '2027-03-15' } }),
        },
      ],
      'service-plan',
      'ro',
    );
    const [audience] = plan!.sections;
    expect(audience).toMatchObject({ entered: true, editable: true, title: 'Sheet audience (ro)' });
    expect(audience.fields.map((f) => [f.value, f.shownValue, f.required])).toEqual([
      ['seniors', 'Vârstnici', true],
      ['2027-03-15', '2027-03-15', false],
    ]);
    expect(plan!.filledFields).toBe(2);
  });

  it("falls back to the course's language, keeps a finished lesson's sheet editable, and knows no other document", () => {
    const plan = assemblePlan(
      course,
      lessons,
      [{ lessonId: 'first', status: 'completed', snapshot: snapshot({ idea: { name: 'Clubul' } }) }],
      'service-plan',
      'uk',
    );
    expect(plan?.locale).toBe('ro');
    expect(plan?.sections[1]).toMatchObject({ entered: true, editable: true });
    expect(plan?.sections[1].fields[0].value).toBe('Clubul');
    expect(assemblePlan(course, lessons, [], 'no-such-plan', 'en')).toBeNull();
  });
});
