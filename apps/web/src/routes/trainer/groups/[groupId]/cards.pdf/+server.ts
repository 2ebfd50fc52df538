import { relayDownload } from '$lib/trainer/download.server';
import type { RequestHandler } from './$types';

/** The API's cards.pdf of this group, through this site with the trainer's session. */
export const GET: RequestHandler = (event) =>
  relayDownload(event, `/groups/${encodeURIComponent(event.params.groupId)}/cards.pdf`);
