import { describeStartupError } from './startup-error';

describe('describing why start-up failed', () => {
  it('says which port is taken and what to do', () => {
    const error = Object.assign(new Error('listen EADDRINUSE'), {
      code: 'EADDRINUSE',
      port: 4000,
      address: '127.0.0.1',
    });
    expect(describeStartupError(error)).toBe(
      'port 4000 on 127.0.0.1 is already in use; stop the other program or set PORT',
    );
  });

  it('keeps only the first line of other errors', () => {
    expect(describeStartupError(new Error('cannot reach MongoDB\n    at stack'))).toBe(
      'cannot reach MongoDB',
    );
  });
});
