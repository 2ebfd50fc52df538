import { DomainError } from '../../common/domain-errors';

/**
 * Why an input was refused, as a stable code the web app turns into a sentence in the reader's
 * language (extensions.reason); the message is for logs and API users.
 */
export type RefusalReason =
  | 'WRONG_CREDENTIALS'
  | 'PASSWORD_TOO_SHORT'
  | 'PASSWORD_TOO_LONG'
  | 'PASSWORD_COMMON'
  | 'PASSWORD_MISMATCH'
  | 'EMAIL_INVALID'
  | 'EMAIL_TAKEN'
  | 'NAME_INVALID'
  | 'NAME_TAKEN'
  | 'NAME_TAKEN_WITH_INITIAL'
  | 'PIN_INVALID'
  | 'PIN_MISMATCH'
  | 'JOIN_CODE_MALFORMED'
  | 'JOIN_CODE_UNKNOWN'
  | 'GROUP_FULL'
  | 'GROUP_ENDED'
  | 'LINK_INVALID'
  | 'SIGN_UP_CLOSED'
  | 'SETUP_DONE'
  | 'CANNOT_CHANGE_SELF'
  | 'INPUT_INVALID';

export class RefusedInputError extends DomainError {
  constructor(
    readonly reason: RefusalReason,
    message: string,
    code: 'BAD_USER_INPUT' | 'UNAUTHENTICATED' = 'BAD_USER_INPUT',
  ) {
    super(message, code);
    this.extensions.reason = reason;
  }
}

/** One calm answer for a wrong e-mail, password, name or PIN: it never says which part was wrong. */
export const wrongCredentials = () =>
  new RefusedInputError('WRONG_CREDENTIALS', 'these sign-in details are not right', 'UNAUTHENTICATED');
