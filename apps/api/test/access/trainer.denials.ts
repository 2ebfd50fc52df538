import { Caller } from '../support/caller';
import {
  aGroup,
  aLearner,
  aPlannedGroup,
  aPlanInput,
  aSelfPacedLearner,
  aTrainer,
} from '../support/factories';
import { type DenialCase } from './denial-case';

const anonymous = async (url: string) => new Caller(url);
const aLearnerCaller = async (url: string) => (await aSelfPacedLearner(url)).caller;
const anotherTrainer = async (url: string) => (await aTrainer(url, 'Olga Other')).caller;
const someGroup = async (url: string) => ({ groupId: (await aPlannedGroup(url)).id });

/**
 * A volunteer co-training the group: sees it, but may not change its plan, archive it or move its
 * learners. Returns their caller and the group's id.
 */
async function aCoTrainerOfAGroup(url: string) {
  const volunteer = await aTrainer(url, 'Vera Volunteer');
  const group = await aPlannedGroup(url, { input: { coTrainers: [volunteer.email] } });
  return { caller: volunteer.caller, groupId: group.id };
}
const coTrainerCalls = new Map<string, Promise<{ caller: Caller; groupId: string }>>();
const coTrainer = (key: string) => {
  const get = (url: string) => {
    if (!coTrainerCalls.has(`${key}|${url}`)) coTrainerCalls.set(`${key}|${url}`, aCoTrainerOfAGroup(url));
    return coTrainerCalls.get(`${key}|${url}`)!;
  };
  return {
    caller: async (url: string) => (await get(url)).caller,
    variables: async (url: string) => ({ groupId: (await get(url)).groupId }),
  };
};

/** A learner of someone else's group, for the learner-level operations. */
const someonesLearner = async (url: string) => ({ learnerId: (await aLearner(url)).id });

export const denials: DenialCase[] = [
  {
    field: 'createPlannedGroup',
    who: 'a learner',
    caller: aLearnerCaller,
    document: `mutation ($input: GroupPlanInput!) { createPlannedGroup(input: $input) { id } }`,
    variables: () => ({ input: aPlanInput() }),
    expected: 'FORBIDDEN',
  },
  {
    field: 'updateGroupPlan',
    who: 'a co-trainer (volunteers see the group, its trainer changes it)',
    caller: coTrainer('update').caller,
    document: `mutation ($groupId: ID!, $input: GroupPlanInput!) { updateGroupPlan(groupId: $groupId, input: $input) { id } }`,
    variables: async (url) => ({ ...(await coTrainer('update').variables(url)), input: aPlanInput() }),
    expected: 'FORBIDDEN',
  },
  {
    field: 'archiveGroup',
    who: "another trainer (not this group's)",
    caller: anotherTrainer,
    document: `mutation ($groupId: ID!) { archiveGroup(groupId: $groupId) { id archivedAt } }`,
    variables: someGroup,
    expected: 'FORBIDDEN',
  },
  {
    field: 'moveLearner',
    who: "another trainer, moving someone else's learner into their own group",
    caller: anotherTrainer,
    document: `mutation ($learnerId: ID!, $toGroupId: ID!) { moveLearner(learnerId: $learnerId, toGroupId: $toGroupId) { id } }`,
    variables: async (url) => ({ ...(await someonesLearner(url)), toGroupId: (await aGroup(url)).id }),
    expected: 'FORBIDDEN',
  },
  {
    field: 'removeLearner',
    who: 'a learner',
    caller: aLearnerCaller,
    document: `mutation ($learnerId: ID!) { removeLearner(learnerId: $learnerId) }`,
    variables: someonesLearner,
    expected: 'FORBIDDEN',
  },
  {
    field: 'groupSessions',
    who: "another trainer (not this group's)",
    caller: anotherTrainer,
    document: `query ($groupId: ID!) { groupSessions(groupId: $groupId) { date } }`,
    variables: someGroup,
    expected: 'FORBIDDEN',
  },
  {
    field: 'setAttendance',
    who: 'anonymous',
    caller: anonymous,
    document: `mutation ($groupId: ID!) { setAttendance(groupId: $groupId, sessionDate: "2027-03-02", marks: []) { date } }`,
    variables: someGroup,
    expected: 'UNAUTHENTICATED',
  },
  {
    field: 'groupLive',
    who: "a group's own learner",
    caller: async (url) => (await aLearner(url)).caller,
    document: `query ($groupId: ID!) { groupLive(groupId: $groupId, locale: ro) { cards { name } } }`,
    variables: someGroup,
    expected: 'FORBIDDEN',
  },
  {
    field: 'markHelped',
    who: "another trainer (not this group's)",
    caller: anotherTrainer,
    document: `mutation ($groupId: ID!) { markHelped(groupId: $groupId, learnerId: "000000000000000000000000") }`,
    variables: someGroup,
    expected: 'FORBIDDEN',
  },
  {
    field: 'groupReport',
    who: "another trainer (not this group's)",
    caller: anotherTrainer,
    document: `query ($groupId: ID!) { groupReport(groupId: $groupId, locale: en) { lessons { title } } }`,
    variables: someGroup,
    expected: 'FORBIDDEN',
  },
  {
    field: 'learnerReport',
    who: "another trainer (not the learner's)",
    caller: anotherTrainer,
    document: `query ($learnerId: ID!) { learnerReport(learnerId: $learnerId, locale: en) { name } }`,
    variables: someonesLearner,
    expected: 'FORBIDDEN',
  },
  {
    field: 'joinHandout',
    who: 'anonymous',
    caller: anonymous,
    document: `query ($groupId: ID!) { joinHandout(groupId: $groupId) { joinCode } }`,
    variables: someGroup,
    expected: 'UNAUTHENTICATED',
  },
  {
    field: 'reportPresence',
    who: 'anonymous',
    caller: anonymous,
    document: `mutation { reportPresence(input: { pendingEvents: 2, lessonOpen: true }) }`,
    expected: 'UNAUTHENTICATED',
  },
];
