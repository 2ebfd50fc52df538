import { fail, redirect } from '@sveltejs/kit';
import {
  TrainerCourseChoicesDocument,
  TrainerCreatePlannedGroupDocument,
  type Locale,
} from '$lib/graphql/generated/graphql';
import { trainerCall, trainerLoad } from '$lib/trainer/api.server';
import { capacityTyped, newPlan, planFromForm } from '$lib/trainer/groups/plan-form-data';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { courses } = await trainerLoad(event, TrainerCourseChoicesDocument, { locale: event.locals.locale });
  return { courses, plan: newPlan(event.locals.locale, new Date()) };
};

export const actions: Actions = {
  default: async (event) => {
    const plan = planFromForm(await event.request.formData());
    if (!capacityTyped(plan)) {
      const field = Number.isFinite(plan.capacity) ? 'stuckAfterMinutes' : 'capacity';
      return fail(400, { plan, problems: [{ field, problem: 'invalid', message: '' }], problem: null });
    }
    const created = await trainerCall(event, TrainerCreatePlannedGroupDocument, {
      input: { ...plan, language: plan.language as Locale },
    });
    if (created.problem)
      return fail(400, { plan, problems: created.problem.fields ?? [], problem: created.problem });
    redirect(303, `/trainer/groups/${created.data.createPlannedGroup.id}?created=1`);
  },
};
