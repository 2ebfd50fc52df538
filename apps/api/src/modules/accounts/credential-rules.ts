import { dictionary } from '@zxcvbn-ts/language-common';
import { RefusedInputError } from '../security/auth-errors';

export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = 256;

let common: Set<string> | undefined;

/** zxcvbn-ts's list of ~49,000 passwords most found in breaches, compared without case. */
function commonPasswords(): Set<string> {
  common ??= new Set(
    (dictionary['passwords-common'] as readonly string[]).map((password) => password.toLowerCase()),
  );
  return common;
}

export function assertAcceptablePassword(password: string): void {
  if ([...password].length < MIN_PASSWORD_LENGTH)
    throw new RefusedInputError(
      'PASSWORD_TOO_SHORT',
      `a password needs at least ${MIN_PASSWORD_LENGTH} characters`,
    );
  if (password.length > MAX_PASSWORD_LENGTH)
    throw new RefusedInputError(
      'PASSWORD_TOO_LONG',
      `a password has at most ${MAX_PASSWORD_LENGTH} characters`,
    );
  if (commonPasswords().has(password.toLowerCase()))
    throw new RefusedInputError('PASSWORD_COMMON', 'this password is on a list of common passwords');
}

const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,189}\.[^\s@]{2,63}$/;

export function normalizeEmail(email: string): string {
  const normalized = email.trim().toLowerCase();
  if (normalized.length > 254 || !EMAIL.test(normalized) || /[\p{Cc}]/u.test(normalized))
    throw new RefusedInputError('EMAIL_INVALID', 'this is not an e-mail address');
  return normalized;
}

const NAME = /^[\p{L}\p{M}][\p{L}\p{M}\p{N} .'’-]*$/u;

/** A person's name as shown to others: letters, spaces, dots, hyphens, apostrophes; at most `max`. */
export function normalizeName(name: string, max = 80): string {
  const normalized = name.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (normalized.length === 0 || normalized.length > max || !NAME.test(normalized))
    throw new RefusedInputError('NAME_INVALID', `a name is 1 to ${max} letters, spaces or hyphens`);
  return normalized;
}
