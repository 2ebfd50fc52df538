import { join } from 'node:path';
import { loadAllCourses } from '@punte/content';
import { PRACTICE_TOOLS, practiceComplete, type PracticeStep } from '@punte/course-engine';
import { LOCALES } from '../i18n/locales';
import { TOOL_LOGIC } from './logics';
import { driveStep } from './testing/drive';

const contentRoot = join(__dirname, '../../../../../content');
const { courses, issues } = loadAllCourses(contentRoot);
const practice = courses.flatMap((c) =>
  c.lessons.flatMap((l) =>
    l.steps
      .filter((s): s is PracticeStep => s.kind === 'practice')
      .map((step) => ({ where: `${c.manifest.id}/${l.id}/${step.id}`, step })),
  ),
);

describe('every practice task in the courses can be completed in its tool', () => {
  it('loads the real content without issues, with the sixteen practice tasks', () => {
    expect(issues).toEqual([]);
    expect(practice.length).toBe(16);
  });

  for (const tool of PRACTICE_TOOLS) {
    const logic = TOOL_LOGIC[tool];
    const steps = practice.filter((p) => p.step.tool === tool);
    describe(`${tool} (${steps.length} tasks)`, () => {
      it('has its tool', () => expect(logic).toBeDefined());
      for (const { where, step } of steps) {
        for (const locale of LOCALES) {
          it(`${where} reaches every checkpoint, optional ones too (${locale})`, () => {
            const r = driveStep(logic!, step, locale);
            expect(r.stuck).toBeUndefined();
            expect(r.reached).toEqual(step.checkpoints.map((c) => c.id));
          });
        }
        it(`${where} completes with the required checkpoints only`, () => {
          const r = driveStep(logic!, step, 'ro', 'required');
          expect(r.stuck).toBeUndefined();
          expect(practiceComplete(step, r.reached)).toBe(true);
        });
      }
    });
  }
});

describe('the driver itself', () => {
  it('fails a scenario whose checkpoint names a letter that is not in it', () => {
    const { step } = practice.find((p) => p.step.id === 'report-the-scam')!;
    const broken = {
      ...step,
      checkpoints: step.checkpoints.map((c) =>
        c.id === 'report' ? { ...c, match: { messageId: 'no-such-letter' } } : c,
      ),
    };
    const r = driveStep(TOOL_LOGIC.email!, broken, 'en');
    expect(r.stuck).toEqual({ checkpoint: 'report', reason: 'no plan reaches it from here' });
    expect(r.reached).toEqual(['open-fake']);
  });
});
