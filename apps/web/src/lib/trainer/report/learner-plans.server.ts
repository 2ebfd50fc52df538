import type { RequestEvent } from '@sveltejs/kit';
import { TrainerLearnersWithPlansDocument } from '$lib/graphql/generated/graphql';
import { trainerLoad } from '../api.server';

export type LearnerPlans = Record<
  string,
  { documentId: string; title: string; filledFields: number; totalFields: number; href: string }[]
>;

/** The plans each learner of the group has written in, by learner id: one call for the whole group. */
export async function loadLearnerPlans(
  event: Pick<RequestEvent, 'cookies' | 'getClientAddress' | 'url' | 'locals'>,
  groupId: string,
): Promise<LearnerPlans> {
  const { learnersWithPlans } = await trainerLoad(event, TrainerLearnersWithPlansDocument, {
    groupId,
    locale: event.locals.locale,
  });
  return Object.fromEntries(learnersWithPlans.map((learner) => [learner.learnerId, learner.plans]));
}
