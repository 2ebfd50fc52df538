import { LOCALES } from '@punte/course-engine';
import { z } from 'zod';
import { scheduleSchema } from './schedule';

export const DEFAULT_CAPACITY = 10;
/** The accounts module admits 1 to 50 learners to a group; a bigger number is a typing mistake. */
export const MAX_CAPACITY = 50;

// Control characters would print as boxes on the handout and break the CSV's rows.
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

function text(max: number, required: boolean) {
  const base = z
    .string({ message: 'must be text' })
    .trim()
    .max(max, { message: `must be at most ${max} characters` })
    .refine((value) => !CONTROL.test(value), {
      message: 'must not contain control characters',
      params: { problem: 'control-characters' },
    });
  return required ? base.min(1, { message: 'must not be empty' }) : base;
}

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** What makes a group a group, beyond its join code and members (the accounts module's part). */
export const groupSettingsSchema = z.object({
  name: text(100, true),
  language: z.enum(LOCALES, { message: `must be one of ${LOCALES.join(', ')}` }),
  courseSlugs: z
    .array(z.string().max(80).regex(SLUG, { message: 'must be course slugs such as online-communication' }))
    .min(1, { message: 'must name at least one course' })
    .max(10, { message: 'must name at most 10 courses' }),
  place: z.object({
    library: text(120, true),
    room: text(80, false).default(''),
    address: text(200, false).default(''),
  }),
  capacity: z
    .number({ message: 'must be a whole number' })
    .refine((value) => Number.isInteger(value) && value >= 1 && value <= MAX_CAPACITY, {
      message: `must be a whole number from 1 to ${MAX_CAPACITY}`,
      params: { problem: 'out-of-range', min: 1, max: MAX_CAPACITY },
    })
    .default(DEFAULT_CAPACITY),
  /** The live view flags a learner who made no progress on a step for this long. */
  stuckAfterMinutes: z
    .number({ message: 'must be a whole number' })
    .refine((value) => Number.isInteger(value) && value >= 2 && value <= 60, {
      message: 'must be a whole number of minutes from 2 to 60',
      params: { problem: 'out-of-range', min: 2, max: 60 },
    })
    .default(10),
  /** Printed on the handout: "bring your phone and reading glasses". */
  whatToBring: text(300, false).default(''),
  schedule: scheduleSchema,
});

export type GroupSettingsInput = z.input<typeof groupSettingsSchema>;
export type GroupSettings = z.output<typeof groupSettingsSchema>;
