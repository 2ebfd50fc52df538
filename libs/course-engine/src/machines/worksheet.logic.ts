import { WORKSHEET_MAX_LENGTH, type WorksheetField, type WorksheetStep } from '../model/step';

/** What a learner wrote on a worksheet: field id → text, a date as `YYYY-MM-DD`, a choice as its option id. */
export type WorksheetAnswers = Record<string, string>;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function isCalendarDate(value: string): boolean {
  const m = DATE.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

export function worksheetMaxLength(field: WorksheetField): number | undefined {
  if (field.type !== 'short-text' && field.type !== 'long-text') return undefined;
  return field.maxLength ?? WORKSHEET_MAX_LENGTH[field.type];
}

/** Why one value does not fit its field; undefined when it does. An empty string clears the field. */
function valueProblem(field: WorksheetField, value: unknown): string | undefined {
  if (typeof value !== 'string') return `field "${field.id}" takes text, not ${typeof value}`;
  if (value === '') return undefined;
  if (field.type === 'date')
    return isCalendarDate(value) ? undefined : `field "${field.id}" takes a date as YYYY-MM-DD`;
  if (field.type === 'choice')
    return field.options?.some((o) => o.id === value)
      ? undefined
      : `field "${field.id}" has no option "${value}"`;
  const max = worksheetMaxLength(field) as number;
  return value.length > max ? `field "${field.id}" takes at most ${max} characters` : undefined;
}

/**
 * Everything wrong with a `worksheet.save`'s values for this step; empty means they can be saved.
 * The engine refuses the whole event when any value is wrong, so nothing half-saved is stored.
 */
export function worksheetValueProblems(step: Pick<WorksheetStep, 'fields'>, values: unknown): string[] {
  if (typeof values !== 'object' || values === null || Array.isArray(values))
    return ['values must be an object of field id → text'];
  const entries = Object.entries(values);
  if (entries.length === 0) return ['no values to save'];
  return entries.flatMap(([id, value]) => {
    const field = step.fields.find((f) => f.id === id);
    const problem = field ? valueProblem(field, value) : `the worksheet has no field "${id}"`;
    return problem ? [problem] : [];
  });
}

/** Complete when every required field (all are, unless `required: false`) holds more than blanks. */
export function worksheetComplete(
  step: Pick<WorksheetStep, 'fields'>,
  answers: WorksheetAnswers | undefined,
): boolean {
  return step.fields.every((f) => f.required === false || (answers?.[f.id] ?? '').trim() !== '');
}
