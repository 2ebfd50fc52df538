import { MingoError } from 'mingo/util';
import { MongoError, asMongoError } from './errors';

describe('mapping failures to mongod errors by their class', () => {
  it('keeps a MongoError as it is', () => {
    const own = new MongoError(11000, 'DuplicateKey', 'dup');
    expect(asMongoError(own)).toBe(own);
  });

  it('answers mingo, type and regular-expression errors with the codes mongod uses', () => {
    expect(asMongoError(new MingoError('Invalid operator'))).toMatchObject({ code: 2, codeName: 'BadValue' });
    expect(asMongoError(new TypeError('Cannot mix BigInt'))).toMatchObject({
      code: 14,
      codeName: 'TypeMismatch',
    });
    expect(asMongoError(new SyntaxError('Unterminated group'))).toMatchObject({
      code: 51091,
      message: 'Regular expression is invalid: Unterminated group',
    });
  });

  it('does not read meaning into message text: an unknown failure is an internal error', () => {
    expect(asMongoError(new Error('unknown operator $frob'))).toMatchObject({
      code: 1,
      codeName: 'InternalError',
    });
  });
});
