import { interpolate } from '../i18n';
import type { Messages } from '../i18n/messages/messages';

/** The API's reasons for refusing input (extensions.reason), each explained in five languages. */
export const REFUSAL_REASONS = [
  'WRONG_CREDENTIALS',
  'PASSWORD_TOO_SHORT',
  'PASSWORD_TOO_LONG',
  'PASSWORD_COMMON',
  'PASSWORD_MISMATCH',
  'EMAIL_INVALID',
  'EMAIL_TAKEN',
  'NAME_INVALID',
  'NAME_TAKEN',
  'NAME_TAKEN_WITH_INITIAL',
  'PIN_INVALID',
  'PIN_MISMATCH',
  'JOIN_CODE_MALFORMED',
  'JOIN_CODE_UNKNOWN',
  'GROUP_FULL',
  'GROUP_ENDED',
  'LINK_INVALID',
  'SIGN_UP_CLOSED',
  'SETUP_DONE',
  'CANNOT_CHANGE_SELF',
  'INPUT_INVALID',
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

/** What went wrong with a form, as the API said it (serializable, returned by form actions). */
export interface AuthProblem {
  code: string;
  reason?: string;
  retryAfterSeconds?: number;
}

const isReason = (value: unknown): value is RefusalReason =>
  typeof value === 'string' && (REFUSAL_REASONS as readonly string[]).includes(value);

/** The sentence a reader sees; a PIN lockout also says the trainer can help. */
export function describeProblem(m: Messages, problem: AuthProblem, pin = false): string {
  if (problem.code === 'RATE_LIMITED') {
    const minutes = Math.max(1, Math.ceil((problem.retryAfterSeconds ?? 60) / 60));
    return interpolate(pin ? m.auth.problems.rateLimitedPin : m.auth.problems.rateLimited, { minutes });
  }
  if (isReason(problem.reason)) return m.auth.problems[problem.reason];
  if (problem.code === 'BAD_USER_INPUT') return m.auth.problems.INPUT_INVALID;
  return m.auth.problems.unexpected;
}
