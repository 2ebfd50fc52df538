import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH, newJoinCode, normalizeJoinCode } from './join-code';

describe('join codes', () => {
  it('are at least 6 characters from an alphabet without look-alikes', () => {
    expect(JOIN_CODE_LENGTH).toBeGreaterThanOrEqual(6);
    for (const lookAlike of ['0', 'O', '1', 'I', 'L', 'l'])
      expect(JOIN_CODE_ALPHABET).not.toContain(lookAlike);
    for (let i = 0; i < 200; i++) {
      const code = newJoinCode();
      expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`));
    }
  });

  it('differ from one another', () => {
    expect(new Set(Array.from({ length: 200 }, newJoinCode)).size).toBe(200);
  });

  it('are accepted in lower case and with spaces or dashes as typed from a board', () => {
    expect(normalizeJoinCode('abcd-efgh')).toBe('ABCDEFGH');
    expect(normalizeJoinCode(' abcd efgh ')).toBe('ABCDEFGH');
  });

  it('refuse malformed input with a reason', () => {
    for (const bad of ['ABC', 'ABCDEFGO', 'ABCDEFG1', '{"$gt":""}', 'x'.repeat(10_000)]) {
      expect(() => normalizeJoinCode(bad)).toThrow(
        expect.objectContaining({ reason: 'JOIN_CODE_MALFORMED' }),
      );
    }
  });
});
