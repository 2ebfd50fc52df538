import { newAccountAction } from '$lib/auth/new-account.server';
import { SignUpDocument } from '$lib/graphql/generated/graphql';
import type { Actions } from './$types';

export const actions: Actions = { default: newAccountAction(SignUpDocument, '/') };
