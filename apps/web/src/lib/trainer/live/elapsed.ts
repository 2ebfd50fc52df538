/** "4 min", "4 мин", "1 h 5 min": short enough to read on a projector from the back of the room. */
export function formatElapsed(ms: number, locale: string): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  const unit = (u: 'hour' | 'minute', value: number) =>
    new Intl.NumberFormat(locale, { style: 'unit', unit: u, unitDisplay: 'short' }).format(value);
  if (minutes < 60) return unit('minute', minutes);
  return `${unit('hour', Math.floor(minutes / 60))} ${unit('minute', minutes % 60)}`;
}
