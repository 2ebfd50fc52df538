import { randomInt } from 'node:crypto';
import { RefusedInputError } from '../security/auth-errors';

/** No 0/O, 1/I/L and no U/V pair: a code read aloud or copied from a board survives. */
export const JOIN_CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTWXYZ23456789';
export const JOIN_CODE_LENGTH = 8;

export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < JOIN_CODE_LENGTH; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** Upper-cases and drops spaces and dashes; refuses anything that cannot be a code. */
export function normalizeJoinCode(input: string): string {
  const code = input.slice(0, 64).toUpperCase().replace(/[\s-]/g, '');
  const valid = code.length === JOIN_CODE_LENGTH && [...code].every((c) => JOIN_CODE_ALPHABET.includes(c));
  if (!valid)
    throw new RefusedInputError(
      'JOIN_CODE_MALFORMED',
      `a join code is ${JOIN_CODE_LENGTH} letters and digits`,
    );
  return code;
}
