/** The standard 32-bit FNV-1a offset basis. */
export const FNV_OFFSET = 0x811c9dc5;

/** 32-bit FNV-1a over UTF-16 code units: tiny, and identical in every JS engine. */
export function fnv1a(text: string, basis: number = FNV_OFFSET): number {
  let h = basis;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
