import { interpolate } from '../i18n';
import type { TrainerFieldNames, TrainerMessages, TrainerProblems } from '../i18n/messages/trainer/messages';

/** A refused field as the API reports it in `extensions.fields`. */
export interface FieldProblem {
  field: string;
  problem: string;
  message: string;
  limit?: number;
  min?: number;
  max?: number;
}

const FIELD_NAMES: Record<string, keyof TrainerFieldNames> = {
  name: 'name',
  language: 'language',
  courseSlugs: 'courses',
  'place.library': 'library',
  'place.room': 'room',
  'place.address': 'address',
  capacity: 'capacity',
  whatToBring: 'whatToBring',
  'schedule.weekdays': 'weekdays',
  'schedule.startTime': 'startTime',
  'schedule.endTime': 'endTime',
  'schedule.firstDate': 'firstDate',
  'schedule.lastDate': 'lastDate',
  'schedule.timeZone': 'timeZone',
  stuckAfterMinutes: 'stuckAfterMinutes',
  coTrainers: 'coTrainers',
};

const SPECIFIC: Record<string, keyof TrainerProblems> = {
  'end-not-after-start': 'endNotAfterStart',
  'last-before-first': 'lastBeforeFirst',
  'too-long': 'scheduleTooLong',
  'no-sessions': 'noSessions',
  'invalid-time': 'invalidTime',
  'invalid-date': 'invalidDate',
  'invalid-time-zone': 'invalidTimeZone',
  'no-weekday': 'noWeekday',
  'duplicate-weekday': 'invalid',
  'control-characters': 'controlCharacters',
  'unknown-trainer': 'unknownTrainer',
};

/** The form field a refusal belongs to ("schedule.weekdays.0" belongs to the weekdays). */
export function fieldKeyOf(field: string): keyof TrainerFieldNames | null {
  const path = field.split('.');
  for (let length = path.length; length > 0; length -= 1) {
    const key = FIELD_NAMES[path.slice(0, length).join('.')];
    if (key) return key;
  }
  return null;
}

function problemKey(problem: FieldProblem, field: keyof TrainerFieldNames | null): keyof TrainerProblems {
  if (SPECIFIC[problem.problem]) return SPECIFIC[problem.problem];
  if (problem.problem === 'out-of-range') return 'numberRange';
  if (field === 'courses' && problem.problem === 'too-small') return 'noCourse';
  if (problem.problem === 'too-small') return 'empty';
  if (problem.problem === 'too-big') return 'tooLongText';
  return 'invalid';
}

/**
 * What to say next to the field, in the trainer's language. `entered` is what the trainer typed in
 * the refused line (a co-trainer's address), named in the sentence so they see which one is wrong.
 */
export function fieldProblemText(problem: FieldProblem, m: TrainerMessages, entered = ''): string {
  const field = fieldKeyOf(problem.field);
  const key = problemKey(problem, field);
  const values: Record<string, number | string> = { email: entered };
  for (const name of ['limit', 'min', 'max'] as const) {
    const value = problem[name];
    if (value !== undefined) values[name] = value;
  }
  return interpolate(m.problems[key], values);
}

/** "Number of places: Please enter a whole number from 1 to 40." for a summary at the top of the form. */
export function fieldProblemLine(problem: FieldProblem, m: TrainerMessages, entered = ''): string {
  const field = fieldKeyOf(problem.field);
  return interpolate(m.problems.fieldLine, {
    field: field ? m.fields[field] : problem.field,
    problem: fieldProblemText(problem, m, entered),
  });
}
