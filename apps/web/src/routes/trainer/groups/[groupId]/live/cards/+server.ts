import { error, json } from '@sveltejs/kit';
import { TrainerLiveDocument } from '$lib/graphql/generated/graphql';
import { trainerCall } from '$lib/trainer/api.server';
import type { RequestHandler } from './$types';

/** What the live view polls: this group's cards, sorted by need, never cached. */
export const GET: RequestHandler = async (event) => {
  const outcome = await trainerCall(event, TrainerLiveDocument, {
    groupId: event.params.groupId,
    locale: event.locals.locale,
  });
  if (outcome.problem)
    error(outcome.problem.code === 'UNAUTHENTICATED' ? 401 : 404, { message: 'No live view' });
  return json(
    { at: outcome.data.groupLive.at, cards: outcome.data.groupLive.cards },
    { headers: { 'cache-control': 'no-store' } },
  );
};
