import { Caller } from '../support/caller';
import { aGroup, aLearner, aSelfPacedLearner } from '../support/factories';
import { type DenialCase } from './denial-case';

const aLearnerCaller = async (url: string) => (await aSelfPacedLearner(url)).caller;
const anonymous = async (url: string) => new Caller(url);
const someGroup = async (url: string) => ({ groupId: (await aGroup(url)).id });
const someLearner = async (url: string) => ({ learnerId: (await aLearner(url)).id });

export const denials: DenialCase[] = [
  {
    field: 'createGroup',
    who: 'a learner',
    caller: aLearnerCaller,
    document: `mutation { createGroup(input: { name: "Mine", capacity: 5 }) { id joinCode } }`,
    expected: 'FORBIDDEN',
  },
  {
    field: 'myGroups',
    who: 'a learner',
    caller: aLearnerCaller,
    document: `{ myGroups { id joinCode } }`,
    expected: 'FORBIDDEN',
  },
  {
    field: 'group',
    who: 'anonymous',
    caller: anonymous,
    document: `query ($groupId: ID!) { group(id: $groupId) { id joinCode } }`,
    variables: someGroup,
    expected: 'UNAUTHENTICATED',
  },
  {
    field: 'groupMembers',
    who: "a group's own learner",
    caller: async (url) => (await aLearner(url)).caller,
    document: `query { groupMembers(groupId: "000000000000000000000000") { id name } }`,
    expected: 'FORBIDDEN',
  },
  {
    field: 'regenerateJoinCode',
    who: 'a learner',
    caller: aLearnerCaller,
    document: `mutation ($groupId: ID!) { regenerateJoinCode(groupId: $groupId) { joinCode } }`,
    variables: someGroup,
    expected: 'FORBIDDEN',
  },
  {
    field: 'resetLearnerPin',
    who: 'another learner',
    caller: aLearnerCaller,
    document: `mutation ($learnerId: ID!) { resetLearnerPin(learnerId: $learnerId, pin: "1234") }`,
    variables: someLearner,
    expected: 'FORBIDDEN',
  },
  {
    field: 'unlockLearner',
    who: 'anonymous',
    caller: anonymous,
    document: `mutation ($learnerId: ID!) { unlockLearner(learnerId: $learnerId) }`,
    variables: someLearner,
    expected: 'UNAUTHENTICATED',
  },
];
