import { courseComplete } from './course-completion.service';
import { type ProgressListing } from './progress.repository';

const lesson = (lessonId: string, status: 'completed' | 'in-progress', allQuizzesPassed: boolean) =>
  ({ lessonId, status, allQuizzesPassed }) as ProgressListing;

describe('the course completion rule', () => {
  it('needs every lesson completed and every quiz passed', () => {
    expect(courseComplete(['a', 'b'], [lesson('a', 'completed', true), lesson('b', 'completed', true)])).toBe(
      true,
    );
    expect(courseComplete(['a', 'b'], [lesson('a', 'completed', true)])).toBe(false);
    expect(
      courseComplete(['a', 'b'], [lesson('a', 'completed', true), lesson('b', 'completed', false)]),
    ).toBe(false);
    expect(courseComplete(['a'], [lesson('a', 'in-progress', true)])).toBe(false);
  });

  it('never calls an empty course complete', () => {
    expect(courseComplete([], [])).toBe(false);
  });
});
