import { Caller } from '../support/caller';
import { aLearner, aPlannedGroup, aSelfPacedLearner, aTrainer } from '../support/factories';
import { type DenialCase } from './denial-case';

const anonymous = async (url: string) => new Caller(url);
const someLearner = async (url: string) => ({ learnerId: (await aLearner(url)).id });
const someGroup = async (url: string) => ({ groupId: (await aPlannedGroup(url)).id });
const WITH_PLANS = `query ($groupId: ID!) { learnersWithPlans(groupId: $groupId, locale: en) { learnerId plans { href } } }`;
const LEARNER_PLAN = `query ($learnerId: ID!) { learnerPlan(learnerId: $learnerId, courseSlug: "first-steps", documentId: "plan", locale: en) { title sections { fields { value } } } }`;

// A plan is what a person wrote: only they, the trainer of their group and an admin read it.
export const denials: DenialCase[] = [
  {
    field: 'myPlan',
    who: 'anonymous',
    caller: anonymous,
    document: `{ myPlan(courseSlug: "first-steps", documentId: "plan", locale: en) { title } }`,
    expected: 'UNAUTHENTICATED',
  },
  {
    field: 'learnerPlan',
    who: 'a learner',
    caller: async (url) => (await aSelfPacedLearner(url)).caller,
    document: LEARNER_PLAN,
    variables: someLearner,
    expected: 'FORBIDDEN',
  },
  {
    field: 'learnerPlan',
    who: "another group's trainer",
    caller: async (url) => (await aLearner(url)).group.trainer.caller,
    document: LEARNER_PLAN,
    variables: someLearner,
    expected: 'FORBIDDEN',
  },
  {
    field: 'learnersWithPlans',
    who: 'a learner',
    caller: async (url) => (await aSelfPacedLearner(url)).caller,
    document: WITH_PLANS,
    variables: someGroup,
    expected: 'FORBIDDEN',
  },
  {
    field: 'learnersWithPlans',
    who: "another group's trainer",
    caller: async (url) => (await aTrainer(url, 'Olga Other')).caller,
    document: WITH_PLANS,
    variables: someGroup,
    expected: 'FORBIDDEN',
  },
];
