import { error } from '@sveltejs/kit';
import { newAccountAction } from '$lib/auth/new-account.server';
import { needsFirstAdmin } from '$lib/auth/viewer.server';
import { CreateFirstAdminDocument } from '$lib/graphql/generated/graphql';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  // Once an administrator exists, this page is gone.
  if (!(await needsFirstAdmin(event))) error(404, { message: 'Not found' });
};

export const actions: Actions = { default: newAccountAction(CreateFirstAdminDocument, '/admin') };
