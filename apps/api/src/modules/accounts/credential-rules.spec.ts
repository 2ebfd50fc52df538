import { assertAcceptablePassword, normalizeEmail, normalizeName } from './credential-rules';

const reasonOf = (run: () => unknown) => {
  try {
    run();
    return 'accepted';
  } catch (error) {
    return (error as { reason?: string }).reason;
  }
};

describe('credential rules', () => {
  it('refuses passwords under 10 characters, counting letters rather than bytes', () => {
    expect(reasonOf(() => assertAcceptablePassword('short pw!'))).toBe('PASSWORD_TOO_SHORT');
    expect(reasonOf(() => assertAcceptablePassword('ăîșțâăîșțâ'))).toBe('accepted');
  });

  it('refuses common passwords whatever their case', () => {
    expect(reasonOf(() => assertAcceptablePassword('1234567890'))).toBe('PASSWORD_COMMON');
    expect(reasonOf(() => assertAcceptablePassword('Qwertyuiop'))).toBe('PASSWORD_COMMON');
    expect(reasonOf(() => assertAcceptablePassword('Biblioteca din Bălți 2026'))).toBe('accepted');
  });

  it('refuses absurdly long passwords', () => {
    expect(reasonOf(() => assertAcceptablePassword('x'.repeat(300)))).toBe('PASSWORD_TOO_LONG');
  });

  it('lower-cases e-mail addresses and refuses what is not one', () => {
    expect(normalizeEmail('  Ana.Pop@Example.ORG ')).toBe('ana.pop@example.org');
    for (const bad of ['ana', 'ana@', 'a b@example.org', `${'a'.repeat(250)}@example.org`, 'a\u0000@x.org'])
      expect(reasonOf(() => normalizeEmail(bad))).toBe('EMAIL_INVALID');
  });

  it('accepts names in every language and refuses control characters and markup', () => {
    expect(normalizeName('  Ștefan   Țurcanu ')).toBe('Ștefan Țurcanu');
    expect(normalizeName('Олена')).toBe('Олена');
    expect(normalizeName("O'Brien-Łukasz")).toBe("O'Brien-Łukasz");
    for (const bad of ['', '   ', 'Ana\u0007', '<script>', 'x'.repeat(81), '$gt'])
      expect(reasonOf(() => normalizeName(bad))).toBe('NAME_INVALID');
  });
});
