/** Fills `{name}` placeholders; an unknown one stays visible so a missing value is noticed. */
export function interpolateSim(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
