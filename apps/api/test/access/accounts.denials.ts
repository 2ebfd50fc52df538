import { Caller } from '../support/caller';
import { aLearner, aSelfPacedLearner, aTrainer } from '../support/factories';
import { type DenialCase } from './denial-case';

const anonymous = async (url: string) => new Caller(url);
const aTrainerCaller = async (url: string) => (await aTrainer(url)).caller;
const aLearnerCaller = async (url: string) => (await aSelfPacedLearner(url)).caller;
const someoneId = async (url: string) => ({ userId: (await aLearner(url)).id });

export const denials: DenialCase[] = [
  {
    field: 'signOut',
    who: 'anonymous',
    caller: anonymous,
    document: `mutation { signOut }`,
    expected: 'UNAUTHENTICATED',
  },
  {
    field: 'signOutEverywhere',
    who: 'anonymous',
    caller: anonymous,
    document: `mutation { signOutEverywhere }`,
    expected: 'UNAUTHENTICATED',
  },
  {
    field: 'changePassword',
    who: 'anonymous',
    caller: anonymous,
    document: `mutation { changePassword(currentPassword: "x", newPassword: "a long new password") }`,
    expected: 'UNAUTHENTICATED',
  },
  {
    field: 'people',
    who: 'a trainer',
    caller: aTrainerCaller,
    document: `{ people { id email } }`,
    expected: 'FORBIDDEN',
  },
  {
    field: 'setRoles',
    who: 'a trainer',
    caller: aTrainerCaller,
    document: `mutation ($userId: ID!) { setRoles(userId: $userId, roles: [admin]) { id } }`,
    variables: someoneId,
    expected: 'FORBIDDEN',
  },
  {
    field: 'deactivatePerson',
    who: 'a learner',
    caller: aLearnerCaller,
    document: `mutation ($userId: ID!) { deactivatePerson(userId: $userId) { id } }`,
    variables: someoneId,
    expected: 'FORBIDDEN',
  },
  {
    field: 'createPasswordResetLink',
    who: 'a trainer',
    caller: aTrainerCaller,
    document: `mutation ($userId: ID!) { createPasswordResetLink(userId: $userId) { url } }`,
    variables: someoneId,
    expected: 'FORBIDDEN',
  },
  {
    field: 'inviteTrainer',
    who: 'anonymous',
    caller: anonymous,
    document: `mutation { inviteTrainer(email: "x@example.org") { url } }`,
    expected: 'UNAUTHENTICATED',
  },
  {
    field: 'setOpenSignUp',
    who: 'a trainer',
    caller: aTrainerCaller,
    document: `mutation { setOpenSignUp(open: false) }`,
    expected: 'FORBIDDEN',
  },
  {
    field: 'auditLog',
    who: 'a learner',
    caller: aLearnerCaller,
    document: `{ auditLog { id event ip } }`,
    expected: 'FORBIDDEN',
  },
];
