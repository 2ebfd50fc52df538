import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { sendAsSession } from '$lib/auth/api.server';
import type { TypedDocumentString } from '$lib/graphql/generated/graphql';
import type { FieldProblem } from './field-problems';

/** What the API refused, with the fields it named (the plan form shows each beside its field). */
export interface TrainerProblem {
  code: string;
  reason?: string;
  fields?: FieldProblem[];
}

export type TrainerOutcome<T> = { data: T; problem: null } | { data: null; problem: TrainerProblem };

type TrainerEvent = Pick<RequestEvent, 'cookies' | 'getClientAddress' | 'url'>;

type TrainerExtensions = { code?: string; reason?: string; fields?: FieldProblem[] };

/**
 * Runs an operation as the signed-in trainer. Unlike the sign-in forms' caller, it keeps the
 * refused fields (`extensions.fields`) and never starts or ends a session.
 */
export async function trainerCall<TResult, TVariables>(
  event: TrainerEvent,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TrainerOutcome<TResult>> {
  const { response, reply } = await sendAsSession<TResult, TrainerExtensions, TVariables>(
    event,
    document,
    variables,
  );
  const first = reply.errors?.[0]?.extensions;
  if (first || !reply.data) {
    if (response.status >= 500 && !first) error(503, { message: 'API unavailable', code: 'API_UNAVAILABLE' });
    const problem: TrainerProblem = { code: first?.code ?? 'UNKNOWN' };
    if (first?.reason) problem.reason = first.reason;
    if (first?.fields) problem.fields = first.fields;
    return { data: null, problem };
  }
  return { data: reply.data, problem: null };
}

/** For load functions: data, or the page a reader expects (sign-in again, not found, try again). */
export async function trainerLoad<TResult, TVariables>(
  event: TrainerEvent,
  document: TypedDocumentString<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const outcome = await trainerCall(event, document, variables);
  if (!outcome.problem) return outcome.data;
  const { code } = outcome.problem;
  if (code === 'UNAUTHENTICATED') redirect(303, `/sign-in?next=${encodeURIComponent(event.url.pathname)}`);
  // Someone else's group is "not found": the page does not confirm that it exists.
  if (code === 'NOT_FOUND' || code === 'FORBIDDEN' || code === 'BAD_USER_INPUT')
    error(404, { message: 'Group not found' });
  error(500, { message: 'Unexpected error', code: 'UNEXPECTED' });
}

/** Trainers and administrators only; anyone else is sent to sign in or to their account. */
export function requireStaff({ locals, url }: Pick<RequestEvent, 'locals' | 'url'>) {
  const account = locals.account;
  if (!account) redirect(303, `/sign-in?next=${encodeURIComponent(url.pathname)}`);
  if (!account.roles.some((role) => role === 'trainer' || role === 'admin')) redirect(303, '/account');
  return account;
}
