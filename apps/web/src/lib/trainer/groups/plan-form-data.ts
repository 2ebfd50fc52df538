/** The group plan as the API's GroupPlanInput takes it; the API validates, this only reshapes. */
export interface PlanInputShape {
  name: string;
  language: string;
  courseSlugs: string[];
  place: { library: string; room: string; address: string };
  capacity: number;
  whatToBring: string;
  stuckAfterMinutes: number;
  /** E-mail addresses (or account ids) of co-trainers, blanks and repeats left out. */
  coTrainers: string[];
  schedule: {
    weekdays: number[];
    startTime: string;
    endTime: string;
    firstDate: string;
    lastDate: string;
    timeZone: string;
  };
}

const text = (form: FormData, name: string) => String(form.get(name) ?? '');

/**
 * Reads the plan form. A capacity that is not a number stays NaN (the page refuses it by name, as
 * the API would, since JSON cannot carry NaN), never silently replaced by a default.
 */
/** The form's own check before the API: a capacity JSON can carry at all. */
export function capacityTyped(plan: PlanInputShape): boolean {
  return Number.isFinite(plan.capacity) && Number.isFinite(plan.stuckAfterMinutes);
}

/**
 * The co-trainer lines as the API reads them: trimmed, blank lines and repeats dropped the way the
 * API drops them, so its refusal `coTrainers.<n>` points at the n-th address shown again.
 */
export function coTrainersFromForm(form: FormData): string[] {
  const lines = form.getAll('coTrainers').map((value) => String(value).trim());
  return [...new Set(lines.filter(Boolean))];
}

export function planFromForm(form: FormData): PlanInputShape {
  const capacity = text(form, 'capacity').trim();
  return {
    name: text(form, 'name'),
    language: text(form, 'language'),
    courseSlugs: form.getAll('courseSlugs').map(String),
    place: { library: text(form, 'library'), room: text(form, 'room'), address: text(form, 'address') },
    capacity: capacity === '' ? 10 : Number(capacity),
    whatToBring: text(form, 'whatToBring'),
    stuckAfterMinutes:
      text(form, 'stuckAfterMinutes').trim() === '' ? 10 : Number(text(form, 'stuckAfterMinutes')),
    coTrainers: coTrainersFromForm(form),
    schedule: {
      weekdays: form.getAll('weekdays').map(Number),
      startTime: text(form, 'startTime'),
      endTime: text(form, 'endTime'),
      firstDate: text(form, 'firstDate'),
      lastDate: text(form, 'lastDate'),
      timeZone: text(form, 'timeZone'),
    },
  };
}

/** The form's fields filled from a plan: what the trainer typed, shown again beside a refusal. */
export function valuesFromPlan(plan: PlanInputShape) {
  return {
    name: plan.name,
    language: plan.language,
    courseSlugs: plan.courseSlugs,
    library: plan.place.library,
    room: plan.place.room,
    address: plan.place.address,
    capacity: Number.isFinite(plan.capacity) ? plan.capacity : '',
    whatToBring: plan.whatToBring,
    stuckAfterMinutes: Number.isFinite(plan.stuckAfterMinutes) ? plan.stuckAfterMinutes : '',
    coTrainers: plan.coTrainers,
    ...plan.schedule,
  };
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** A new group's starting values: Tuesdays and Thursdays 10:00–11:30 for six weeks, 10 places. */
export function newPlan(language: string, today: Date): PlanInputShape {
  const last = new Date(today.getTime() + 41 * 86_400_000);
  return {
    name: '',
    language,
    courseSlugs: [],
    place: { library: '', room: '', address: '' },
    capacity: 10,
    whatToBring: '',
    stuckAfterMinutes: 10,
    coTrainers: [],
    schedule: {
      weekdays: [2, 4],
      startTime: '10:00',
      endTime: '11:30',
      firstDate: isoDate(today),
      lastDate: isoDate(last),
      timeZone: 'Europe/Chisinau',
    },
  };
}

/** A saved plan (the API's GroupPlan) as the form's shape, with the group's name, capacity and co-trainers. */
export function planOfGroup(
  name: string,
  capacity: number,
  plan: Omit<PlanInputShape, 'name' | 'capacity' | 'coTrainers'>,
  coTrainers: readonly string[] = [],
): PlanInputShape {
  return {
    name,
    capacity,
    coTrainers: [...coTrainers],
    language: plan.language,
    courseSlugs: [...plan.courseSlugs],
    place: { library: plan.place.library, room: plan.place.room, address: plan.place.address },
    whatToBring: plan.whatToBring,
    stuckAfterMinutes: plan.stuckAfterMinutes,
    schedule: {
      weekdays: [...plan.schedule.weekdays],
      startTime: plan.schedule.startTime,
      endTime: plan.schedule.endTime,
      firstDate: plan.schedule.firstDate,
      lastDate: plan.schedule.lastDate,
      timeZone: plan.schedule.timeZone,
    },
  };
}
