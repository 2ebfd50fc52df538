import { callApi } from '$lib/auth/api.server';
import { newAccountAction } from '$lib/auth/new-account.server';
import { SetupStatusDocument, SignUpDocument } from '$lib/graphql/generated/graphql';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const status = await callApi(event, SetupStatusDocument, {});
  // When the API cannot say, offer the form: the API still refuses a closed sign-up itself.
  return { openSignUp: status.data?.setupStatus.openSignUp ?? true };
};

export const actions: Actions = { default: newAccountAction(SignUpDocument, '/') };
