import { randomUUID } from 'node:crypto';
import { type Caller } from '../caller';
import { aTrainer, type SignedInPerson } from './people';
import { type TestGroup } from './groups';

const CREATE_PLANNED = `mutation ($input: GroupPlanInput!) { createPlannedGroup(input: $input) { id joinCode } }`;

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** A schedule from today for `weeks` weeks, every weekday, in the library's zone. */
export function aSchedule(overrides: Record<string, unknown> = {}, weeks = 6) {
  const today = new Date();
  return {
    weekdays: [1, 2, 3, 4, 5, 6, 7],
    startTime: '10:00',
    endTime: '11:30',
    firstDate: isoDate(today),
    lastDate: isoDate(new Date(today.getTime() + weeks * 7 * 86_400_000)),
    timeZone: 'Europe/Chisinau',
    ...overrides,
  };
}

/** What a trainer types into the group form; valid unless the test says otherwise. */
export function aPlanInput(overrides: Record<string, unknown> = {}) {
  return {
    name: `Seniori online ${randomUUID().slice(0, 6)}`,
    language: 'ro',
    courseSlugs: ['first-steps'],
    place: { library: 'Biblioteca „Onisifor Ghibu”', room: 'Sala 2', address: 'str. Ștefan cel Mare 1' },
    capacity: 10,
    whatToBring: '',
    stuckAfterMinutes: 10,
    schedule: aSchedule(),
    ...overrides,
  };
}

/** A group created with its plan, by a new trainer (or the one given). */
export async function aPlannedGroup(
  url: string,
  options: { trainer?: SignedInPerson; input?: Record<string, unknown> } = {},
): Promise<TestGroup> {
  const trainer = options.trainer ?? (await aTrainer(url));
  const { createPlannedGroup } = await (trainer.caller as Caller).ok<{
    createPlannedGroup: { id: string; joinCode: string };
  }>(CREATE_PLANNED, { input: aPlanInput(options.input) });
  return { ...createPlannedGroup, trainer };
}
