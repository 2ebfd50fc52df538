import { Algorithm, hash, verify } from '@node-rs/argon2';

/**
 * argon2id with 32 MiB, 4 passes, 1 lane: above OWASP's minimum (19 MiB, 2 passes), and about 21 ms
 * of processor time per hash on the 2-core machine Punte is measured on (19 MiB/2 passes took 8 ms
 * there; the target is 20–50 ms; npm run bench:auth prints wall and processor time).
 */
export const ARGON2_OPTIONS = {
  algorithm: Algorithm.Argon2id,
  memoryCost: 32_768,
  timeCost: 4,
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
