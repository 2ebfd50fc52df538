import { callApi } from '$lib/auth/api.server';
import { AuditLogDocument } from '$lib/graphql/generated/graphql';
import type { PageServerLoad } from './$types';

const PAGE = 50;

export const load: PageServerLoad = async (event) => {
  const before = event.url.searchParams.get('before');
  const valid = before && !Number.isNaN(Date.parse(before)) ? before : null;
  const outcome = await callApi(event, AuditLogDocument, { limit: PAGE, before: valid });
  // DateTime arrives as an ISO string (codegen types it unknown).
  const entries = (outcome.data?.auditLog ?? []).map((entry) => ({ ...entry, at: String(entry.at) }));
  return {
    entries,
    older: entries.length === PAGE ? entries[entries.length - 1].at : null,
    problem: outcome.problem,
  };
};
