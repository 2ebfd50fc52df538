import { MESSAGES } from '../i18n/all-messages';
import { describeProblem } from './problem';

describe('describing a refused form in the reader’s language', () => {
  it('names the reason the API gave', () => {
    expect(describeProblem(MESSAGES.en, { code: 'BAD_USER_INPUT', reason: 'PIN_MISMATCH' })).toBe(
      MESSAGES.en.auth.problems.PIN_MISMATCH,
    );
  });

  it('says in whole minutes when to try again, and that the trainer can unlock a PIN', () => {
    const ro = describeProblem(MESSAGES.ro, { code: 'RATE_LIMITED', retryAfterSeconds: 899 }, true);
    expect(ro).toContain('15 min');
    expect(ro).toContain('formatorul');
    expect(describeProblem(MESSAGES.uk, { code: 'RATE_LIMITED', retryAfterSeconds: 2 })).toContain('1 хв');
  });

  it('falls back to a calm general sentence for anything unknown', () => {
    expect(describeProblem(MESSAGES.pl, { code: 'INTERNAL_SERVER_ERROR' })).toBe(
      MESSAGES.pl.auth.problems.unexpected,
    );
  });
});
