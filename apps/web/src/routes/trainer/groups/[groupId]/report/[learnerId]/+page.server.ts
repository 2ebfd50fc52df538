import { error } from '@sveltejs/kit';
import { TrainerLearnerReportDocument } from '$lib/graphql/generated/graphql';
import { trainerLoad } from '$lib/trainer/api.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { learnerReport } = await trainerLoad(event, TrainerLearnerReportDocument, {
    learnerId: event.params.learnerId,
    locale: event.locals.locale,
  });
  // A learner of another group is not shown under this one's address.
  if (learnerReport.groupId !== event.params.groupId) error(404, { message: 'Learner not found' });
  return { learner: learnerReport };
};
