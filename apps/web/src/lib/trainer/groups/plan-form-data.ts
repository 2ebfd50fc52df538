/** The group plan as the API's GroupPlanInput takes it; the API validates, this only reshapes. */
export interface PlanInputShape {
  name: string;
  language: string;
  courseSlugs: string[];
  place: { library: string; room: string; address: string };
  capacity: number;
  whatToBring: string;
  stuckAfterMinutes: number;
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
