import { Algorithm, hash, verify } from '@node-rs/argon2';

/**
 * argon2id at OWASP's first recommended setting (19 MiB, 2 passes, 1 lane): about 20–50 ms per hash
 * on the 2-core machines Punte is measured on (see README, bench:auth).
 */
export const ARGON2_OPTIONS = {
  algorithm: Algorithm.Argon2id,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashSecret(secret: string): Promise<string> {
  return hash(secret, ARGON2_OPTIONS);
}

// Verified when the account does not exist, so a wrong e-mail takes as long as a wrong password.
let decoy: Promise<string> | undefined;

export async function verifySecret(storedHash: string | undefined, secret: string): Promise<boolean> {
  if (!storedHash) {
    decoy ??= hashSecret('punte-decoy-secret');
    await verify(await decoy, secret).catch(() => false);
    return false;
  }
  return verify(storedHash, secret).catch(() => false);
}
