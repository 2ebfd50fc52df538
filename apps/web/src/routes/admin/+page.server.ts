import { fail } from '@sveltejs/kit';
import { callApi } from '$lib/auth/api.server';
import {
  CreatePasswordResetLinkDocument,
  DeactivatePersonDocument,
  InviteTrainerDocument,
  PeopleDocument,
  SetOpenSignUpDocument,
  SetRolesDocument,
  type Role,
} from '$lib/graphql/generated/graphql';
import type { Actions, PageServerLoad } from './$types';

const ROLES: Role[] = ['learner', 'trainer', 'admin'];

export const load: PageServerLoad = async (event) => {
  const outcome = await callApi(event, PeopleDocument, {});
  return {
    people: outcome.data?.people ?? [],
    openSignUp: outcome.data?.setupStatus.openSignUp ?? false,
    problem: outcome.problem,
    roles: ROLES,
  };
};

const field = (form: FormData, name: string) => String(form.get(name) ?? '');

export const actions: Actions = {
  invite: async (event) => {
    const form = await event.request.formData();
    const outcome = await callApi(event, InviteTrainerDocument, { email: field(form, 'email') });
    if (outcome.problem) return fail(400, { problem: outcome.problem, email: field(form, 'email') });
    return { link: outcome.data.inviteTrainer };
  },
  resetLink: async (event) => {
    const form = await event.request.formData();
    const outcome = await callApi(event, CreatePasswordResetLinkDocument, { userId: field(form, 'userId') });
    if (outcome.problem) return fail(400, { problem: outcome.problem });
    return { link: outcome.data.createPasswordResetLink };
  },
  setRoles: async (event) => {
    const form = await event.request.formData();
    const roles = form.getAll('roles').filter((role): role is Role => ROLES.includes(role as Role));
    const outcome = await callApi(event, SetRolesDocument, { userId: field(form, 'userId'), roles });
    if (outcome.problem) return fail(400, { problem: outcome.problem });
    return { saved: true };
  },
  deactivate: async (event) => {
    const form = await event.request.formData();
    const outcome = await callApi(event, DeactivatePersonDocument, { userId: field(form, 'userId') });
    if (outcome.problem) return fail(400, { problem: outcome.problem });
    return { saved: true };
  },
  signUp: async (event) => {
    const form = await event.request.formData();
    const outcome = await callApi(event, SetOpenSignUpDocument, { open: form.get('open') === 'on' });
    if (outcome.problem) return fail(400, { problem: outcome.problem });
    return { saved: true };
  },
};
