import { type z } from 'zod';
import { BadUserInputError } from '../../common/domain-errors';

/** One refused field: `field` is its dotted path in the input, `problem` a stable code the web app translates. */
export interface FieldProblem {
  field: string;
  problem: string;
  message: string;
  /** The bound a too-small or too-big value missed, so the translated message can say it. */
  limit?: number;
  /** The range an out-of-range number must be in. */
  min?: number;
  max?: number;
}

/**
 * Bad input naming every refused field. The message reads on its own (API clients, logs); the web
 * app shows `extensions.fields` in the trainer's language.
 */
export class InvalidFieldsError extends BadUserInputError {
  readonly fields: FieldProblem[];

  constructor(fields: FieldProblem[]) {
    super(fields.map((f) => `${f.field}: ${f.message}`).join('; '));
    this.fields = fields;
    this.extensions.fields = fields;
  }
}

/** Our refinements put a stable problem code in each issue's params; zod's own checks get a generic one. */
export function fieldProblemsOf(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => {
    const params =
      'params' in issue
        ? (issue.params as { problem?: string; min?: number; max?: number } | undefined)
        : undefined;
    const problem: FieldProblem = {
      field: issue.path.join('.') || 'input',
      problem: params?.problem ?? problemOfIssueCode(issue.code),
      message: issue.message,
    };
    if (issue.code === 'too_small') problem.limit = Number(issue.minimum);
    if (issue.code === 'too_big') problem.limit = Number(issue.maximum);
    if (params?.min !== undefined) problem.min = params.min;
    if (params?.max !== undefined) problem.max = params.max;
    return problem;
  });
}

function problemOfIssueCode(code: string): string {
  switch (code) {
    case 'too_small':
      return 'too-small';
    case 'too_big':
      return 'too-big';
    case 'invalid_type':
      return 'missing';
    default:
      return 'invalid';
  }
}

/** Parses or throws InvalidFieldsError naming every bad field. */
export function parseFields<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new InvalidFieldsError(fieldProblemsOf(parsed.error));
  return parsed.data;
}
