import { LOCALES } from '../../i18n';
import { MESSAGES } from '../../i18n/all-messages';
import { LESSON_STATUSES, lessonStatusLabel, STEP_STATUSES, stepStatusLabel } from './status-label';

describe('report status labels', () => {
  it('lists every step status the engine records, and not-started for a step never opened', () => {
    expect([...STEP_STATUSES].sort()).toEqual([
      'completed',
      'failed',
      'in-progress',
      'not-started',
      'passed',
    ]);
  });

  it.each(LOCALES)('names every step and lesson status in %s, never as the raw value', (locale) => {
    const r = MESSAGES[locale].trainer.pages.reports;
    for (const status of STEP_STATUSES) {
      const label = stepStatusLabel(status, r);
      expect(label.trim()).not.toBe('');
      expect(label).not.toBe(status);
    }
    for (const status of LESSON_STATUSES) expect(lessonStatusLabel(status, r)).not.toBe(status);
    // "passed" and "failed" must read differently, or the report hides who needs help.
    expect(stepStatusLabel('passed', r)).not.toBe(stepStatusLabel('failed', r));
  });

  it('shows a status it does not know as itself', () => {
    expect(stepStatusLabel('skipped', MESSAGES.en.trainer.pages.reports)).toBe('skipped');
  });
});
