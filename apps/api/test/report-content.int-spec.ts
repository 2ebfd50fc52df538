import { ReportContentService } from '../src/modules/reports/report-content.service';
import { ApiHarness } from './support/api-harness';

describe('the lessons a group report covers', () => {
  const harness = new ApiHarness();
  let content: ReportContentService;

  beforeAll(async () => {
    content = (await harness.start()).app.get(ReportContentService);
  });
  afterAll(() => harness.dispose());

  it('lists the lessons of the group courses in course order, named in the trainer language', async () => {
    const { lessons, publicLessons } = await content.lessonsOf(['first-steps', 'no-such-course'], 'ru');
    expect(lessons.map((l) => [l.courseSlug, l.lessonId, l.courseTitle])).toEqual([
      ['first-steps', 'the-mouse', 'Первые шаги за компьютером'],
    ]);
    expect(lessons[0].steps.length).toBeGreaterThan(0);
    expect(publicLessons.get('the-mouse')?.id).toBe('the-mouse');
    // The public view: question texts for the report, never the answer key.
    expect(JSON.stringify(lessons[0].questions)).not.toMatch(/"(correct|accepted|correctOrder|pairs)"/);
  });
});
