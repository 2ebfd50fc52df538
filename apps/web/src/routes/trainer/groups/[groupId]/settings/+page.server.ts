import { fail, redirect } from '@sveltejs/kit';
import {
  TrainerCourseChoicesDocument,
  TrainerGroupPlanDocument,
  TrainerUpdateGroupPlanDocument,
  type Locale,
} from '$lib/graphql/generated/graphql';
import { trainerCall, trainerLoad } from '$lib/trainer/api.server';
import { capacityTyped, newPlan, planFromForm, planOfGroup } from '$lib/trainer/groups/plan-form-data';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  // A co-trainer (who sees the group but may not change it) goes to the group page, which says so.
  const { group: shown } = await event.parent();
  if (!shown.canManage) redirect(303, `/trainer/groups/${event.params.groupId}`);
  const [{ group }, { courses }] = await Promise.all([
    trainerLoad(event, TrainerGroupPlanDocument, { id: event.params.groupId }),
    trainerLoad(event, TrainerCourseChoicesDocument, { locale: event.locals.locale }),
  ]);
  const coTrainers = group.coTrainers.map((person) => person.email ?? person.id);
  const plan = group.plan
    ? planOfGroup(group.name, group.capacity, group.plan, coTrainers)
    : { ...newPlan(event.locals.locale, new Date()), name: group.name, capacity: group.capacity, coTrainers };
  return { courses, plan };
};

export const actions: Actions = {
  default: async (event) => {
    const plan = planFromForm(await event.request.formData());
    if (!capacityTyped(plan)) {
      const field = Number.isFinite(plan.capacity) ? 'stuckAfterMinutes' : 'capacity';
      return fail(400, { plan, problems: [{ field, problem: 'invalid', message: '' }], problem: null });
    }
    const saved = await trainerCall(event, TrainerUpdateGroupPlanDocument, {
      groupId: event.params.groupId,
      input: { ...plan, language: plan.language as Locale },
    });
    if (saved.problem)
      return fail(400, { plan, problems: saved.problem.fields ?? [], problem: saved.problem });
    redirect(303, `/trainer/groups/${event.params.groupId}?saved=1`);
  },
};
