import { relayDownload } from '$lib/trainer/download.server';
import type { RequestHandler } from './$types';

/** The group report as CSV, column names in the trainer's language. */
export const GET: RequestHandler = (event) =>
  relayDownload(
    event,
    `/groups/${encodeURIComponent(event.params.groupId)}/report.csv?lang=${event.locals.locale}`,
  );
