import { error } from '@sveltejs/kit';
import { TrainerLearnerReportDocument } from '$lib/graphql/generated/graphql';
import { trainerLoad } from '$lib/trainer/api.server';
import { loadLearnerPlans } from '$lib/trainer/report/learner-plans.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const [{ learnerReport }, plans] = await Promise.all([
    trainerLoad(event, TrainerLearnerReportDocument, {
      learnerId: event.params.learnerId,
      locale: event.locals.locale,
    }),
    loadLearnerPlans(event, event.params.groupId),
  ]);
  // A learner of another group is not shown under this one's address.
  if (learnerReport.groupId !== event.params.groupId) error(404, { message: 'Learner not found' });
  return { learner: learnerReport, plans: plans[event.params.learnerId] ?? [] };
};
