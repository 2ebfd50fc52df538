import type { RequestEvent } from '@sveltejs/kit';
import { TrainerReportDocument } from '$lib/graphql/generated/graphql';
import { trainerLoad } from '../api.server';

/** The group report in the trainer's language: the report page and its one-page summary read it. */
export async function loadReport(
  event: Pick<RequestEvent, 'cookies' | 'getClientAddress' | 'url' | 'locals'>,
  groupId: string,
) {
  const { groupReport } = await trainerLoad(event, TrainerReportDocument, {
    groupId,
    locale: event.locals.locale,
  });
  return { report: groupReport };
}
