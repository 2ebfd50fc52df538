import { fnv1a } from '../util/fnv';

/** mulberry32: tiny, fast, and identical in every JS engine. */
function prng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The same seed and salt always give the same order, so a resumed quiz looks the same. */
export function seededShuffle<T>(items: readonly T[], seed: string | number, salt: string): T[] {
  const out = [...items];
  const next = prng(fnv1a(`${seed}:${salt}`));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
