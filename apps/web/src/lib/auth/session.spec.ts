import { isPrivatePath, parseSessionSetCookie } from './session';

describe('the session cookie relay', () => {
  it('reads the token and lifetime the API set', () => {
    expect(
      parseSessionSetCookie('punte_session=abc_-1; Max-Age=7200; Path=/; HttpOnly; SameSite=Lax'),
    ).toEqual({
      token: 'abc_-1',
      maxAge: 7200,
    });
  });

  it('reads a cleared cookie as lifetime 0 and ignores other cookies', () => {
    expect(parseSessionSetCookie('punte_session=; Max-Age=0; Path=/')).toEqual({ token: '', maxAge: 0 });
    expect(parseSessionSetCookie('other=1; Max-Age=5')).toBeNull();
    expect(parseSessionSetCookie(null)).toBeNull();
  });

  it('treats account, admin, sign-in, setup and join pages as private', () => {
    expect(isPrivatePath('/account')).toBe(true);
    expect(isPrivatePath('/join/ABCD2345/123')).toBe(true);
    expect(isPrivatePath('/courses/first-steps')).toBe(false);
    expect(isPrivatePath('/administrator-guide')).toBe(false);
  });
});
