/** One bar: a label, its value and how the value is written for people. */
export interface BarDatum {
  label: string;
  value: number;
  display: string;
}

/** A bar's length as a share of the track (0..100, the SVG's viewBox width). */
export function barLength(value: number, max: number): number {
  if (!(max > 0) || !(value > 0)) return 0;
  return Math.min(100, (value / max) * 100);
}

/** One part of a stacked bar. */
export interface StackPart {
  key: string;
  value: number;
}

export interface PlacedPart extends StackPart {
  /** Start and length on a 0..100 track. */
  x: number;
  width: number;
}

/**
 * Places the parts of a stacked bar end to end. Rounding is left to the renderer: the lengths
 * always add up to the share of the total the parts cover, so the bars of a chart compare.
 */
export function stackParts(parts: readonly StackPart[], total: number): PlacedPart[] {
  let x = 0;
  return parts.map((part) => {
    const width = barLength(part.value, total);
    const placed = { ...part, x, width };
    x += width;
    return placed;
  });
}

/** A share 0..1 as a percentage in the reader's language ("75 %" in Romanian, "75%" in English). */
export function formatShare(share: number, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}
