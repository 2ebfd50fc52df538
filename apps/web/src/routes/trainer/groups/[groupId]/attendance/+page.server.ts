import { fail } from '@sveltejs/kit';
import { TrainerSessionsDocument, TrainerSetAttendanceDocument } from '$lib/graphql/generated/graphql';
import { trainerCall, trainerLoad } from '$lib/trainer/api.server';
import { marksFromForm } from '$lib/trainer/attendance/attendance-form-data';
import { chooseSession } from '$lib/trainer/attendance/choose-session';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { groupSessions } = await trainerLoad(event, TrainerSessionsDocument, {
    groupId: event.params.groupId,
  });
  const chosen = chooseSession(groupSessions, event.url.searchParams.get('date'), new Date());
  return { sessions: groupSessions, chosen };
};

export const actions: Actions = {
  save: async (event) => {
    const form = await event.request.formData();
    const { sessionDate, marks } = marksFromForm(form);
    const outcome = await trainerCall(event, TrainerSetAttendanceDocument, {
      groupId: event.params.groupId,
      sessionDate,
      marks,
    });
    if (outcome.problem) return fail(400, { problem: outcome.problem, sessionDate });
    return { saved: sessionDate };
  },
};
